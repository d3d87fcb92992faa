import type { Command } from 'commander';
import type { CliContext } from '../context.js';

export interface FmtOptions {
  check?: boolean;
}

export function registerFmt(program: Command, ctx: CliContext): void {
  program
    .command('fmt')
    .description(
      'Format .ccp files into the canonical layout, keeping every comment. With --check, change nothing: list the files that would change and exit 1 if any would.',
    )
    .argument('[paths...]', 'files or folders (default: the current folder)')
    .option('--check', 'only check: exit 1 and list the files that are not formatted')
    .action(async (paths: string[], opts: FmtOptions) => {
      const { runFmt } = await import('./fmt-run.js');
      ctx.exitCode = await runFmt(ctx, paths, opts);
    });
}
