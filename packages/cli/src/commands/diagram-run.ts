import { cliText } from '@ccp/core';
import { basename, join, relative } from 'node:path';
import { UsageError, type CliContext } from '../context.js';
import { OutputFolder, projectOutputFolder, removedNote } from '../io/output-folder.js';
import { gateDesignErrors, markMermaid } from '../project/design-errors.js';
import { loadCliProject } from '../project/load-cli-project.js';
import type { DiagramOptions } from './diagram.js';
import { writeSafe } from '../format/terminal-safe.js';
import { say } from '../language.js';

/** Written into BPMN files as their `exporterVersion` (the version `ccp --version` prints). */
const CLI_VERSION = '0.1.0';

type Format = 'mmd' | 'bpmn' | 'svg' | 'png';
const FORMATS: readonly Format[] = ['mmd', 'bpmn', 'svg', 'png'];

/** A file in `dir` for a diagram name; names come from generateDiagrams (already safe), checked again here. */
function fileIn(dir: string, name: string, ext: string): string {
  if (name === '' || basename(name) !== name || name.startsWith('.') || /[/\\:\0]/.test(name)) {
    throw new Error(`Unsafe diagram file name '${name}'.`);
  }
  return join(dir, `${name}.${ext}`);
}

/**
 * The formats asked for. Sources: mmd (Mermaid) and bpmn (BPMN 2.0, one file per process); mmd is written unless
 * the list names bpmn alone. Images (svg, png) are made of every source written.
 */
function parseFormats(value: string | undefined, configured: Format[] | undefined): Format[] {
  const list = value === undefined ? (configured ?? ['mmd', 'svg']) : value.split(',').map((f) => f.trim().toLowerCase()).filter(Boolean);
  for (const f of list) {
    if (!FORMATS.includes(f as Format)) throw new UsageError(cliText('unknownFormatIn', { value: value ?? list.join(','), format: f }));
  }
  const mmd = list.includes('mmd') || !list.includes('bpmn');
  return FORMATS.filter((f) => (f === 'mmd' ? mmd : list.includes(f)));
}

export async function runDiagram(ctx: CliContext, paths: string[], opts: DiagramOptions): Promise<number> {
  const project = await loadCliProject(ctx, paths);
  const gate = gateDesignErrors(ctx, project, 'diagram', opts.force);
  if (gate.refuse) return 1;
  const outputs = project.config.outputs;
  const configured = typeof outputs?.diagrams === 'object' ? outputs.diagrams : undefined;
  const formats = parseFormats(opts.format, configured?.formats);
  const show = (p: string) => relative(ctx.cwd, p) || '.';

  const folder = projectOutputFolder(ctx.cwd, project, opts.out, 'diagrams');
  const outDir = folder.path;
  const toRender: RenderSource[] = [];
  if (formats.includes('mmd')) {
    const { generateDiagrams } = await import('@ccp/generators/mermaid');
    const diagrams = generateDiagrams(project.analysis.model, { detail: opts.detail ?? configured?.detail ?? false });
    for (const d of diagrams) folder.write(fileIn(outDir, d.name, 'mmd'), markMermaid(d.text, gate.errors));
    writeSafe(ctx.stdout, `${say(ctx, 'wroteDiagrams', { count: diagrams.length, dir: show(outDir) })}\n`);
    for (const d of diagrams) toRender.push({ name: d.name, stem: d.name, kind: 'mermaid', text: d.text, edges: d.edges });
  }
  if (formats.includes('bpmn')) {
    const { generateBpmn } = await import('@ccp/generators/bpmn');
    const files = await generateBpmn(project.analysis.model, { exporterVersion: CLI_VERSION });
    for (const f of files) folder.write(fileIn(outDir, f.name, 'bpmn'), markXml(f.xml, gate.errors));
    writeSafe(ctx.stdout, `${say(ctx, 'wroteBpmn', { count: files.length, dir: show(outDir) })}\n`);
    for (const f of files) toRender.push({ name: `${f.name}.bpmn`, stem: `${f.name}.bpmn`, kind: 'bpmn', text: f.xml });
  }

  const { generateBlueprints } = await import('@ccp/generators/blueprint');
  // a blueprint's own form is SVG (ccp draws it, no browser needed): written with svg or png
  const blueprints = formats.includes('svg') || formats.includes('png') ? generateBlueprints(project.analysis.model) : [];
  for (const b of blueprints) folder.write(fileIn(outDir, b.name, 'svg'), b.svg);
  if (blueprints.length > 0) writeSafe(ctx.stdout, `${say(ctx, 'wroteBlueprints', { count: blueprints.length, dir: show(outDir) })}\n`);

  const images = formats.filter((f): f is 'svg' | 'png' => f === 'svg' || f === 'png');
  let code = images.length === 0 || toRender.length === 0 ? 0 : await renderImages(ctx, toRender, images, folder, opts.htmlLabels !== false, project.config.browser, show);
  if (code === 0 && formats.includes('png') && blueprints.length > 0) code = await blueprintPngs(ctx, blueprints, folder, project.config.browser);
  if (code === 0) removedNote(ctx, folder.finish(), show);
  return Math.max(gate.errors ? 1 : 0, code);
}

