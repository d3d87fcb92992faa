/**
 * Issue 17's scoring budget: `ccp vendors score` over 20 filled vendor files of 1,000 requirements each, in under
 * 10 s. Writes a design of 997 functions (with personal data and a SaaS system, 3 derived requirements: 1,000 in
 * all) and a tender, its spec, and 20 filled copies (different answers, comments and costs per vendor; not timed),
 * then times the whole `ccp vendors score` process (best of --runs). Prints JSON; run by scripts/bench.mjs.
 *
 *   node scripts/bench/vendor-scoring.mjs [--runs N] [--vendors 20] [--requirements 1000] [--keep]   (--keep: leave the files, for profiling)
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { analyzeSources } from '@ccp/language';
import { loadExcelJS, specRequirements, writeSpecXlsx } from '@ccp/generators/xlsx';
import { bestOf } from './spawn-timed.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const ccp = join(here, '..', '..', 'packages', 'cli', 'bin', 'ccp.js');
const { values: args } = parseArgs({ options: { runs: { type: 'string', default: '3' }, vendors: { type: 'string', default: '20' }, requirements: { type: 'string', default: '1000' }, keep: { type: 'boolean', default: false } } });
const vendors = Number(args.vendors);
const derived = 3; // nfr.gdpr (personal data), nfr.backups and nfr.continuity (a SaaS system)
const functions = Number(args.requirements) - derived;

const areas = ['crm', 'contact_center', 'kb', 'wfm'];
const source = [
  'project bench "Scoring benchmark" { output_language: en }',
  'role agent "Agent" { access: crm read write }',
  'data customer "Customer" { in: crm  personal: true  basis: contract }',
  'system crm "CRM" { kind: crm  hosting: saas }',
  'tender rfp "Platform tender" { priority_weights: must 70%, nice 30%  knockout: musts  cost_years: 3  price_weight: 20%  currency: "EUR" }',
  ...Array.from({ length: functions }, (_, i) => {
    const priority = i % 3 === 0 ? 'must' : 'nice';
    return `function f${i} "Function number ${i}" { priority: ${priority}  system: ${areas[i % areas.length]}  description: "What function ${i} must do, in a sentence or two of ordinary length for a vendor to answer."  acceptance: "It works", "It is documented" }`;
  }),
  '',
].join('\n');

const work = mkdtempSync(join(tmpdir(), 'ccp-bench-score-'));
try {
  const { model, diagnostics } = analyzeSources({ 'main.ccp': source });
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length) throw new Error(errors.map((d) => d.message).join('\n'));
  const requirements = specRequirements(model, 'en').length;
  mkdirSync(join(work, 'design'));
  writeFileSync(join(work, 'design', 'main.ccp'), source);
  const spec = await writeSpecXlsx(model, { version: '1.0', date: '2026-12-01' });

  // 20 vendors: one workbook loaded once, its answer cells rewritten per vendor
  const ExcelJS = await loadExcelJS();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(spec));
  const answers = ['Yes', 'Yes', 'Partial', 'No', 'Roadmap', 'Yes', ''];
  const files = [];
  for (let v = 0; v < vendors; v++) {
    wb.getWorksheet('Cover').getCell('B11').value = `Vendor ${v + 1}`;
    for (const [name, supported] of [['Functions', 9], ['Non-functional', 7]]) {
      const ws = wb.getWorksheet(name);
      if (!ws) continue;
      ws.eachRow((row, n) => {
        if (n < 2) return;
        const k = (n * 3 + v * 5) % answers.length;
        row.getCell(supported).value = v % 4 === 0 && k === 3 ? 'Yes' : answers[k];
        row.getCell(supported + 1).value = `Comment of vendor ${v + 1} on row ${n}`;
        row.getCell(supported + 2).value = (n * 37 + v * 101) % 5000;
        row.getCell(supported + 3).value = (n * 11 + v * 17) % 900;
      });
    }
    const file = join(work, `vendor-${String(v + 1).padStart(2, '0')}.xlsx`);
    writeFileSync(file, new Uint8Array(await wb.xlsx.writeBuffer()));
    files.push(file);
  }

  const r = bestOf(Number(args.runs), process.execPath, [ccp, 'vendors', 'score', join(work, 'design'), ...files, '--format', 'json'], { cwd: work });
  if (r.status !== 0) throw new Error(`ccp vendors score exited ${r.status}: ${r.stderr.split('\n')[0]}`);
  const { vendors: scored } = JSON.parse(r.stdout);
  const ranked = scored.length;
  // the answers must have been read (a blank answer is one in seven): not a benchmark of empty files
  const worst = Math.max(...scored.map((v) => v.unanswered.length));
  if (worst > requirements / 3) throw new Error(`a vendor has ${worst} of ${requirements} requirements unanswered: the answers were not filled where the reader looks`);
  console.log(JSON.stringify({ vendors, requirements, ranked, ms: r.ms, cpuMs: r.cpuMs, rssKb: r.rssKb }));
} finally {
  if (args.keep) process.stderr.write(`files kept in ${work}\n`);
  else rmSync(work, { recursive: true, force: true });
}
