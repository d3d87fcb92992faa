import { relative } from 'node:path';
import type { CliContext } from '../context.js';
import { renderImages } from '../build/render-images.js';
import { writeDocs } from '../build/write-docs.js';
import { projectOutputFolder, removedNote } from '../io/output-folder.js';
import { gateDesignErrors } from '../project/design-errors.js';
import { loadCliProject } from '../project/load-cli-project.js';
import type { DocsOptions } from './docs.js';
import { writeSafe } from '../format/terminal-safe.js';
import { say, spoken } from '../language.js';
import { cliMessage } from '@ccp/core';

export async function runDocs(ctx: CliContext, paths: string[], opts: DocsOptions): Promise<number> {
  const project = await loadCliProject(ctx, paths);
  const gate = gateDesignErrors(ctx, project, 'docs', opts.force);
  if (gate.refuse) return 1;
  const show = (p: string) => relative(ctx.cwd, p) || '.';
  const folder = projectOutputFolder(ctx.cwd, project, opts.out, 'docs');
  const dir = folder.path;
  const html = opts.html !== false;
  const markdown = opts.markdown !== false;
  const { generateDiagrams } = await import('@ccp/generators/mermaid');
  const diagrams = generateDiagrams(project.analysis.model);
  const svgs = new Map<string, string>();
  if (html && opts.svg !== false) {
    const images = await renderImages(ctx, diagrams, ['svg'], project.config.browser);
    if (images.skipped) ctx.stderr.write(`ccp: ${say(ctx, 'docsMermaidText', { why: images.skipped })}\n`);
    for (const [name, r] of images.byName) {
      if (r.svg !== undefined) svgs.set(name, r.svg);
      else if (r.error !== undefined) ctx.stderr.write(`${say(ctx, 'mermaidFailedHtml', { name, error: r.error })}\n`);
    }
  }
  const model = project.analysis.model;
  const [{ hasChannelVolumes }, { staffingReport }] = await Promise.all([import('@ccp/generators/staffing'), import('@ccp/staffing')]);
  const staffing = hasChannelVolumes(model) ? staffingReport(model) : undefined;
  const { written, warnings } = await writeDocs(project, folder, dir, diagrams, { html, markdown, svgs, ...(staffing ? { staffing } : {}), ...(gate.errors ? { designErrors: gate.errors } : {}) });
  for (const w of warnings) ctx.stderr.write(`ccp: ${cliMessage(w, spoken(ctx))}\n`);
  writeSafe(ctx.stdout, `${say(ctx, 'docsWrote', { count: written.length, dir: show(dir), files: written.map((p) => relative(dir, p)).join(', ') })}\n`);
  removedNote(ctx, folder.finish(), show);
  return gate.errors ? 1 : 0;
}
