import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtures, parseXml, run, sarifValidator } from './helpers.js';

const repoRoot = resolve(import.meta.dirname, '../..');
const doc = readFileSync(join(repoRoot, 'docs/ci.md'), 'utf8');
const bin = join(repoRoot, 'packages/cli/bin/ccp.js');

/** The fenced code blocks of the page, with their language. */
const blocks = [...doc.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map((m) => ({ lang: m[1]!, body: m[2]! }));

/** Every `ccp check` / `ccp diff` command line in the page's code blocks, from `ccp` to the end (before `||`). */
const commandLines = blocks
  .flatMap((b) => b.body.split('\n'))
  .map((line) => /(?:npx (?:--no-install )?)?\bccp ((?:check|diff)\b.*)$/.exec(line)?.[1])
  .filter((c): c is string => c !== undefined)
  .map((c) => c.split(' || ')[0]!.trim());

/** Splits a command line as sh would for the forms the page uses: words, "quoted ${VAR}" strings and `> file`. */
function shellWords(line: string, env: Record<string, string>): { argv: string[]; redirect?: string } {
  const words: string[] = [];
  const re = /"((?:[^"\\]|\\.)*)"|(\S+)/g;
  for (const m of line.matchAll(re)) {
    const raw = m[1] ?? m[2]!;
    words.push(raw.replace(/\$\{(\w+)\}|\$(\w+)/g, (_, a?: string, b?: string) => env[(a ?? b)!] ?? ''));
  }
  const at = words.indexOf('>');
  if (at < 0) return { argv: words };
  return { argv: [...words.slice(0, at), ...words.slice(at + 2)], redirect: words[at + 1]! };
}

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com', GIT_CONFIG_GLOBAL: '/dev/null' },
  });

/**
 * A repository as CI sees it: the example design committed on main (also as `origin/main`), then a pull request
 * that changes it in the working tree (a Nice function becomes Must).
 */
function ciRepo(fixture: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'ccp-docs-'));
  git(dir, 'init', '-q', '-b', 'main');
  cpSync(join(fixtures, 'ci-project/design'), join(dir, 'design'), { recursive: true });
  git(dir, 'add', '.');
  git(dir, 'commit', '-q', '-m', 'design');
  git(dir, 'update-ref', 'refs/remotes/origin/main', 'HEAD');
  if (fixture !== 'ci-project') cpSync(join(fixtures, fixture), join(dir, 'design'), { recursive: true });
  const main = join(dir, 'design/main.ccp');
  if (fixture === 'ci-project') writeFileSync(main, readFileSync(main, 'utf8').replace('priority: nice', 'priority: must'));
  return dir;
}

const ciEnv = { BASE_REF: 'main', CI_MERGE_REQUEST_TARGET_BRANCH_NAME: 'main' };

describe('docs/ci.md', () => {
  it('shows a GitHub workflow with SARIF upload and a PR comment, a GitLab job and a pre-commit hook', () => {
    expect(doc).toContain('uses: github/codeql-action/upload-sarif@v3');
    expect(doc).toContain('gh pr comment');
    expect(doc).toMatch(/reports:\n\s+junit: ccp-junit\.xml/);
    expect(doc).toContain('.git/hooks/pre-commit');
    expect(commandLines.length).toBeGreaterThanOrEqual(7);
    expect(commandLines.filter((c) => c.startsWith('diff')).length).toBeGreaterThanOrEqual(2);
    for (const format of ['sarif', 'github', 'junit']) expect(commandLines.some((c) => c.includes(`--format ${format}`))).toBe(true);
  });

  it('runs every ccp command line of the page on a clean design: exit 0 and valid outputs', async () => {
    const dir = ciRepo('ci-project');
    const validate = sarifValidator();
    for (const line of commandLines) {
      const { argv, redirect } = shellWords(line, ciEnv);
      const r = await run(argv, dir, ciEnv);
      expect(r.stderr, line).toBe('');
      expect(r.code, line).toBe(0);
      if (redirect) writeFileSync(join(dir, redirect), r.stdout);
    }
    expect(validate(JSON.parse(readFileSync(join(dir, 'ccp.sarif'), 'utf8')))).toBe(true);
    expect(parseXml(readFileSync(join(dir, 'ccp-junit.xml'), 'utf8')).attrs).toMatchObject({ failures: '0' });
    const comment = readFileSync(join(dir, 'ccp-diff.md'), 'utf8');
    expect(comment).toContain('Comparing `origin/main:design` with `design`.');
    expect(comment).toContain('| `send_email` Send an e-mail reply | Nice | Must | **procurement must re-send** |');
  });

  it('gates: every check command line exits 1 on a design with findings, and still writes its report', async () => {
    const dir = ciRepo('ci-findings');
    const validate = sarifValidator();
    for (const line of commandLines.filter((c) => c.startsWith('check'))) {
      const { argv, redirect } = shellWords(line, ciEnv);
      const r = await run(argv, dir, ciEnv);
      expect(r.code, line).toBe(1);
      expect(r.stdout.length, line).toBeGreaterThan(0);
      if (redirect) writeFileSync(join(dir, redirect), r.stdout);
    }
    expect(validate(JSON.parse(readFileSync(join(dir, 'ccp.sarif'), 'utf8')))).toBe(true);
    expect(Number(parseXml(readFileSync(join(dir, 'ccp-junit.xml'), 'utf8')).attrs.failures)).toBeGreaterThan(0);
  });

  it('the option table names only formats that exist', async () => {
    const dir = ciRepo('ci-project');
    const formats = [...doc.matchAll(/\| `--format (\w+)` \|/g)].map((m) => m[1]!);
    expect(formats).toEqual(['stylish', 'json', 'sarif', 'github', 'junit']);
    for (const format of formats) expect((await run(['check', 'design', '--format', format], dir)).code).toBe(0);
  });

  it('the pre-commit hook blocks a commit that adds a warning, as a real git hook', () => {
    const dir = ciRepo('ci-project');
    const hook = blocks.find((b) => b.lang === 'sh' && b.body.includes('ccp check'))!.body;
    writeFileSync(join(dir, '.git/hooks/pre-commit'), hook.replace('npx --no-install ccp', `"${process.execPath}" "${bin}"`));
    chmodSync(join(dir, '.git/hooks/pre-commit'), 0o755);
    const commit = () =>
      spawnSync('git', ['commit', '-q', '-am', 'change'], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com', GIT_CONFIG_GLOBAL: '/dev/null' },
      });
    const main = join(dir, 'design/main.ccp');
    writeFileSync(main, readFileSync(main, 'utf8') + '\nfunction unused_fn { priority: nice }\n');
    const blocked = commit();
    expect(blocked.status).toBe(1);
    expect(blocked.stdout + blocked.stderr).toMatch(/unused-function/);
    writeFileSync(main, readFileSync(main, 'utf8').replace('\nfunction unused_fn { priority: nice }\n', ''));
    const ok = commit();
    expect(ok.status).toBe(0);
    expect(ok.stderr).toContain('No problems found in 2 files.');
  });
});
