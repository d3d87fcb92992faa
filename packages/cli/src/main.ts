import { cliMessage, cliText } from '@ccp/core';
import { Command, CommanderError } from 'commander';
import { commands } from './commands/index.js';
import { UsageError, type CliContext } from './context.js';
import { addLangOption, commanderText, helpIn, localizeHelp, spoken, startLanguage } from './language.js';
import { terminalSafe } from './format/terminal-safe.js';

export function defaultContext(): CliContext {
  return { cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr, exitCode: 0 };
}

/**
 * Runs the CLI with the given arguments and returns the exit code: 0 ok, 1 findings at error level, 2 usage or
 * I/O error. Command modules load their heavy dependencies only when they run, so start-up stays fast.
 */
export async function main(argv: string[], given: CliContext = defaultContext()): Promise<number> {
  // standard error carries only human text (messages naming files and quoting .ccp text): never raw control characters
  const start = startLanguage(argv, given.env);
  const ctx: CliContext = {
    ...given,
    stderr: { write: (s: string) => given.stderr.write(terminalSafe(String(s), true)), isTTY: given.stderr.isTTY },
    language: start.language,
  };
  // the help is written in the language known now (--lang, CCP_LANG, the locale): packages/core/src/catalog/help-*.ts
  const help = helpIn(ctx);
  const program = new Command('ccp')
    .description(help.program)
    .version('0.1.0', '-V, --version', help.version)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => ctx.stdout.write(s),
      writeErr: (s) => ctx.stderr.write(s),
      // commander's own parse errors are said from the catalog below, in the language known then
      outputError: () => {},
    });
  localizeHelp(program, ctx);
  // `ccp <command> ...` needs only that command (~2 ms less at start-up); --help, --version and mistakes need them all.
  const named = commands.find(([name]) => name === argv[0]);
  for (const [, register] of named ? [named] : commands) register(program, ctx);
  addLangOption(program, ctx);
  try {
    // No operating system passes a NUL character in an argument; one that arrives here came from a program, and no
    // file name or value can hold it.
    const nul = argv.findIndex((a) => a.includes('\0'));
    if (nul >= 0) throw new UsageError(cliText('nulArgument', { n: nul + 1 }));
    if (start.error) throw start.error;
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end through here with exit code 0; `ccp` alone prints the help on stderr
      if (error.exitCode === 0) return 0;
      if (error.code !== 'commander.help') {
        const language = spoken(ctx);
        ctx.stderr.write(`ccp: ${cliMessage(commanderText(error), language)}\n${cliMessage(cliText('seeHelp'), language)}\n`);
      }
      return 2;
    }
    if (error instanceof UsageError) {
      ctx.stderr.write(`ccp: ${cliMessage(error.text, spoken(ctx))}\n`);
      return 2;
    }
    throw error;
  }
  return ctx.exitCode;
}
