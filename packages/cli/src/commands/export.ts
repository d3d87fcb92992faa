import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { helpIn } from '../language.js';

export interface ExportOptions {
  out?: string;
  locations?: boolean;
  force?: boolean;
}

export function registerExport(program: Command, ctx: CliContext): void {
  const h = helpIn(ctx);
  program
    .command('export')
    .description(h.export)
    .argument(`<${h.argFormat}>`, h.exportFormat)
    .argument(`[${h.argPaths}...]`, h.paths)
    .option(`-o, --out <${h.valueFile}>`, h.exportOut)
    .option('--force', h.exportForce)
    .option('--no-locations', h.exportNoLocations)
    .action(async (format: string, paths: string[], opts: ExportOptions) => {
      const { runExport } = await import('./export-run.js');
      ctx.exitCode = await runExport(ctx, format, paths, opts);
    });
}
