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
  let best;
  let rssKb = 0;
  let cpuMs = Infinity;
  for (let i = 0; i < runs; i++) {
    const r = spawnTimed(command, args, options);
    rssKb = Math.max(rssKb, r.rssKb ?? 0);
    cpuMs = Math.min(cpuMs, r.cpuMs ?? Infinity);
    if (!best || r.ms < best.ms) best = r;
  }
  return { ...best, rssKb: rssKb || undefined, cpuMs: Number.isFinite(cpuMs) ? cpuMs : undefined };
}
