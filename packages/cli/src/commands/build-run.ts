import { realpathSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { cliMessage, label } from '@ccp/core';
import type { Diagram } from '@ccp/generators/mermaid';
import type { StaffingReport } from '@ccp/staffing';
import { UsageError, type CliContext } from '../context.js';
import { buildPlan } from '../build/build-plan.js';
import { renderImages, type RenderedImages } from '../build/render-images.js';
import { writeDocs } from '../build/write-docs.js';
import { OutputFolder, removedNote } from '../io/output-folder.js';
import { gateDesignErrors, markMermaid } from '../project/design-errors.js';
import { loadCliProject } from '../project/load-cli-project.js';
import type { BuildOptions } from './build.js';
import { writeSafe } from '../format/terminal-safe.js';
import { say, spoken } from '../language.js';

/** Prints one aligned progress line per artifact: `  docs       out/docs/spec.html, ...`. */
function line(ctx: CliContext, artifact: string, text: string): void {
  writeSafe(ctx.stdout, `  ${artifact.padEnd(10)} ${text}\n`);
}

/** A diagram file name from generateDiagrams is already safe; checked again before it becomes a path. */
function fileIn(dir: string, name: string, ext: string): string {
  if (name === '' || basename(name) !== name || name.startsWith('.') || /[/\\:\0]/.test(name)) throw new Error(`Unsafe diagram file name '${name}'.`);
  return join(dir, `${name}.${ext}`);
}

/**
 * `ccp build`: checks the project, then makes each configured artifact in turn, printing a line per artifact.
 * Every file is written atomically. An artifact whose generator is missing or needs an absent browser is skipped
 * with a line saying why; a generator that fails is reported and the others still run (exit 2 at the end).
 */
export async function runBuild(ctx: CliContext, paths: string[], opts: BuildOptions): Promise<number> {
  const started = Date.now();
  const project = await loadCliProject(ctx, paths);
  const plan = buildPlan(project.root, project.config.outputs, opts.out, ctx.cwd);
  const show = (p: string) => relative(ctx.cwd, p) || '.';
  const model = project.analysis.model;
  const gate = gateDesignErrors(ctx, project, 'build', opts.force);
  if (gate.refuse) return 1;
  const errors = gate.errors;
  const folder = OutputFolder.open(
    plan.outDir,
    opts.out !== undefined ? { from: 'command line' } : { from: 'config', realRoot: realpathSync.native(project.root), setting: project.config.outputs?.dir === undefined ? 'outputs.dir (default "out")' : 'outputs.dir' },
  );
  const warnings = project.diagnostics.filter((d) => d.severity === 'warning').length;
  writeSafe(ctx.stdout, `${say(ctx, 'buildStart', { name: model.project ? label(model.project) : basename(project.root), dir: show(plan.outDir), errors, warnings })}\n`);
  let made = 0;
  let failed = 0;
  const attempt = async (artifact: string, fn: () => Promise<void>) => {
    try {
      await fn();
      made++;
    } catch (error) {
      failed++;
      // A generator that throws is a bug in ccp, not the user's mistake: say so plainly, without a stack trace.
      const reason = error instanceof UsageError ? cliMessage(error.text, spoken(ctx)) : say(ctx, 'bugInCcp', { message: (error as Error).message ?? String(error) });
      line(ctx, artifact, say(ctx, 'artifactFailed', { reason }));
    }
  };

  let diagrams: Diagram[] = [];
  try {
    const { generateDiagrams } = await import('@ccp/generators/mermaid');
    diagrams = generateDiagrams(model, { detail: plan.diagrams?.detail ?? false });
  } catch (error) {
    if (plan.diagrams || plan.docs) {
      failed++;
      line(ctx, 'diagrams', say(ctx, 'artifactFailed', { reason: say(ctx, 'bugInCcp', { message: (error as Error).message ?? String(error) }) }));
    }
  }

  const wanted = new Set<'svg' | 'png'>();
  for (const f of plan.diagrams?.formats ?? []) if (f !== 'mmd') wanted.add(f);
  if (plan.docs?.html) wanted.add('svg');
  let images: RenderedImages = { byName: new Map() };
  if (opts.render === false) images.skipped = say(ctx, 'renderingOff');
  else if (wanted.size) images = await renderImages(ctx, diagrams, [...wanted], project.config.browser);

  if (plan.diagrams && diagrams.length === 0) line(ctx, 'diagrams', say(ctx, 'nothingToDraw'));
  if (plan.diagrams && diagrams.length) {
    const dir = plan.diagrams.dir;
    const formats = plan.diagrams.formats;
    await attempt('diagrams', async () => {
      for (const d of diagrams) folder.write(fileIn(dir, d.name, 'mmd'), markMermaid(d.text, errors));
      const counts = [`${diagrams.length} × .mmd`];
      for (const f of ['svg', 'png'] as const) {
        if (!formats.includes(f) || images.skipped) continue;
        let n = 0;
        for (const d of diagrams) {
          const r = images.byName.get(d.name);
          const data = f === 'svg' ? r?.svg : r?.png;
          if (data === undefined) continue;
          folder.write(fileIn(dir, d.name, f), data);
          n++;
        }
        counts.push(`${n} × .${f}`);
      }
      line(ctx, 'diagrams', say(ctx, 'diagramsWritten', { counts: counts.join(', '), dir: show(dir) }));
      const images_ = formats.filter((f) => f !== 'mmd');
      if (images.skipped && images_.length) line(ctx, 'diagrams', say(ctx, 'imagesSkipped', { formats: images_.join('/'), why: images.skipped }));
      for (const r of images.byName.values()) if (r.error !== undefined) line(ctx, 'diagrams', say(ctx, 'mermaidFailed', { name: r.name, error: r.error }));
    });
  }

  // One staffing report for the spec's sheet, the docs' section and staffing.xlsx, made on first use, and only when
  // a channel gives a volume.
  const [staffing, engine] = plan.spec || plan.docs || plan.staffing ? await Promise.all([import('@ccp/generators/staffing'), import('@ccp/staffing')]) : [undefined, undefined];
  const marked = (report: StaffingReport): StaffingReport => (errors ? { ...report, designErrors: errors } : report);
  let staffingMemo: { report?: StaffingReport } | undefined;
  const staffingOf = (): StaffingReport | undefined => {
    if (!staffingMemo) staffingMemo = staffing?.hasChannelVolumes(model) ? { report: marked(engine!.staffingReport(model)) } : {};
    return staffingMemo.report;
  };

  if (plan.spec) {
    const spec = plan.spec;
    await attempt('spec', async () => {
      const [{ writeSpecXlsx }, { defaultVersion, defaultDate }] = await Promise.all([import('@ccp/generators/xlsx'), import('./spec-run.js')]);
      const version = spec.version ?? defaultVersion(project.root, model.project?.version);
      const date = defaultDate(project.root);
      const report = staffingOf();
      const extraSheets = report?.rows.length && staffing ? [staffing.staffingSpecSheet(report, model.project?.outputLanguage ?? 'en')] : [];
      folder.write(spec.file, await writeSpecXlsx(model, { version, date, ...(extraSheets.length ? { extraSheets } : {}), ...(errors ? { designErrors: errors } : {}) }));
      const must = model.functions.filter((f) => f.priority === 'must').length;
      line(ctx, 'spec', say(ctx, 'specWritten', { file: show(spec.file), functions: model.functions.length, must }));
    });
  }

  if (plan.docs) {
    const docs = plan.docs;
    await attempt('docs', async () => {
      const svgs = new Map<string, string>();
      for (const [name, r] of images.byName) if (r.svg !== undefined) svgs.set(name, r.svg);
      const report = staffingOf();
      const { written, warnings: notes } = await writeDocs(project, folder, docs.dir, diagrams, { html: docs.html, markdown: docs.markdown, svgs, ...(report ? { staffing: report } : {}), ...(errors ? { designErrors: errors } : {}) });
      const html = written.find((p) => p.endsWith('.html'));
      const md = written.filter((p) => p.endsWith('.md')).length;
      const parts = [html ? say(ctx, 'docsHtml', { file: show(html), svg: svgs.size > 0 }) : undefined, md ? say(ctx, 'docsMarkdown', { count: md }) : undefined];
      line(ctx, 'docs', say(ctx, 'docsWritten', { parts: parts.filter((p) => p !== undefined), dir: show(docs.dir) }));
      if (docs.html && !svgs.size && images.skipped) line(ctx, 'docs', say(ctx, 'docsMermaidText', { why: images.skipped }));
      for (const n of notes) line(ctx, 'docs', say(ctx, 'note', { note: n }));
    });
  }

  if (plan.json) {
    const file = plan.json.file;
    await attempt('json', async () => {
      const { modelJsonText } = await import('@ccp/generators/json');
      folder.write(file, modelJsonText(model, { texts: project.analysis.texts, ...(errors ? { designErrors: errors } : {}) }));
      line(ctx, 'json', show(file));
    });
  }

  if (plan.staffing && staffing) {
    const file = plan.staffing.file;
    if (model.channels.length === 0) line(ctx, 'staffing', say(ctx, 'noChannels'));
    else {
      await attempt('staffing', async () => {
        folder.write(file, await staffing.staffingWorkbook(staffingOf() ?? marked(engine!.staffingReport(model)), undefined, model.project?.outputLanguage));
        line(ctx, 'staffing', show(file));
      });
    }
  }

  if (failed === 0) removedNote(ctx, folder.finish(), show);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  ctx.stdout.write(`${failed ? say(ctx, 'buildFailed', { failed, made, seconds }) : say(ctx, 'buildDone', { made, seconds })}\n`);
  return failed ? 2 : errors > 0 ? 1 : 0;
}
