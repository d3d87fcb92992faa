import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { helpIn } from '../language.js';

export interface DocsOptions {
  out?: string;
  html?: boolean;
  markdown?: boolean;
  svg?: boolean;
  force?: boolean;
}

export function registerDocs(program: Command, ctx: CliContext): void {
  const h = helpIn(ctx);
  program
    .command('docs')
    .description(h.docs)
    .argument(`[${h.argPaths}...]`, h.paths)
    .option(`-o, --out <${h.valueDir}>`, h.docsOut)
    .option('--force', h.docsForce)
    .option('--no-html', h.docsNoHtml)
    .option('--no-markdown', h.docsNoMarkdown)
    .option('--no-svg', h.docsNoSvg)
    .action(async (paths: string[], opts: DocsOptions) => {
      const { runDocs } = await import('./docs-run.js');
      ctx.exitCode = await runDocs(ctx, paths, opts);
    });
}
