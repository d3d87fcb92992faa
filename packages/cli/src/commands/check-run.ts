import { rules } from '@ccp/checker';
import { closest } from '@ccp/core';
import { UsageError, type CliContext } from '../context.js';
import { formatters } from '../format/index.js';
import { summarize, type CheckReport } from '../format/report.js';
import { loadCliProject } from '../project/load-cli-project.js';
import { parseRuleOptions, type CheckOptions } from './check.js';

export async function runCheck(ctx: CliContext, paths: string[], opts: CheckOptions): Promise<number> {
  const formatter = formatters[opts.format];
  if (!formatter) throw new UsageError(`--format ${opts.format}: unknown format; use one of ${Object.keys(formatters).join(', ')}.`);
  let maxWarnings: number | undefined;
  if (opts.maxWarnings !== undefined) {
    maxWarnings = Number(opts.maxWarnings);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) throw new UsageError(`--max-warnings ${opts.maxWarnings}: expected a whole number of 0 or more.`);
  }
  const overrides = parseRuleOptions(opts.rule);
  const ids = rules.map((r) => r.id);
  for (const id of Object.keys(overrides)) {
    if (!ids.includes(id)) {
      const hint = closest(id, ids);
      throw new UsageError(`--rule ${id}: unknown rule${hint ? ` (did you mean '${hint}'?)` : ''}; run 'ccp rules' for the list.`);
    }
  }
  const project = await loadCliProject(ctx, paths, { ruleOverrides: overrides, ...(opts.lang ? { language: opts.lang as 'en' | 'pl' } : {}) });
  let diagnostics = project.diagnostics;
  if (opts.quiet) diagnostics = diagnostics.filter((d) => d.severity === 'error');
  const texts = project.analysis.texts;
  const located = diagnostics.map((d) => ({ ...texts.locate(d), displayFile: project.display(d.loc.file) }));
  const report: CheckReport = {
    diagnostics: located,
    texts,
    root: project.root,
    cwd: ctx.cwd,
    summary: summarize(located),
    language: (opts.lang as 'en' | 'pl' | undefined) ?? project.analysis.model.project?.outputLanguage,
    color: opts.color !== false && opts.format === 'stylish' && Boolean(ctx.stdout.isTTY) && !ctx.env.NO_COLOR,
  };
  ctx.stdout.write(formatter(report));
  if (report.summary.errors > 0) return 1;
  if (maxWarnings !== undefined && report.summary.warnings > maxWarnings) {
    ctx.stderr.write(`ccp: ${report.summary.warnings} warnings exceed --max-warnings ${maxWarnings}.\n`);
    return 1;
  }
  return 0;
}
