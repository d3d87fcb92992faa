/**
 * The `ccp serve` row of `pnpm bench` (issue 21, must-show 6): on a generated 10,000-step project, the real command
 * and Chromium (playwright-core, /usr/bin/chromium): the server's start (analysis and the first page), the first
 * page load in the browser (navigation to the content being in the page), and the update after a one-line edit
 * (the file written to the page showing the change), over several edits. Budgets: load < 3 s, update < 1 s.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeSyntheticProject } from './synthetic-project.mjs';
import { fmtMs, formatTable } from './table.mjs';

export const SERVE_LOAD_BUDGET_MS = 3000;
export const SERVE_UPDATE_BUDGET_MS = 1000;
const CHROMIUM = process.env.CCP_BROWSER ?? '/usr/bin/chromium';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function measureServe({ ccp, work, steps = 10_000, edits = 7, loads = 3, log }) {
  if (!existsSync(CHROMIUM)) return { ok: false, note: `no browser at ${CHROMIUM}` };
  const { chromium } = await import('playwright-core');
  const dir = join(work, `serve-${steps}`);
  const written = writeSyntheticProject(dir, steps);
  log(`ccp serve: ${written.shape.steps} steps in ${written.files} files; starting...`);
  const started = performance.now();
  const child = spawn(process.execPath, [ccp, 'serve', dir], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  const url = await new Promise((resolve, reject) => {
    child.stdout.on('data', () => {
      const m = /ccp serve: (http:\S+\/)\n/.exec(out);
      if (m) resolve(m[1]);
    });
    child.once('exit', (code) => reject(new Error(`ccp serve exited with ${code}: ${out}`)));
  });
  const startMs = performance.now() - started;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'], headless: true });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const loadTimes = [];
    for (let i = 0; i < loads; i++) {
      const t = performance.now();
      await page.goto(`${url}?load=${i}`, { waitUntil: 'commit' });
      await page.waitForFunction(() => document.body.dataset.version !== undefined, undefined, { timeout: 120_000, polling: 10 });
      loadTimes.push(performance.now() - t);
    }
    const file = join(dir, 'processes', 'area-00', 'processes-000.ccp');
    const original = readFileSync(file, 'utf8');
    const updates = [];
    const builds = [];
    for (let i = 1; i <= edits; i++) {
      const title = `Edited title ${i}`;
      const printed = out.length;
      const t = performance.now();
      writeFileSync(file, original.replace(/^(process proc_0000 )"[^"]*"/m, `$1"${title}"`));
      await page.waitForFunction((x) => document.querySelector('#process-proc_0000 h3')?.textContent?.includes(x), title, { timeout: 60_000, polling: 10 });
      updates.push(performance.now() - t);
      // the server's own part: from the file event to the new version (printed as "updated in N ms")
      const built = /updated in (\d+) ms/.exec(out.slice(printed));
      if (built) builds.push(Number(built[1]));
      await page.waitForTimeout(1500); // the vendor-spec preview follows each save; let it land before the next edit
    }
    writeFileSync(file, original);
    return { ok: true, steps: written.shape.steps, files: written.files, startMs, loadMs: Math.min(...loadTimes), loads: loadTimes, updateMs: median(updates), updates, buildMs: builds.length ? median(builds) : undefined, builds };
  } finally {
    await browser.close();
    child.kill('SIGTERM');
  }
}

export function printServe(s) {
  console.log(`\nccp serve (issue 21; budgets: first load < ${SERVE_LOAD_BUDGET_MS / 1000} s, update after a one-line edit < ${SERVE_UPDATE_BUDGET_MS / 1000} s)`);
  if (!s.ok) return console.log(`skipped: ${s.note}`);
  const verdict = (ok) => (ok ? 'ok' : 'OVER');
  console.log(formatTable(['', 'time', 'runs', 'budget'], [
    [`server start (analysis + first page), ${s.steps / 1000}k steps`, fmtMs(s.startMs), '1', ''],
    ['first page load in Chromium (best)', fmtMs(s.loadMs), s.loads.map((x) => Math.round(x)).join(' / '), verdict(s.loadMs < SERVE_LOAD_BUDGET_MS)],
    ['save -> page updated (median)', fmtMs(s.updateMs), s.updates.map((x) => Math.round(x)).join(' / '), verdict(s.updateMs < SERVE_UPDATE_BUDGET_MS)],
    ['  of which the server (file event -> new version)', fmtMs(s.buildMs), s.builds.join(' / '), ''],
  ]));
}
