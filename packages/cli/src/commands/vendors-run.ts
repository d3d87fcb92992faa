import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError, type CliContext } from '../context.js';
import { terminalSafe } from '../format/terminal-safe.js';
import { loadCliProject } from '../project/load-cli-project.js';
import { writeOutputFile } from '../io/write-output.js';
import { defaultDate, reportErrors } from './spec-run.js';
import type { VendorsScoreOptions } from './vendors.js';


export async function runVendorsScore(ctx: CliContext, path: string, files: string[], opts: VendorsScoreOptions): Promise<number> {
  if (opts.format === 'xlsx' && !opts.out) throw new UsageError('--format xlsx needs --out <file.xlsx>.');
  const project = await loadCliProject(ctx, [path], { skipRules: true });
  if (reportErrors(ctx, project, 'scoring vendors')) return 1;
  const model = project.analysis.model;
  const x = await import('@ccp/generators/xlsx');
  const problems: string[] = [];
  const filled = [];
  for (const file of files) {
    const abs = resolve(ctx.cwd, file);
    let bytes: Uint8Array;
    try {
      const size = statSync(abs).size;
      if (size > x.defaultReadLimits.maxFileBytes) {
        problems.push(`${file}: it is ${Math.round(size / 1048576)} MiB, more than a filled spec may have.`);
        continue;
      }
      bytes = readFileSync(abs);
    } catch {
      problems.push(`${file}: no such file, or it cannot be read.`);
      continue;
    }
    const read = await x.readVendorAnswers(bytes, file);
    if (!read.ok) {
      problems.push(read.error);
      continue;
    }
    const mismatch = x.specMismatch(read.value.metadata, model);
    if (mismatch) {
      problems.push(`${file}: ${mismatch}.`);
      continue;
    }
    filled.push(read.value);
  }
  if (problems.length) {
    for (const p of problems) ctx.stderr.write(`ccp: ${p}\n`);
    ctx.stderr.write(`ccp: ${problems.length} of ${files.length} file${files.length === 1 ? '' : 's'} cannot be scored; no ranking written.\n`);
    return 2;
  }
  const language = filled[0]?.metadata.language ?? model.project?.outputLanguage ?? 'en';
  const requirements = x.specRequirements(model, language);
  const scores = x.rankVendors(requirements, filled);
  let output: string | Uint8Array;
  if (opts.format === 'json') output = x.formatScoreJson(scores);
  else if (opts.format === 'xlsx') output = await x.writeScoreXlsx(scores, requirements, language, defaultDate(project.root));
  else output = x.formatScoreTable(scores);
  if (opts.out) writeOutputFile(ctx, opts.out, output);
  else if (typeof output === 'string') ctx.stdout.write(opts.format === 'json' ? output : terminalSafe(output, true));
  else (ctx.stdout as unknown as { write(data: Uint8Array): unknown }).write(output);
  return 0;
}
