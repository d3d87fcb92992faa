import { cliMessage, cliText } from '@ccp/core';
import { resolve } from 'node:path';
import { UsageError, type CliContext } from '../context.js';
import { terminalSafe } from '../format/terminal-safe.js';
import { loadCliProject } from '../project/load-cli-project.js';
import { writeOutputFile } from '../io/write-output.js';
import { readRegularFile } from '../io/read-regular-file.js';
import { defaultDate, reportErrors } from './spec-run.js';
import type { VendorsScoreOptions } from './vendors.js';
import { say, spoken } from '../language.js';

/** Exit code when a ranking was written but some files could not be scored. */
export const someFilesFailed = 3;

export async function runVendorsScore(ctx: CliContext, path: string, files: string[], opts: VendorsScoreOptions): Promise<number> {
  if (opts.format === 'xlsx' && !opts.out) throw new UsageError(cliText('xlsxNeedsOut'));
  const project = await loadCliProject(ctx, [path], { skipRules: true });
  if (reportErrors(ctx, project)) return 1;
  const model = project.analysis.model;
  const x = await import('@ccp/generators/xlsx');
  // what is said about the files, and the ranking table, in the language ccp speaks; the score workbook in its own
  const spokenLanguage = spoken(ctx);
  const failed: { file: string; reason: string }[] = [];
  const filled = [];
  for (const file of files) {
    // only regular files, size checked on the opened descriptor before reading: no device, FIFO or socket
    const bytes = readRegularFile(resolve(ctx.cwd, file), x.defaultReadLimits.maxFileBytes);
    if (!bytes.ok) {
      failed.push({ file, reason: cliMessage(cliText('vendorFileProblem', { file, why: bytes.why }), spokenLanguage) });
      continue;
    }
    const read = await x.readVendorAnswers(bytes.bytes, file, x.defaultReadLimits, spokenLanguage);
    if (!read.ok) {
      failed.push({ file, reason: read.error });
      continue;
    }
    const mismatch = x.specMismatch(read.value.metadata, model, spokenLanguage);
    if (mismatch) {
      failed.push({ file, reason: cliMessage(cliText('vendorFileProblem', { file, why: mismatch }), spokenLanguage) });
      continue;
    }
    filled.push(read.value);
  }
  for (const f of failed) ctx.stderr.write(`ccp: ${f.reason}\n`);
  if (failed.length === files.length) {
    ctx.stderr.write(`${say(ctx, 'vendorsNoneScored', { count: files.length })}\n`);
    return 2;
  }
  const language = filled[0]?.metadata.language ?? model.project?.outputLanguage ?? 'en';
  const requirements = x.specRequirements(model, language);
  const rules = x.scoringRules(model.tender, requirements);
  const scores = x.rankVendors(requirements, filled, rules);
  let output: string | Uint8Array;
  if (opts.format === 'json') output = x.formatScoreJson(scores, failed, rules);
  else if (opts.format === 'xlsx') output = await x.writeScoreXlsx(scores, requirements, language, defaultDate(project.root), { failed, rules, rulesLine: x.rulesText(rules, language) });
  else output = x.formatScoreTable(scores, failed, rules, spokenLanguage);
  if (opts.out) writeOutputFile(ctx, opts.out, output);
  else if (typeof output === 'string') ctx.stdout.write(opts.format === 'json' ? output : terminalSafe(output, true));
  else (ctx.stdout as unknown as { write(data: Uint8Array): unknown }).write(output);
  if (failed.length) {
    ctx.stderr.write(`${say(ctx, 'vendorsSomeFailed', { failed: failed.length, total: files.length })}\n`);
    return someFilesFailed;
  }
  return 0;
}
