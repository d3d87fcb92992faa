import type { Command } from 'commander';
import type { CliContext } from '../context.js';

export interface SpecOptions {
  out: string;
  version?: string;
  date?: string;
  language?: string;
  force?: boolean;
}

export function registerSpec(program: Command, ctx: CliContext): void {
  // `ccp spec --version 1.2` must reach the subcommand, not print ccp's own version: program options are then
  // read before the subcommand only (`ccp --version` still works).
  program.enablePositionalOptions();
  program
    .command('spec')
    .description('Write the vendor specification workbook (XLSX): functions with Must/Nice, processes, roles, channels, KPIs, non-functional requirements.')
    .argument('[paths...]', 'files or folders (default: the current folder)')
    .requiredOption('-o, --out <file.xlsx>', 'the workbook to write (- for standard output)')
    .option('--version <version>', 'version on the cover (default: the project version and `git describe`)')
    .option('--date <YYYY-MM-DD>', 'date on the cover (default: the last commit date, else today)')
    .option('--language <en|pl>', "language of the workbook (default: the project's output_language)")
    .option('--force', 'write even when the design has errors; the cover then says so')
    .action(async (paths: string[], opts: SpecOptions) => {
      const { runSpec } = await import('./spec-run.js');
      ctx.exitCode = await runSpec(ctx, paths, opts);
    });
}