/** A BPMN file marked, in a comment after the XML declaration, as made from a design with errors (`--force`). */
function markXml(xml: string, errors: number): string {
  if (!errors) return xml;
  const mark = `<!-- ccp: made from a design with ${errors} error${errors === 1 ? '' : 's'} (--force); it may be incomplete. -->\n`;
  const end = xml.startsWith('<?xml') ? xml.indexOf('?>') + 2 : 0;
  return `${xml.slice(0, end)}${end ? '\n' : ''}${mark}${xml.slice(end).replace(/^\n/, '')}`;
}

/** A diagram to render: Mermaid text or a BPMN file, saved as `<stem>.svg` / `<stem>.png`. */
interface RenderSource {
  name: string;
  stem: string;
  kind: 'mermaid' | 'bpmn';
  text: string;
  edges?: number;
}

async function renderImages(
  ctx: CliContext,
  diagrams: RenderSource[],
  formats: ('svg' | 'png')[],
  folder: OutputFolder,
  htmlLabels: boolean,
  configuredBrowser: 'chromium' | 'chrome' | undefined,
  show: (p: string) => string,
): Promise<number> {
  const { findBrowser, renderDiagrams } = await import('@ccp/render');
  const hint = say(ctx, 'browserHint');
  const browser = findBrowser({ env: ctx.env, ...(configuredBrowser ? { channel: configuredBrowser } : {}) });
  if (!browser) {
    ctx.stderr.write(`${say(ctx, 'noBrowserImages', { formats: formats.join('/'), hint })}\n`);
    return 2;
  }
  const started = Date.now();
  let results;
  try {
    results = await renderDiagrams(
      diagrams.map((d) => ({ name: d.name, kind: d.kind, text: d.text, ...(d.edges !== undefined ? { edges: d.edges } : {}), formats })),
      { executablePath: browser.path, htmlLabels },
    );
  } catch (error) {
    ctx.stderr.write(`ccp: ${say(ctx, 'browserCouldNot', { browser: browser.path, source: browser.source, message: (error as Error).message })}\n${hint}\n`);
    return 2;
  }
  const kindOf = new Map(diagrams.map((d) => [d.name, d.kind]));
  let failed = 0;
  for (const r of results) {
    if (r.error !== undefined) {
      failed++;
      ctx.stderr.write(`${say(ctx, 'renderFailed', { name: r.name, renderer: kindOf.get(r.name) === 'bpmn' ? 'bpmn-js' : 'Mermaid', error: r.error })}\n`);
      continue;
    }
    for (const w of r.warnings ?? []) ctx.stderr.write(`${say(ctx, 'bpmnWarns', { name: r.name, warning: w })}\n`);
    if (r.svg !== undefined) folder.write(fileIn(folder.path, r.name, 'svg'), r.svg);
    if (r.png !== undefined) folder.write(fileIn(folder.path, r.name, 'png'), r.png);
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  writeSafe(ctx.stdout, `${say(ctx, 'rendered', { done: results.length - failed, total: results.length, formats: formats.join(', '), browser: browser.path, seconds })}\n`);
  return failed > 0 ? 2 : 0;
}

/** PNGs of the service blueprints (SVGs ccp draws itself), screenshotted in Chromium like the Mermaid diagrams. */
async function blueprintPngs(
  ctx: CliContext,
  blueprints: { name: string; svg: string; width: number; height: number }[],
  folder: OutputFolder,
  configuredBrowser: 'chromium' | 'chrome' | undefined,
): Promise<number> {
  const { findBrowser } = await import('@ccp/render');
  const hint = say(ctx, 'browserHint');
  const browser = findBrowser({ env: ctx.env, ...(configuredBrowser ? { channel: configuredBrowser } : {}) });
  if (!browser) {
    ctx.stderr.write(`${say(ctx, 'noBrowserBlueprints', { hint })}\n`);
    return 2;
  }
  const { svgsToPng } = await import('@ccp/render');
  let results;
  try {
    results = await svgsToPng(browser.path, blueprints);
  } catch (error) {
    ctx.stderr.write(`ccp: ${say(ctx, 'browserCouldNotBlueprints', { browser: browser.path, source: browser.source, message: (error as Error).message })}\n${hint}\n`);
    return 2;
  }
  let failed = 0;
  for (const [name, r] of results) {
    if (r.png) folder.write(fileIn(folder.path, name, 'png'), r.png);
    else {
      failed++;
      ctx.stderr.write(`${say(ctx, 'screenshotFailed', { name, ...(r.error !== undefined ? { error: r.error } : {}) })}\n`);
    }
  }
  return failed > 0 ? 2 : 0;
}
