import { closest, label, cliText } from '@ccp/core';
import { UsageError, type CliContext } from '../context.js';
import { terminalSafe } from '../format/terminal-safe.js';
import { writeOutputFile } from '../io/write-output.js';
import { gateDesignErrors } from '../project/design-errors.js';
import { loadCliProject } from '../project/load-cli-project.js';
import type { StaffingOptions } from './staffing.js';

export async function runStaffing(ctx: CliContext, paths: string[], opts: StaffingOptions): Promise<number> {
  if (opts.format === 'xlsx' && !opts.out) throw new UsageError(cliText('xlsxNeedsOut'));
  if (opts.shifts && opts.format === 'xlsx') throw new UsageError(cliText('shiftsNotXlsx'));
  const [{ compareScenario, findScenario, MONTHS, shiftPlan, staffingReport }, { formatComparisonTable, formatShiftTable, formatStaffingTable, staffingWorkbook }] = await Promise.all([
    import('@ccp/staffing'),
    import('@ccp/generators/staffing'),
  ]);
  const month = opts.month?.toLowerCase();
  if (month !== undefined && !(MONTHS as readonly string[]).includes(month)) throw new UsageError(cliText('monthExpected', { value: opts.month ?? '', list: MONTHS.join(', ') }));
  const options = { ...(month ? { month } : {}), ...(ctx.language?.given ? { language: ctx.language.given } : {}) };
  const project = await loadCliProject(ctx, paths);
  const gate = gateDesignErrors(ctx, project, 'staffing', opts.force);
  if (gate.refuse) return 1;
  const model = project.analysis.model;
  const language = ctx.language?.given ?? model.project?.outputLanguage;
  const report = staffingReport(model, options);
  if (gate.errors) report.designErrors = gate.errors;
  let comparison;
  if (opts.scenario !== undefined) {
    const scenario = findScenario(model, opts.scenario);
    if (!scenario) {
      const ids = model.scenarios.map((s) => s.id);
      const hint = closest(opts.scenario, ids);
      const list = model.scenarios.map((s) => `'${s.id}' (${label(s)})`).join(', ');
      throw new UsageError(cliText('noSuchScenario', { name: opts.scenario, ...(hint ? { suggestion: hint } : {}), ...(ids.length ? { list } : {}) }));
    }
    comparison = compareScenario(model, scenario, report, options);
  }
  const shifts = opts.shifts ? await shiftPlan(model, report) : undefined;
  let output: string | Uint8Array;
  if (opts.format === 'json') {
    const json = comparison
      ? { ...(gate.errors ? { designErrors: gate.errors } : {}), rows: report.rows, summary: report.summary, scenario: { ...comparison.scenario, rows: comparison.result.rows, summary: comparison.result.summary }, comparison: comparison.channels }
      : report;
    output = JSON.stringify(shifts ? { ...json, shifts } : json, null, 2) + '\n';
  } else if (opts.format === 'xlsx') {
    output = await staffingWorkbook(report, comparison, language);
  } else {
    output = formatStaffingTable(report, language) + (comparison ? '\n' + formatComparisonTable(comparison, language) : '') + (shifts ? '\n' + formatShiftTable(shifts, language) : '');
  }
  if (opts.out) writeOutputFile(ctx, opts.out, output);
  else if (typeof output === 'string') ctx.stdout.write(opts.format === 'json' ? output : terminalSafe(output, true));
  return gate.errors ? 1 : 0;
}
