#!/usr/bin/env node
// Benchmark of the vendor spec workbook: writes a 10,000-function spec (target: under 3 s), then reads a filled
// copy back and scores it. Prints figures; no assertions. Run after `pnpm build`: node scripts/bench-xlsx.mjs [n]
import { performance } from 'node:perf_hooks';
import { analyzeSources } from '@ccp/language';

const n = Number(process.argv[2] ?? 10_000);
const lines = [
  'project bench "Bench" { sponsor: boss  output_language: pl }',
  'role boss "Zarząd" { headcount: 1 }',
  'role agent "Konsultant" { access: crm read write, kb read  headcount: 200 }',
  'system crm "CRM" { kind: crm  hosting: saas }',
  'system kb "KB" { kind: kb }',
  'data customer "Klient" { in: crm  personal: true  basis: contract }',
  'channel phone "Infolinia" { volume: 12000/day  aht: 5m  service_level: 80% in 20s }',
];
for (let i = 0; i < n; i++)
  lines.push(
    `function f${i} "Funkcja numer ${i}: rejestracja zgłoszenia" { priority: ${i % 3 ? 'nice' : 'must'}  system: crm  roles: agent  records: customer  description: "Opis funkcji ${i} z kryteriami, tak długi jak w prawdziwej specyfikacji dla dostawców, z polskimi znakami: zażółć gęślą jaźń." }`,
  );
for (let p = 0; p < n / 10; p++) {
  const steps = [];
  for (let s = 0; s < 10; s++) steps.push(`step s${s} { by: agent  uses: f${p * 10 + s}  ${s < 9 ? `next: s${s + 1}` : 'end'} }`);
  lines.push(`process p${p} "Proces ${p}" { owner: agent\n${steps.join('\n')}\n}`);
}
let t = performance.now();
const { model, diagnostics } = analyzeSources({ 'main.ccp': lines.join('\n') });
const analyse = performance.now() - t;
const errors = diagnostics.filter((d) => d.severity === 'error');
if (errors.length) throw new Error(errors[0].message);

t = performance.now();
const x = await import('@ccp/generators/xlsx');
await x.loadExcelJS();
const load = performance.now() - t;

t = performance.now();
let cpu = process.cpuUsage();
const bytes = await x.writeSpecXlsx(model, { version: 'bench', date: '2026-11-22' });
const write = performance.now() - t;
cpu = process.cpuUsage(cpu);
const writeCpu = (cpu.user + cpu.system) / 1000;

t = performance.now();
const again = await x.writeSpecXlsx(model, { version: 'bench', date: '2026-11-22' });
const write2 = performance.now() - t;

t = performance.now();
cpu = process.cpuUsage();
const read = await x.readVendorAnswers(bytes, 'bench.xlsx');
if (!read.ok) throw new Error(read.error);
const reqs = x.specRequirements(model, 'pl');
const mismatch = x.specMismatch(read.value.metadata, model);
const ranked = x.rankVendors(reqs, [read.value]);
const readScore = performance.now() - t;
cpu = process.cpuUsage(cpu);
const readCpu = (cpu.user + cpu.system) / 1000;

const ms = (v) => `${v.toFixed(0)} ms`;
console.log(`functions: ${n}, steps: ${n}, file: ${(bytes.length / 1024 / 1024).toFixed(2)} MiB, identical bytes on rewrite: ${Buffer.from(bytes).equals(Buffer.from(again))}`);
console.log(`analyse .ccp:            ${ms(analyse)}`);
console.log(`load exceljs:            ${ms(load)}`);
console.log(`write spec (first):      ${ms(write)} wall, ${ms(writeCpu)} CPU  (target < 3000 ms)`);
console.log(`write spec (warm):       ${ms(write2)}`);
console.log(`read back + check+score: ${ms(readScore)} wall, ${ms(readCpu)} CPU  (mismatch: ${mismatch ?? 'none'}, score ${ranked[0].score})`);
console.log(`load average:            ${(await import('node:os')).loadavg()[0].toFixed(1)} on ${(await import('node:os')).cpus().length} CPUs (figures are wall time; a busy machine inflates them)`);
console.log(`heap used:               ${(process.memoryUsage().heapUsed / 1024 / 1024).toFixed(0)} MiB`);
