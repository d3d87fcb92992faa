import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { closest, label } from '@ccp/core';
import {
  compareScenario,
  findScenario,
  MONTHS,
  formatComparisonTable,
  formatStaffingTable,
  staffingReport,
  staffingWorkbook,
} from '@ccp/generators/staffing';
import { UsageError, type CliContext } from '../context.js';
import { loadCliProject } from '../project/load-cli-project.js';
import type { StaffingOptions } from './staffing.js';

/** Writes through a temporary file renamed into place, so a failed run never leaves half a file. */
function writeAtomic(path: string, data: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, data);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw new UsageError(`${path}: cannot be written (${(error as Error).message}).`);
  }
}

export async function runStaffing(ctx: CliContext, paths: string[], opts: StaffingOptions): Promise<number> {
  if (opts.format === 'xlsx' && !opts.out) throw new UsageError('--format xlsx needs --out <file.xlsx>.');
  const month = opts.month?.toLowerCase();
  if (month !== undefined && !(MONTHS as readonly string[]).includes(month)) throw new UsageError(`--month ${opts.month}: expected one of ${MONTHS.join(', ')}.`);
  const options = month ? { month } : {};
  const project = await loadCliProject(ctx, paths, { skipRules: true });
  const errors = project.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length) {
    for (const d of errors) {
      const at = project.analysis.texts.locate(d);
      ctx.stderr.write(`${project.display(d.loc.file)}:${at.line}:${at.column}: error ${d.code}: ${d.message}\n`);
    }
    ctx.stderr.write(`ccp: ${errors.length} error${errors.length === 1 ? '' : 's'}; fix them before computing staffing.\n`);
    return 1;
  }
  const model = project.analysis.model;
  const report = staffingReport(model, options);
  let comparison;
  if (opts.scenario !== undefined) {
    const scenario = findScenario(model, opts.scenario);
    if (!scenario) {
      const ids = model.scenarios.map((s) => s.id);
      const hint = closest(opts.scenario, ids);
      throw new UsageError(
        `--scenario ${opts.scenario}: no such scenario${hint ? ` (did you mean '${hint}'?)` : ''}; ${ids.length ? `the model has ${model.scenarios.map((s) => `'${s.id}' (${label(s)})`).join(', ')}` : 'the model has none'}.`,
      );
    }
    comparison = compareScenario(model, scenario, report, options);
  }
  let output: string | Uint8Array;
  if (opts.format === 'json') {
    const json = comparison
      ? { rows: report.rows, summary: report.summary, scenario: { ...comparison.scenario, rows: comparison.result.rows, summary: comparison.result.summary }, comparison: comparison.channels }
      : report;
    output = JSON.stringify(json, null, 2) + '\n';
  } else if (opts.format === 'xlsx') {
    output = await staffingWorkbook(report, comparison);
  } else {
    output = formatStaffingTable(report) + (comparison ? '\n' + formatComparisonTable(comparison) : '');
  }
  if (opts.out) writeAtomic(resolve(ctx.cwd, opts.out), output);
  else if (typeof output === 'string') ctx.stdout.write(output);
  return 0;
}
