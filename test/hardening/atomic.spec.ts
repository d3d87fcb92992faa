import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../support/paths.js';

/**
 * Issue 9, part 4: `ccp build` killed with SIGKILL at moments spread over its run, while it rewrites the outputs
 * of a large project. Every output must then hold either its previous complete content or its new complete
 * content, none may be missing, and nothing left behind may look like an output (a killed process cannot remove
 * its temporary file, so those must be hidden `.*.tmp` files).
 */
const bin = join(repoRoot, 'packages', 'cli', 'bin', 'ccp.js');
const STEPS = 600;
let work: string;
let project: string;
let out: string;
let old: Map<string, string>;
let fresh: Map<string, string>;
let buildMs = 0;

function files(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)))
    .sort();
}

function hashes(dir: string): Map<string, string> {
  return new Map(files(dir).map((f) => [f, createHash('sha256').update(readFileSync(join(dir, f))).digest('hex')]));
}

function build(outDir: string): number {
  const start = performance.now();
  const r = spawnSync(process.execPath, [bin, 'build', '.', '--no-render', '--out', outDir], { cwd: project, encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return performance.now() - start;
}

const isTemp = (f: string) => /(^|\/)\.[^/]+\.tmp$/.test(f);

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'ccp-atomic-'));
  project = join(work, 'project');
  out = join(work, 'out');
  const gen = spawnSync(process.execPath, [join(repoRoot, 'scripts', 'bench.mjs'), '--size', String(STEPS), '--out', project], { encoding: 'utf8' });
  expect(gen.status, gen.stderr).toBe(0);
  build(out);
  old = hashes(out);
  // the new version renames the project, every process and every step: nearly every output changes
  for (const f of files(project).filter((f) => f.endsWith('.ccp'))) {
    const path = join(project, f);
    const text = readFileSync(path, 'utf8');
    writeFileSync(path, (f === 'project.ccp' ? text.replace(/"([^"\n]+)"/, '"$1 (v2)"') : text).replace(/^(\s*(?:process|step) \S+ ")([^"]*)"/gm, '$1$2 v2"'));
  }
  buildMs = build(join(work, 'reference'));
  fresh = hashes(join(work, 'reference'));
}, 300_000);

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('ccp build killed mid-write leaves every output whole', () => {
  it('the reference builds differ and list the same files', () => {
    expect([...old.keys()]).toEqual([...fresh.keys()]);
    expect(old.size).toBeGreaterThan(100);
    const changed = [...old].filter(([f, h]) => fresh.get(f) !== h).length;
    expect(changed).toBeGreaterThan(old.size / 2);
  });

  it('SIGKILL before and during the writes: each output is the old or the new file, none missing, no stray output', async () => {
    // Kills are timed from the first output the run rewrites (polled), so they land while files are being written;
    // the first lands during analysis, before any write.
    const delays = [-1, 0, 30, 150, 400, 1000];
    const seen = { old: 0, new: 0 };
    for (const delay of delays) {
      const started = Date.now();
      const child = spawn(process.execPath, [bin, 'build', '.', '--no-render', '--out', out], { cwd: project, stdio: 'ignore' });
      let running = true;
      const exited = new Promise<void>((done) => child.on('exit', () => ((running = false), done())));
      if (delay < 0) await new Promise((r) => setTimeout(r, buildMs * 0.1));
      else {
        while (running && !files(out).some((f) => (statSync(join(out, f), { throwIfNoEntry: false })?.mtimeMs ?? 0) >= started)) await new Promise((r) => setTimeout(r, 10));
        await new Promise((r) => setTimeout(r, delay));
      }
      child.kill('SIGKILL');
      await exited;
      const now = files(out);
      const outputs = now.filter((f) => !isTemp(f));
      expect(outputs, `killed ${delay} ms after the first write`).toEqual([...old.keys()]);
      for (const f of outputs) {
        const h = createHash('sha256').update(readFileSync(join(out, f))).digest('hex');
        expect([old.get(f), fresh.get(f)], `${f} after a kill ${delay} ms after the first write`).toContain(h);
        if (h === fresh.get(f) && h !== old.get(f)) seen.new++;
        else seen.old++;
      }
    }
    console.log(`hardening/atomic: ${delays.length} kills over a ${Math.round(buildMs)} ms build; files seen old ${seen.old}, new ${seen.new}`);
    expect(seen.new, 'some kills landed after files were rewritten').toBeGreaterThan(0);
    // a full run afterwards completes every file
    build(out);
    const final = hashes(out);
    for (const [f, h] of fresh) expect(final.get(f), f).toBe(h);
    // the temporary files the killed runs left were hidden `.tmp` files, and the next run swept them away
    const stray = [...final.keys()].filter((f) => !fresh.has(f));
    expect(stray).toEqual([]);
  }, 300_000);
});
