import { Option, type Command } from 'commander';
import type { CliContext } from '../context.js';

export interface DiffOptions {
  format: 'md' | 'json';
}

export function registerDiff(program: Command, ctx: CliContext): void {
  program
    .command('diff')
    .description(
      'Show what changed between two versions of a design: functions, priorities, descriptions, steps, data access, touchpoints, processes. ' +
        'Each side is a folder, a file, or REV:path read from git without a checkout.',
    )
    .argument('<old>', 'the old version: a folder, a file, or REV:path (e.g. origin/main:design)')
    .argument('<new>', 'the new version: a folder, a file, or REV:path')
    .addOption(new Option('-f, --format <format>', 'md (for a pull-request comment) or json').choices(['md', 'json']).default('md'))
    .action(async (oldSpec: string, newSpec: string, opts: DiffOptions) => {
      const { runDiff } = await import('./diff-run.js');
      ctx.exitCode = await runDiff(ctx, oldSpec, newSpec, opts);
    });
}
