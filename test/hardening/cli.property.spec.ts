import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../support/paths.js';
import { runCli } from '../support/run-cli.js';
import { examples, runs, seeds, timeout } from './support/corpus.js';
import { mutate, mutationsArb } from './support/mutate.js';
import { stackTrace } from './support/pipeline.js';

/**
 * Issue 9, part 1 for the front end: mutated examples through every command that exists, in-process (`main()`,
 * fast) and as a few real processes. Exit codes are 0, 1 or 2 only; no stack trace is ever printed; machine formats
 * stay parseable.
 */
let work: string;
let cases = 0;
const bin = join(repoRoot, 'packages', 'cli', 'bin', 'ccp.js');

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'ccp-fuzz-cli-'));
  for (const ex of examples) cpSync(ex.dir, join(work, ex.name), { recursive: true });
});

afterAll(() => {
  console.log(`hardening/cli: ${cases} property cases`);
  rmSync(work, { recursive: true, force: true });
});

/** Commands to run over a mutated project; OUT is replaced by a fresh output folder. */
const commandArb = fc.oneof(
  { arbitrary: fc.constantFrom('stylish', 'json', 'sarif', 'github', 'junit').map((f) => ['check', '.', '--format', f]), weight: 8 },
  { arbitrary: fc.constant(['check', '.', '--rule', 'dead-end-step=error', '--max-warnings', '0']), weight: 1 },
  { arbitrary: fc.constant(['fmt', '--check', '.']), weight: 2 },
  { arbitrary: fc.constant(['fmt', '.']), weight: 1 },
  { arbitrary: fc.constant(['export', 'json', '.']), weight: 2 },
  { arbitrary: fc.constant(['diagram', '.', '--format', 'mmd', '--out', 'OUT']), weight: 2 },
  { arbitrary: fc.constantFrom('table', 'json').map((f) => ['staffing', '.', '--format', f]), weight: 2 },
  { arbitrary: fc.constant(['diff', 'ORIG', '.']), weight: 1 },
  { arbitrary: fc.constant(['docs', '.', '--no-svg', '--out', 'OUT']), weight: 1 },
  { arbitrary: fc.constant(['spec', '.', '--out', 'OUT/spec.xlsx', '--version', 'fuzz', '--date', '2026-01-01']), weight: 1 },
);

function assertSane(args: string[], r: { code: number; stdout: string; stderr: string }): void {
  const where = `ccp ${args.join(' ')}`;
  expect([0, 1, 2], where).toContain(r.code);
  expect(r.stdout + r.stderr, where).not.toMatch(stackTrace);
  expect(r.stderr, where).not.toMatch(/internal error|TypeError|RangeError|ReferenceError/);
}

describe('the CLI exits 0, 1 or 2 and prints no stack trace, whatever the input', () => {
  it('mutated example files through every command (in-process)', async () => {
    let outCount = 0;
    await fc.assert(
      fc.asyncProperty(fc.nat(seeds.length - 1), mutationsArb, commandArb, async (i, ms, command) => {
        cases++;
        const seed = seeds[i]!;
        const dir = join(work, seed.example.name);
        const path = join(dir, seed.file);
        const out = join(work, `out-${outCount++}`);
        const args = command.map((a) => a.replace('OUT', out).replace('ORIG', seed.example.dir));
        writeFileSync(path, mutate(seed.text, ms));
        try {
          const r = await runCli(args, dir);
          assertSane(args, r);
          if (r.stdout.trim() !== '' && (args.includes('json') || args.includes('sarif'))) expect(() => JSON.parse(r.stdout), args.join(' ')).not.toThrow();
        } finally {
          for (const [file, text] of Object.entries(seed.example.files)) writeFileSync(join(dir, file), text);
          rmSync(out, { recursive: true, force: true });
        }
      }),
      { numRuns: runs(200) },
    );
  }, timeout(300_000));

  it('mutated ccp.config.json files', async () => {
    const configs = examples.filter((e) => e.name !== 'gaps');
    await fc.assert(
      fc.asyncProperty(fc.nat(configs.length - 1), mutationsArb, async (i, ms) => {
        cases++;
        const ex = configs[i]!;
        const dir = join(work, ex.name);
        const original = readFileSync(join(ex.dir, 'ccp.config.json'), 'utf8');
        writeFileSync(join(dir, 'ccp.config.json'), mutate(original, ms));
        try {
          assertSane(['check', '.'], await runCli(['check', '.', '--format', 'json'], dir));
        } finally {
          writeFileSync(join(dir, 'ccp.config.json'), original);
        }
      }),
      { numRuns: runs(100) },
    );
  }, timeout(120_000));

  it('random arguments and options', async () => {
    const word = fc.oneof(
      fc.constantFrom('check', 'build', 'diagram', 'spec', 'docs', 'export', 'fmt', 'diff', 'staffing', 'vendors', 'score', 'rules', 'schema', 'init', 'help'),
      fc.constantFrom('--format', '-f', '--out', '-o', '--rule', '--max-warnings', '--quiet', '--help', '--version', '--detail', '--language', '--date', '--scenario', '--force'),
      fc.constantFrom('.', '..', 'nope', 'json', 'xlsx', 'mmd,svg', 'x=y', '-1', 'NaN', '', '\u0000', '../../etc/passwd', '/dev/null', 'a.ccp'),
      fc.string({ maxLength: 6 }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(word, { maxLength: 6 }), async (args) => {
        cases++;
        // `init` and `fmt` may write: give them a folder of their own.
        const dir = mkdtempSync(join(work, 'args-'));
        try {
          // No command may wait for a browser or the network here.
          const safe = args.some((a) => a === 'build' || a === 'docs' || a === 'diagram' || a === 'lsp') ? [...args, '--no-render', '--no-svg'] : args;
          const r = await runCli(safe, dir);
          assertSane(safe, r);
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }),
      { numRuns: runs(150) },
    );
  }, timeout(120_000));

  it('a NUL character in any argument of any command is a usage error (exit 2), never a crash', async () => {
    const names = ['check', 'build', 'diagram', 'spec', 'docs', 'export', 'fmt', 'diff', 'staffing', 'vendors', 'score', 'rules', 'schema', 'init', 'serve', 'lsp'];
    for (const name of names) {
      for (const args of [[name, '\u0000'], [name, '.', '--out', 'a\u0000b'], [name, 'x\u0000.ccp']]) {
        cases++;
        const dir = mkdtempSync(join(work, 'nul-'));
        try {
          const r = await runCli(args, dir);
          assertSane(args, r);
          expect(r.code, `ccp ${args.join(' ')}`).toBe(2);
          expect(r.stderr).toMatch(/NUL/);
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }
    }
  });

  it('real processes: mutated projects and hostile arguments', () => {
    const dir = join(work, 'spawned');
    cpSync(examples[0]!.dir, dir, { recursive: true });
    const sample = fc.sample(fc.tuple(fc.nat(seeds.length - 1), mutationsArb), { numRuns: 4 });
    const commands: string[][] = [['check', '.', '--format', 'sarif'], ['export', 'json', '.'], ['fmt', '--check', '.'], ['check', '.', '--max-warnings', 'many']];
    for (const [k, [i, ms]] of sample.entries()) {
      cases++;
      const seed = seeds[i]!;
      writeFileSync(join(dir, `fuzz-${k}.ccp`), mutate(seed.text, ms));
      const args = commands[k]!;
      const r = spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
      assertSane(args, { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr });
    }
  }, timeout(120_000));
});
