import { rules } from '@ccp/checker';
import { closest, cliText } from '@ccp/core';
import { UsageError, type CliContext } from '../context.js';
import { formatters } from '../format/index.js';
import { summarize, type CheckReport } from '../format/report.js';
import { loadCliProject } from '../project/load-cli-project.js';
import { say, spoken } from '../language.js';
import { parseRuleOptions, type CheckOptions } from './check.js';

export async function runCheck(ctx: CliContext, paths: string[], opts: CheckOptions): Promise<number> {
  const formatter = formatters[opts.format];
  if (!formatter) throw new UsageError(cliText('unknownFormat', { option: '--format', format: opts.format, list: Object.keys(formatters).join(', ') }));
  let maxWarnings: number | undefined;
  if (opts.maxWarnings !== undefined) {
    maxWarnings = Number(opts.maxWarnings);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) throw new UsageError(cliText('maxWarnings', { value: opts.maxWarnings }));
  }
  const overrides = parseRuleOptions(opts.rule);
  const project = await loadCliProject(ctx, paths, { ruleOverrides: overrides });
  // checked once the project is read, so that the message is in the project's language
  const ids = rules.map((r) => r.id);
  for (const id of Object.keys(overrides)) {
    if (!ids.includes(id)) {
      const hint = closest(id, ids);
      throw new UsageError(cliText('unknownRule', { id, ...(hint ? { suggestion: hint } : {}) }));
    }
  }
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
    language: spoken(ctx),
    color: opts.color !== false && opts.format === 'stylish' && Boolean(ctx.stdout.isTTY) && !ctx.env.NO_COLOR,
  };
  ctx.stdout.write(formatter(report));
  if (report.summary.errors > 0) return 1;
  if (maxWarnings !== undefined && report.summary.warnings > maxWarnings) {
    ctx.stderr.write(`${say(ctx, 'tooManyWarnings', { warnings: report.summary.warnings, max: maxWarnings })}\n`);
    return 1;
  }
  return 0;
}
