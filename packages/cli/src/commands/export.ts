import type { Command } from 'commander';
import type { CliContext } from '../context.js';

export interface ExportOptions {
  out?: string;
  locations?: boolean;
  force?: boolean;
}

export function registerExport(program: Command, ctx: CliContext): void {
  program
    .command('export')
    .description('Print the resolved model in a machine-readable format (json: see ccp schema). Refuses a design with errors (exit 1) unless --force.')
    .argument('<format>', 'json')
    .argument('[paths...]', 'files or folders (default: the current folder)')
    .option('-o, --out <file>', 'write to a file instead of standard output')
    .option('--force', 'write even when the design has errors; the JSON then has designErrors')
    .option('--no-locations', 'leave out source: { file, line, column } of each element')
    .action(async (format: string, paths: string[], opts: ExportOptions) => {
      const { runExport } = await import('./export-run.js');
      ctx.exitCode = await runExport(ctx, format, paths, opts);
    });
}
