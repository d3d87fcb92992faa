import type { Command } from 'commander';
import type { CliContext } from '../context.js';

export interface DiagramOptions {
  out?: string;
  format?: string;
  detail?: boolean;
  htmlLabels?: boolean;
  force?: boolean;
}

/** `ccp diagram`: Mermaid diagrams of a project, as .mmd and optionally SVG/PNG. The work is loaded on demand. */
export function registerDiagram(program: Command, ctx: CliContext): void {
  program
    .command('diagram')
    .description(
      'Write Mermaid diagrams: a flowchart per process, a journey per persona and an overview (.mmd), and with ' +
        '--format bpmn a BPMN 2.0 file per process (.bpmn, with pools, swimlanes and layout); with svg or png a ' +
        'service blueprint per persona (.svg, drawn by ccp). SVG/PNG of each with a ' +
        'local Chromium (CCP_BROWSER or chromium on PATH). Exit 2 when rendering did not happen.',
    )
    .argument('[paths...]', 'files or folders of one project (default: the current folder)')
    .option('-o, --out <dir>', 'output folder (default: <outputs.dir or out>/diagrams under the project root)')
    .option('-f, --format <list>', 'comma-separated: mmd, bpmn, svg, png (mmd is written unless only bpmn is named; svg/png of every source written; default from config or mmd,svg)')
    .option('--force', 'write even when the design has errors; each .mmd and .bpmn then starts with a comment saying so')
    .option('--detail', 'show the functions and data of each step')
    .option('--no-html-labels', 'SVG labels as SVG text rather than HTML, for SVGs that go into documents')
    .action(async (paths: string[], opts: DiagramOptions) => {
      const { runDiagram } = await import('./diagram-run.js');
      ctx.exitCode = await runDiagram(ctx, paths, opts);
    });
}
