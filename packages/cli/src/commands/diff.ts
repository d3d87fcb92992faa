import { Option, type Command } from 'commander';
import type { CliContext } from '../context.js';

export interface DiffOptions {
  format: 'md' | 'json';
}

export function registerDiff(program: Command, ctx: CliContext): void {
  program
    .command('diff')
    .description(
      'Show what changed between two versions of a design: functions, priorities, descriptions, steps, data access added and removed, ' +
        'every element and field; whether procurement must re-send the vendor spec (as ccp vendors score would judge), and whether the new version fails ccp check. ' +
        'Each side is a folder, a file, or REV:path read from git without a checkout. Exit 0 when the diff is written, 2 for a usage error.',
    )
    .argument('<old>', 'the old version: a folder, a file, or REV:path (e.g. origin/main:design)')
    .argument('<new>', 'the new version: a folder, a file, or REV:path')
    .addOption(new Option('-f, --format <format>', 'md (for a pull-request comment) or json').choices(['md', 'json']).default('md'))
    .action(async (oldSpec: string, newSpec: string, opts: DiffOptions) => {
      const { runDiff } = await import('./diff-run.js');
      ctx.exitCode = await runDiff(ctx, oldSpec, newSpec, opts);
    });
}
