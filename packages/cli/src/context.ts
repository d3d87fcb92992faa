import { cliMessage, type CliText, type OutputLanguage } from '@ccp/core';

/** What a command may touch of the outside world; tests pass their own to run the CLI in-process. */
export interface CliContext {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  /** Set by commands: 0 ok, 1 findings at error level (or a failed gate), 2 usage or I/O error. */
  exitCode: number;
  /** The language ccp speaks in (see language.ts); main() sets it, loading a project adds the project's. */
  language?: CliLanguage;
}

/**
 * What decides the language of what ccp says, in this order: `given` (--lang, else CCP_LANG), then the project's
 * output_language once a project has been read, then the locale (LC_ALL, LC_MESSAGES, LANG starting with `pl`),
 * else English.
 */
export interface CliLanguage {
  given?: OutputLanguage;
  project?: OutputLanguage;
  locale?: OutputLanguage;
}

/**
 * A mistake in how ccp was called, or a file that cannot be read: printed without a stack trace, exit code 2. It
 * carries a message of the catalog (`cliText(key, args)` from @ccp/core), which main() writes in the language known
 * when it is printed; `message` holds the English text.
 */
export class UsageError extends Error {
  constructor(readonly text: CliText) {
    super(cliMessage(text, 'en'));
    this.name = 'UsageError';
  }
}

export const ExitCode = { ok: 0, findings: 1, usage: 2 } as const;
