import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { helpIn } from '../language.js';

export interface FmtOptions {
  check?: boolean;
}

export function registerFmt(program: Command, ctx: CliContext): void {
  const h = helpIn(ctx);
  program
    .command('fmt')
    .description(
      h.fmt,
    )
    .argument(`[${h.argPaths}...]`, h.paths)
    .option('--check', h.fmtCheck)
    .action(async (paths: string[], opts: FmtOptions) => {
      const { runFmt } = await import('./fmt-run.js');
      ctx.exitCode = await runFmt(ctx, paths, opts);
    });
}
