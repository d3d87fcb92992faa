import type { Command } from 'commander';
import type { CliContext } from '../context.js';

export interface SpecOptions {
  out: string;
  version?: string;
  date?: string;
  language?: string;
  force?: boolean;
  format?: string;
}

export function registerSpec(program: Command, ctx: CliContext): void {
  // `ccp spec --version 1.2` must reach the subcommand, not print ccp's own version: program options are then
  // read before the subcommand only (`ccp --version` still works).
  program.enablePositionalOptions();
  program
    .command('spec')
    .description('Write the vendor specification workbook (XLSX): functions with Must/Nice, processes, data, roles, channels, KPIs, non-functional requirements; or the requirements as ReqIF 1.2 (--format reqif).')
    .argument('[paths...]', 'files or folders (default: the current folder)')
    .requiredOption('-o, --out <file>', 'the file to write: .xlsx, or .reqif for ReqIF (- for standard output)')
    .option('-f, --format <xlsx|reqif>', 'xlsx (the workbook) or reqif (ReqIF 1.2 for DOORS, Polarion, codebeamer, StrictDoc); default from the --out extension')
    .option('--version <version>', 'version on the cover (default: the project version and `git describe`)')
    .option('--date <YYYY-MM-DD>', 'date on the cover (default: the last commit date, else today)')
    .option('--language <en|pl>', "language of the workbook (default: the project's output_language)")
    .option('--force', 'write even when the design has errors; the cover then says so')
    .action(async (paths: string[], opts: SpecOptions) => {
      const { runSpec } = await import('./spec-run.js');
      ctx.exitCode = await runSpec(ctx, paths, opts);
    });
}
