import { Option, type Command } from 'commander';
import type { CliContext } from '../context.js';
import { helpIn } from '../language.js';

export interface VendorsScoreOptions {
  format: string;
  out?: string;
}

export function registerVendors(program: Command, ctx: CliContext): void {
  const h = helpIn(ctx);
  const vendors = program.command('vendors').description(h.vendors);
  vendors
    .command('score')
    .description(h.vendorsScore)
    .argument(`<${h.argPath}>`, h.vendorsScorePath)
    .argument(`<${h.argFilled}...>`, h.vendorsScoreFilled)
    .addOption(new Option(`-f, --format <${h.valueFormat}>`, h.outputFormat).choices(['table', 'json', 'xlsx']).default('table'))
    .option(`-o, --out <${h.valueFile}>`, h.outStdout)
    .action(async (path: string, filled: string[], opts: VendorsScoreOptions) => {
      const { runVendorsScore } = await import('./vendors-run.js');
      ctx.exitCode = await runVendorsScore(ctx, path, filled, opts);
    });
}
