import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { helpIn } from '../language.js';

export interface SpecOptions {
  out: string;
  version?: string;
  date?: string;
  language?: string;
  force?: boolean;
  format?: string;
}

export function registerSpec(program: Command, ctx: CliContext): void {
  const h = helpIn(ctx);
  // `ccp spec --version 1.2` must reach the subcommand, not print ccp's own version: program options are then
  // read before the subcommand only (`ccp --version` still works).
  program.enablePositionalOptions();
  program
    .command('spec')
    .description(h.spec)
    .argument(`[${h.argPaths}...]`, h.paths)
    .requiredOption(`-o, --out <${h.valueFile}>`, h.specOut)
    .option('-f, --format <xlsx|reqif>', h.specFormat)
    .option(`--version <${h.valueVersion}>`, h.specVersion)
    .option(`--date <${h.valueDate}>`, h.specDate)
    .option('--language <en|pl>', h.specLanguage)
    .option('--force', h.specForce)
    .action(async (paths: string[], opts: SpecOptions) => {
      const { runSpec } = await import('./spec-run.js');
      ctx.exitCode = await runSpec(ctx, paths, opts);
    });
}
