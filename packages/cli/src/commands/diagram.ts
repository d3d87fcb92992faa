import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { helpIn } from '../language.js';

export interface DiagramOptions {
  out?: string;
  format?: string;
  detail?: boolean;
  htmlLabels?: boolean;
  force?: boolean;
}

/** `ccp diagram`: Mermaid diagrams of a project, as .mmd and optionally SVG/PNG. The work is loaded on demand. */
export function registerDiagram(program: Command, ctx: CliContext): void {
  const h = helpIn(ctx);
  program
    .command('diagram')
    .description(
      h.diagram,
    )
    .argument(`[${h.argPaths}...]`, h.diagramPaths)
    .option(`-o, --out <${h.valueDir}>`, h.diagramOut)
    .option(`-f, --format <${h.valueList}>`, h.diagramFormat)
    .option('--force', h.diagramForce)
    .option('--detail', h.diagramDetail)
    .option('--no-html-labels', h.diagramNoHtmlLabels)
    .action(async (paths: string[], opts: DiagramOptions) => {
      const { runDiagram } = await import('./diagram-run.js');
      ctx.exitCode = await runDiagram(ctx, paths, opts);
    });
}
