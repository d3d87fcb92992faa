/**
 * One shift plan at the size of issue 16's budget: a week of 30-minute intervals (a 24/7 channel, 336 intervals,
 * a day-and-night profile, a weekly profile) and 50 declared shift patterns on every day (350 candidate shifts).
 * Run in its own process by scripts/bench.mjs, so that loading HiGHS (WebAssembly) is part of the time. Prints JSON.
 */
import { performance } from 'node:perf_hooks';
import { analyzeSources } from '@ccp/language';
import { shiftPlan, staffingReport } from '@ccp/staffing';

const points = Array.from({ length: 48 }, (_, i) => {
  const h = i / 2;
  const w = 0.2 + Math.exp(-((h - 11) ** 2) / 8) + 0.7 * Math.exp(-((h - 17) ** 2) / 6);
  return { at: `${String(Math.floor(h)).padStart(2, '0')}:${i % 2 ? '30' : '00'}`, w };
});
const sum = points.reduce((s, p) => s + p.w, 0);
const shares = points.map((p) => Math.round((p.w / sum) * 1e6) / 1e4);
shares[47] = Math.round((100 - shares.slice(0, 47).reduce((s, x) => s + x, 0)) * 1e4) / 1e4;
const lengths = ['4h', '6h', '8h', '10h', '12h'];
const patterns = Array.from({ length: 50 }, (_, k) => {
  const start = (k * 29) % 48; // 50 starts spread over the day's half hours
  return `shift s${k} { start: ${String(Math.floor(start / 2)).padStart(2, '0')}:${start % 2 ? '30' : '00'}  length: ${lengths[k % 5]}  break: ${k % 5 >= 2 ? '30m' : '0m'}  days: mo-su }`;
});
const source = `project bench { hours_per_week: 40 }
channel phone {
  volume: 30000/week
  aht: 4m
  hours: "24/7"
  interval: 30m
  weekly: mo 18%, tu 16%, we 15%, th 15%, fr 16%, sa 12%, su 8%
  intraday: ${points.map((p, i) => `${p.at} ${shares[i]}%`).join(', ')}
  service_level: 80% in 20s
}
${patterns.join('\n')}
`;
// `--source`: print the model only (scripts/peers/shift-compare.py solves the same requirement with CP-SAT).
if (process.argv.includes('--source')) {
  process.stdout.write(source);
  process.exit(0);
}
const t0 = performance.now();
const { model, diagnostics } = analyzeSources({ 'bench.ccp': source });
const errors = diagnostics.filter((d) => d.severity === 'error');
if (errors.length) throw new Error(errors.map((d) => d.message).join('\n'));
const report = staffingReport(model);
const t1 = performance.now();
const cpu0 = process.cpuUsage();
const plan = await shiftPlan(model, report);
const cpu = process.cpuUsage(cpu0);
const t2 = performance.now();
console.log(JSON.stringify({
  intervals: plan.coverage.length,
  patterns: model.shifts.length,
  candidates: plan.patterns.length,
  agents: plan.total,
  status: plan.channels[0]?.status,
  staffingMs: t1 - t0,
  solveMs: t2 - t1,
  solveCpuMs: (cpu.user + cpu.system) / 1000,
}));
