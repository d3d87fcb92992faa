import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { runs, timeout } from './support/corpus.js';
import { stackTrace } from './support/pipeline.js';

/**
 * Issue 22, must-show 6: a campaign over paths and configs. Each case lays out a project with random symbolic links
 * (to files and folders inside, to a folder outside, to a sentinel file outside, to /dev/zero, to itself), FIFOs,
 * and a random ccp.config.json (`include` lists with `..`, absolute paths and links; `limits`; `outputs.dir`;
 * `browser`), then runs a command. Whatever happens: the sentinel's text never appears in any output or written
 * file, nothing is written outside the project, nothing hangs, the exit code is 0, 1 or 2 and no stack trace.
 */

const SENTINEL = 'SENTINEL_c4f2_OUTSIDE';
let cases = 0;
const started = Date.now();
const base = mkdtempSync(join(tmpdir(), 'ccp-paths-'));
afterAll(() => {
  console.log(`hardening/paths: ${cases} property cases in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  rmSync(base, { recursive: true, force: true });
});

const names = ['a.ccp', 'b.ccp', 'sub', 'sub/c.ccp', 'link.ccp', 'linkdir', 'out', 'gen', 'pipe.ccp', 'ccp.config.json'] as const;

type Node =
  | { kind: 'file'; text: string }
  | { kind: 'dir' }
  | { kind: 'link'; to: 'sentinel' | 'outsideDir' | 'devZero' | 'inside' | 'self' | 'root' }
  | { kind: 'fifo' };

const nodeArb: fc.Arbitrary<Node> = fc.oneof(
  fc.constantFrom('role r1 {}\n', `role r2 { reports_to: r1 }\nimport "../outside/secret.ccp"\n`, 'import "link.ccp"\nrole r3 {}\n', 'import "/etc/passwd"\n', '').map((text) => ({ kind: 'file' as const, text })),
  fc.constant({ kind: 'dir' as const }),
  fc.constantFrom('sentinel', 'outsideDir', 'devZero', 'inside', 'self', 'root').map((to) => ({ kind: 'link' as const, to: to as 'sentinel' })),
  fc.constant({ kind: 'fifo' as const }),
);

const pathArb = fc.constantFrom('a.ccp', 'sub', 'link.ccp', 'linkdir', '../outside', '../outside/secret.ccp', '/etc/passwd', 'sub/../../outside', '.', 'pipe.ccp', 'sub/c.ccp');
const configArb = fc.record(
  {
    include: fc.array(pathArb, { maxLength: 4 }),
    limits: fc.record({ maxFileBytes: fc.integer({ min: 1, max: 1e9 }), maxFiles: fc.integer({ min: 1, max: 1e6 }) }, { requiredKeys: [] }),
    outputs: fc.record({ dir: fc.constantFrom('out', 'gen', '../outside', 'linkdir', '/tmp/x') }),
    browser: fc.constantFrom('chromium', './x.sh', 'sh'),
  },
  { requiredKeys: [] },
);

const commandArb = fc.constantFrom(
  ['check', '.', '--format', 'json'],
  ['check', '.', '--format', 'github'],
  ['check', '.'],
  ['export', 'json', '.'],
  ['build', '.', '--no-render'],
  ['docs', '.', '--no-svg'],
  ['fmt', '--check', '.'],
);

function lay(dir: string, layout: Map<string, Node>, config: object | undefined): { root: string; outside: string } {
  const root = join(dir, 'project');
  const outside = join(dir, 'outside');
  mkdirSync(join(root, 'sub'), { recursive: true });
  mkdirSync(outside);
  writeFileSync(join(outside, 'secret.ccp'), `role ${SENTINEL} {}\n`);
  writeFileSync(join(outside, 'passwd'), `${SENTINEL}:x:0:0\n`);
  for (const [name, node] of layout) {
    const path = join(root, name);
    try {
      if (node.kind === 'file') writeFileSync(path, node.text);
      else if (node.kind === 'dir') mkdirSync(path, { recursive: true });
      else if (node.kind === 'fifo') execFileSync('mkfifo', [path]);
      else {
        const to = { sentinel: join(outside, 'passwd'), outsideDir: outside, devZero: '/dev/zero', inside: join(root, 'a.ccp'), self: path, root }[node.to];
        symlinkSync(to, path);
      }
    } catch {
      // a name already taken by an earlier node (sub/c.ccp under a linked sub): keep the first
    }
  }
  if (config && !layout.has('ccp.config.json')) writeFileSync(join(root, 'ccp.config.json'), JSON.stringify(config));
  return { root, outside };
}

/** Every file under `dir` that is a regular file (links not followed), as text. */
function writtenTexts(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    try {
      out.push(readFileSync(join(entry.parentPath, entry.name), 'utf8'));
    } catch {
      // vanished
    }
  }
  return out;
}

describe('paths and configs from a pull request', () => {
  it(
    'never leak the outside, never write outside, never hang, never crash',
    async () => {
      let n = 0;
      await fc.assert(
        fc.asyncProperty(fc.array(fc.tuple(fc.constantFrom(...names), nodeArb), { maxLength: 6 }), fc.option(configArb), commandArb, async (entries, config, command) => {
          cases++;
          const dir = join(base, `c${n++}`);
          mkdirSync(dir);
          const { root, outside } = lay(dir, new Map(entries), config ?? undefined);
          const before = readdirSync(outside).sort();
          const run = await runCli(command, root, { CCP_BROWSER: 'none' });
          const where = `ccp ${command.join(' ')} on ${JSON.stringify({ entries, config })}`;
          expect([0, 1, 2], where).toContain(run.code);
          expect(run.stdout + run.stderr, where).not.toMatch(stackTrace);
          expect(run.stdout + run.stderr, where).not.toContain(SENTINEL);
          expect(readdirSync(outside).sort(), where).toEqual(before);
          for (const text of writtenTexts(root)) expect(text, where).not.toContain(SENTINEL);
          rmSync(dir, { recursive: true, force: true });
        }),
        { numRuns: runs(120) },
      );
    },
    timeout(120_000),
  );
});
