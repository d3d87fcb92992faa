import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const GNU_TIME = '/usr/bin/time';
const hasGnuTime = existsSync(GNU_TIME) && spawnSync(GNU_TIME, ['-f', '%M', 'true']).status === 0;

/**
 * Runs a command once in a fresh process and returns its wall time (ms), and from GNU time when it is installed its
 * peak resident memory (KiB) and CPU time (user + system, ms; less disturbed than wall time when other processes
 * share the cores), its exit code and output. The wall time is taken around the spawn here, so it includes Node's
 * own start-up, as a user or CI sees it.
 */
export function spawnTimed(command, args, options = {}) {
  let file = command;
  let argv = args;
  let rssFile;
  if (hasGnuTime) {
    const dir = mkdtempSync(join(tmpdir(), 'ccp-time-'));
    rssFile = join(dir, 'rss');
    file = GNU_TIME;
    argv = ['-f', '%M %U %S', '-o', rssFile, command, ...args];
  }
  const t = performance.now();
  const r = spawnSync(file, argv, { encoding: 'utf8', maxBuffer: 1 << 30, ...options });
  const ms = performance.now() - t;
  let rssKb;
  let cpuMs;
  if (rssFile) {
    const lines = readFileSync(rssFile, 'utf8').trim().split('\n');
    const [rss, user, sys] = lines[lines.length - 1].split(' ').map(Number);
    rssKb = rss;
    cpuMs = (user + sys) * 1000;
    rmSync(join(rssFile, '..'), { recursive: true, force: true });
  }
  return { ms, rssKb, cpuMs, status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

/** Best (fastest) of `runs` spawns, with the least CPU time seen; the peak memory is the highest seen over all runs. */
export function bestOf(runs, command, args, options) {
  return bestOfRounds(runs, [{ command, args, options }])[0];
}

/**
 * Runs every job once per round, for `runs` rounds, and returns the best of each job as `bestOf` does. Taking turns
 * spreads the host's slow spells (and the disk writing back a freshly generated input) over all the jobs alike,
 * where running one job `runs` times and then the next would hand a slow spell to one of them.
 */
export function bestOfRounds(runs, jobs) {
  const seen = jobs.map(() => ({ best: undefined, rssKb: 0, cpuMs: Infinity }));
  for (let i = 0; i < runs; i++) {
    jobs.forEach(({ command, args, options }, j) => {
      const r = spawnTimed(command, args, options);
      const s = seen[j];
      s.rssKb = Math.max(s.rssKb, r.rssKb ?? 0);
      s.cpuMs = Math.min(s.cpuMs, r.cpuMs ?? Infinity);
      if (!s.best || r.ms < s.best.ms) s.best = r;
    });
  }
  return seen.map(({ best, rssKb, cpuMs }) => ({ ...best, rssKb: rssKb || undefined, cpuMs: Number.isFinite(cpuMs) ? cpuMs : undefined }));
}

/**
 * Flushes what the benchmark scripts wrote (projects, model JSON) to disk before a timing: otherwise the kernel
 * writes it back while the timed process runs, on the same two cores. Needs `sync` (coreutils); without it, it
 * does nothing.
 */
export function settleDisk() {
  spawnSync('sync', [], { stdio: 'ignore' });
}
