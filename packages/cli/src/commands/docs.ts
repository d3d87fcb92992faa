import type { Command } from 'commander';
import type { CliContext } from '../context.js';

export interface DocsOptions {
  out?: string;
  html?: boolean;
  markdown?: boolean;
  svg?: boolean;
  force?: boolean;
}

export function registerDocs(program: Command, ctx: CliContext): void {
  program
    .command('docs')
    .description('Write the specification: index.md and a Markdown file per process, and one self-contained spec.html.')
    .argument('[paths...]', 'files or folders (default: the current folder)')
    .option('-o, --out <dir>', 'folder to write to (default: <outputs.dir>/docs in the project)')
    .option('--force', 'write even when the design has errors; each document then opens with a banner saying so')
    .option('--no-html', 'skip spec.html')
    .option('--no-markdown', 'skip the Markdown files')
    .option('--no-svg', 'show diagrams as Mermaid text in the HTML instead of rendering them with a browser')
    .action(async (paths: string[], opts: DocsOptions) => {
      const { runDocs } = await import('./docs-run.js');
      ctx.exitCode = await runDocs(ctx, paths, opts);
    });
}
