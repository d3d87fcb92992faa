import { cliText } from '@ccp/core';
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { Model, OutputLanguage } from '@ccp/core';
import type { ExtraSheet } from '@ccp/generators/xlsx';
import { UsageError, type CliContext } from '../context.js';
import { terminalSafe } from '../format/terminal-safe.js';
import { writeOutputFile } from '../io/write-output.js';
import { gateDesignErrors } from '../project/design-errors.js';
import { describeDesign } from '../project/git-project.js';
import { loadCliProject, type CliProject } from '../project/load-cli-project.js';
import type { SpecOptions } from './spec.js';
import { say } from '../language.js';

function git(root: string, args: string[]): string | undefined {
  try {
    const out = execFileSync('git', args, { cwd: root, stdio: ['ignore', 'pipe', 'ignore'], timeout: 5000, encoding: 'utf8' });
    return out.trim() || undefined;
  } catch {
    return undefined;
  }
}

/**
 * `--version`, else the project's `version` and `git describe` together, else either, else `draft`; `uncommitted
 * changes` is added when a design file is modified or untracked (see describeDesign).
 */
export function defaultVersion(root: string, projectVersion: string | undefined): string {
  const git = describeDesign(root);
  const described = git ? (git.uncommitted ? `${git.described}, uncommitted changes` : git.described) : undefined;
  if (projectVersion && described) return `${projectVersion} (${described})`;
  if (described) return git!.uncommitted ? `${git!.described} (uncommitted changes)` : described;
  return projectVersion ?? 'draft';
}

/** The last commit's date, else today (UTC). */
export function defaultDate(root: string): string {
  const d = git(root, ['log', '-1', '--format=%cs']);
  return d && /^\d{4}-\d{2}-\d{2}$/.test(d) ? d : new Date().toISOString().slice(0, 10);
}

export function checkDate(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  const ok = /^\d{4}-\d{2}-\d{2}$/.test(date) && !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === date;
  if (!ok) throw new UsageError(cliText('dateExpected', { date }));
  return date;
}

export function checkLanguage(language: string | undefined): OutputLanguage | undefined {
  if (language === undefined) return undefined;
  if (language !== 'en' && language !== 'pl') throw new UsageError(cliText('langExpected', { source: '--language', value: language }));
  return language;
}

/** Prints the project's errors and returns true when there are any: a spec is not made from a broken model. */
export function reportErrors(ctx: CliContext, project: CliProject): boolean {
  const errors = project.diagnostics.filter((d) => d.severity === 'error');
  if (!errors.length) return false;
  for (const d of errors) {
    const at = project.analysis.texts.locate(d);
    ctx.stderr.write(`${project.display(d.loc.file)}:${at.line}:${at.column}: error ${d.code}: ${d.message}\n`);
  }
  ctx.stderr.write(`${say(ctx, 'errorsBeforeScoring', { errors: errors.length })}\n`);
  return true;
}

/**
 * The staffing sheet for the vendor spec (after the channels sheet), when a channel gives a volume and at least
 * one channel could be staffed; none otherwise. (`ccp build` does the same with the report it shares with the
docs and staffing.xlsx.)
 */
export async function staffingSheets(model: Model, language: OutputLanguage): Promise<ExtraSheet[]> {
  const [{ hasChannelVolumes, staffingSpecSheet }, { staffingReport }] = await Promise.all([import('@ccp/generators/staffing'), import('@ccp/staffing')]);
  if (!hasChannelVolumes(model)) return [];
  const report = staffingReport(model);
  return report.rows.length ? [staffingSpecSheet(report, language)] : [];
}

/** `--format`, else the extension of `--out` (`.reqif`), else xlsx; a file name must end in the format's extension. */
export function specFormat(out: string, format: string | undefined): 'xlsx' | 'reqif' {
  if (format !== undefined && format !== 'xlsx' && format !== 'reqif') throw new UsageError(cliText('specFormat', { format }));
  const chosen = format ?? (/\.reqif$/i.test(out) ? 'reqif' : 'xlsx');
  if (out !== '-' && !new RegExp(`\\.${chosen}$`, 'i').test(out)) throw new UsageError(cliText('specOutExtension', { out, ext: chosen, fromOut: format === undefined }));
  return chosen;
}

export async function runSpec(ctx: CliContext, paths: string[], opts: SpecOptions): Promise<number> {
  const format = specFormat(opts.out, opts.format);
  const language = checkLanguage(opts.language);
  const date = opts.date !== undefined ? checkDate(opts.date) : undefined;
  const project = await loadCliProject(ctx, paths);
  const gate = gateDesignErrors(ctx, project, 'spec', opts.force);
  if (gate.refuse) return 1;
  const model = project.analysis.model;
  if (format === 'reqif') return writeReqifSpec(ctx, project, opts, { language, date, errors: gate.errors });
  const { writeSpecXlsx } = await import('@ccp/generators/xlsx');
  const extraSheets = await staffingSheets(model, language ?? model.project?.outputLanguage ?? 'en');
  const bytes = await writeSpecXlsx(model, {
    version: opts.version ?? defaultVersion(project.root, model.project?.version),
    date: date ?? defaultDate(project.root),
    ...(language ? { language } : {}),
    ...(extraSheets.length ? { extraSheets } : {}),
    ...(gate.errors ? { designErrors: gate.errors } : {}),
  });
  writeOutputFile(ctx, opts.out, bytes);
  const must = model.functions.filter((f) => f.priority === 'must').length;
  ctx.stderr.write(`${say(ctx, 'specWrote', { file: opts.out, functions: model.functions.length, must })}\n`);
  return gate.errors ? 1 : 0;
}

/** `ccp spec --format reqif`: the requirements as ReqIF 1.2, with the same version, date and language as the workbook. */
async function writeReqifSpec(
  ctx: CliContext,
  project: CliProject,
  opts: SpecOptions,
  o: { language: OutputLanguage | undefined; date: string | undefined; errors: number },
): Promise<number> {
  const model = project.analysis.model;
  const { buildReqifContent, renderReqif } = await import('@ccp/generators/reqif');
  const content = buildReqifContent(model, {
    version: opts.version ?? defaultVersion(project.root, model.project?.version),
    date: o.date ?? defaultDate(project.root),
    ...(o.language ? { language: o.language } : {}),
    ...(o.errors ? { designErrors: o.errors } : {}),
  });
  writeOutputFile(ctx, opts.out, renderReqif(content));
  const reqs = content.areas.flatMap((a) => a.requirements);
  const must = reqs.filter((r) => r.priority === 'must').length;
  ctx.stderr.write(terminalSafe(say(ctx, 'reqifWrote', { file: opts.out, requirements: reqs.length, must, headings: content.areas.length })) + '\n');
  return o.errors ? 1 : 0;
}
