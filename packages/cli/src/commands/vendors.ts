import { Option, type Command } from 'commander';
import type { CliContext } from '../context.js';

export interface VendorsScoreOptions {
  format: string;
  out?: string;
}

export function registerVendors(program: Command, ctx: CliContext): void {
  const vendors = program.command('vendors').description("Work with vendors' answers to the specification.");
  vendors
    .command('score')
    .description("Score and rank vendors' filled copies of the spec: a must-have answered No disqualifies.")
    .argument('<path>', 'the project (file or folder) the spec was made from')
    .argument('<filled...>', "the vendors' filled .xlsx copies")
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json', 'xlsx']).default('table'))
    .option('-o, --out <file>', 'write to a file instead of standard output (required for xlsx)')
    .action(async (path: string, filled: string[], opts: VendorsScoreOptions) => {
      const { runVendorsScore } = await import('./vendors-run.js');
      ctx.exitCode = await runVendorsScore(ctx, path, filled, opts);
    });
}
