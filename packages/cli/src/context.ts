/** What a command may touch of the outside world; tests pass their own to run the CLI in-process. */
export interface CliContext {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  /** Set by commands: 0 ok, 1 findings at error level (or a failed gate), 2 usage or I/O error. */
  exitCode: number;
}

/** A mistake in how ccp was called, or a file that cannot be read: printed without a stack trace, exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export const ExitCode = { ok: 0, findings: 1, usage: 2 } as const;
