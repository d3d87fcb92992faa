import { Option, type Command } from 'commander';
import type { CliContext } from '../context.js';
import { helpIn } from '../language.js';

export interface DiffOptions {
  format: 'md' | 'json';
}

export function registerDiff(program: Command, ctx: CliContext): void {
  const h = helpIn(ctx);
  program
    .command('diff')
    .description(
      h.diff,
    )
    .argument(`<${h.argOld}>`, h.diffOld)
    .argument(`<${h.argNew}>`, h.diffNew)
    .addOption(new Option(`-f, --format <${h.valueFormat}>`, h.diffFormat).choices(['md', 'json']).default('md'))
    .action(async (oldSpec: string, newSpec: string, opts: DiffOptions) => {
      const { runDiff } = await import('./diff-run.js');
      ctx.exitCode = await runDiff(ctx, oldSpec, newSpec, opts);
    });
}
