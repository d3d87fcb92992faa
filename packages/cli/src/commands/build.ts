import type { Command } from 'commander';
import type { CliContext } from '../context.js';

export interface BuildOptions {
  out?: string;
  force?: boolean;
  render?: boolean;
}

export function registerBuild(program: Command, ctx: CliContext): void {
  program
    .command('build')
    .description(
      'Check the project and produce everything configured in ccp.config.json "outputs": diagrams, spec.xlsx, docs, model.json, staffing. Exit 1 on model errors.',
    )
    .argument('[paths...]', 'files or folders (default: the current folder)')
    .option('-o, --out <dir>', 'output folder (default: outputs.dir of the config, else "out" in the project)')
    .option('--force', 'build even when the model has errors')
    .option('--no-render', 'do not start a browser: no SVG/PNG, diagrams shown as Mermaid text in the HTML')
    .action(async (paths: string[], opts: BuildOptions) => {
      const { runBuild } = await import('./build-run.js');
      ctx.exitCode = await runBuild(ctx, paths, opts);
    });
}
