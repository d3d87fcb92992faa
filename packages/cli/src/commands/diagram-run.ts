import { basename, join, relative } from 'node:path';
import type { Diagram } from '@ccp/generators/mermaid';
import { UsageError, type CliContext } from '../context.js';
import { OutputFolder, projectOutputFolder, removedNote } from '../io/output-folder.js';
import { gateDesignErrors, markMermaid } from '../project/design-errors.js';
import { loadCliProject } from '../project/load-cli-project.js';
import type { DiagramOptions } from './diagram.js';
import { writeSafe } from '../format/terminal-safe.js';

type Format = 'mmd' | 'svg' | 'png';
const FORMATS: readonly Format[] = ['mmd', 'svg', 'png'];

/** A file in `dir` for a diagram name; names come from generateDiagrams (already safe), checked again here. */
function fileIn(dir: string, name: string, ext: string): string {
  if (name === '' || basename(name) !== name || name.startsWith('.') || /[/\\:\0]/.test(name)) {
    throw new Error(`Unsafe diagram file name '${name}'.`);
  }
  return join(dir, `${name}.${ext}`);
}

function parseFormats(value: string | undefined, configured: Format[] | undefined): Format[] {
  const list = value === undefined ? (configured ?? ['mmd', 'svg']) : value.split(',').map((f) => f.trim().toLowerCase()).filter(Boolean);
  for (const f of list) {
    if (!FORMATS.includes(f as Format)) throw new UsageError(`--format ${value}: unknown format '${f}'; use mmd, svg and/or png.`);
  }
  return FORMATS.filter((f) => f === 'mmd' || list.includes(f));
}

export async function runDiagram(ctx: CliContext, paths: string[], opts: DiagramOptions): Promise<number> {
  const project = await loadCliProject(ctx, paths);
  const gate = gateDesignErrors(ctx, project, 'diagram', opts.force);
  if (gate.refuse) return 1;
  const outputs = project.config.outputs;
  const configured = typeof outputs?.diagrams === 'object' ? outputs.diagrams : undefined;
  const formats = parseFormats(opts.format, configured?.formats);
  const show = (p: string) => relative(ctx.cwd, p) || '.';

  const { generateDiagrams } = await import('@ccp/generators/mermaid');
  const diagrams = generateDiagrams(project.analysis.model, { detail: opts.detail ?? configured?.detail ?? false });
  const folder = projectOutputFolder(ctx.cwd, project, opts.out, 'diagrams');
  const outDir = folder.path;
  for (const d of diagrams) folder.write(fileIn(outDir, d.name, 'mmd'), markMermaid(d.text, gate.errors));
  writeSafe(ctx.stdout, `Wrote ${diagrams.length} diagram${diagrams.length === 1 ? '' : 's'} (.mmd) to ${show(outDir)}.\n`);

  const images = formats.filter((f): f is 'svg' | 'png' => f !== 'mmd');
  const code = images.length === 0 || diagrams.length === 0 ? 0 : await renderImages(ctx, diagrams, images, folder, opts.htmlLabels !== false, project.config.browser, show);
  if (code === 0) removedNote(ctx, folder.finish(), show);
  return Math.max(gate.errors ? 1 : 0, code);
}

async function renderImages(
  ctx: CliContext,
  diagrams: Diagram[],
  formats: ('svg' | 'png')[],
  folder: OutputFolder,
  htmlLabels: boolean,
  configuredBrowser: 'chromium' | 'chrome' | undefined,
  show: (p: string) => string,
): Promise<number> {
  const { findBrowser, renderDiagrams, BROWSER_HINT } = await import('@ccp/render');
  const browser = findBrowser({ env: ctx.env, ...(configuredBrowser ? { channel: configuredBrowser } : {}) });
  if (!browser) {
    ctx.stderr.write(`ccp: no browser found, so no ${formats.join('/')} was rendered (the .mmd files are written). ${BROWSER_HINT}\n`);
    return 2;
  }
  const started = Date.now();
  let results;
  try {
    results = await renderDiagrams(
      diagrams.map((d) => ({ name: d.name, text: d.text, edges: d.edges, formats })),
      { executablePath: browser.path, htmlLabels },
    );
  } catch (error) {
    ctx.stderr.write(`ccp: ${browser.path} (from ${browser.source}) could not render: ${(error as Error).message}\n${BROWSER_HINT}\n`);
    return 2;
  }
  let failed = 0;
  for (const r of results) {
    if (r.error !== undefined) {
      failed++;
      ctx.stderr.write(`ccp: ${r.name}: Mermaid could not render it: ${r.error}\n`);
      continue;
    }
    if (r.svg !== undefined) folder.write(fileIn(folder.path, r.name, 'svg'), r.svg);
    if (r.png !== undefined) folder.write(fileIn(folder.path, r.name, 'png'), r.png);
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  writeSafe(ctx.stdout, `Rendered ${results.length - failed} of ${results.length} diagrams (${formats.join(', ')}) with ${browser.path} in ${seconds} s.\n`);
  return failed > 0 ? 2 : 0;
}
