import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { helpIn } from '../language.js';

export interface BuildOptions {
  out?: string;
  force?: boolean;
  render?: boolean;
}

export function registerBuild(program: Command, ctx: CliContext): void {
  const h = helpIn(ctx);
  program
    .command('build')
    .description(
      h.build,
    )
    .argument(`[${h.argPaths}...]`, h.paths)
    .option(`-o, --out <${h.valueDir}>`, h.buildOut)
    .option('--force', h.buildForce)
    .option('--no-render', h.buildNoRender)
    .action(async (paths: string[], opts: BuildOptions) => {
      const { runBuild } = await import('./build-run.js');
      ctx.exitCode = await runBuild(ctx, paths, opts);
    });
}
