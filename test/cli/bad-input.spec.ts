import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/paths.js';
import { checkJson, runCli } from '../support/run-cli.js';
import { tempProject } from '../support/temp-project.js';

const project = (files: Record<string, string | Buffer>) => tempProject(files, 'ccp-bad-');

const check = checkJson;

describe('bad input gives a clear finding and an exit code, never a crash', () => {
  it('an empty file', async () => {
    const r = await check(project({ 'empty.ccp': '' }));
    expect(r.codes).toContain('CCP1010');
    expect(r.code).toBe(0);
  });

  it('a binary file', async () => {
    const r = await check(project({ 'bin.ccp': Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 0xff, 0xfe, 0x00, 0x10]) }));
    expect(r.findings[0]).toMatchObject({ ruleId: 'CCP1007', severity: 'error', line: 1, column: 1 });
    expect(r.code).toBe(1);
  });

  it('invalid UTF-8', async () => {
    const r = await check(project({ 'latin1.ccp': Buffer.from('role r "Ob\xb3uga" {}', 'latin1') }));
    expect(r.codes).toEqual(['CCP1007']);
  });

  it('a BOM and CRLF line endings, with columns as an editor shows them', async () => {
    const r = await check(project({ 'crlf.ccp': '\ufeffrole agent {}\r\nprocess p {\r\n  step a { by: agnet  end }\r\n}\r\n' }));
    const ref = r.findings.find((f) => f.ruleId === 'undefined-reference')!;
    expect(ref).toMatchObject({ line: 3, column: 16 });
    expect(ref.message).toContain("Did you mean 'agent'?");
  });

  it('a 10 MB file', async () => {
    const lines: string[] = [];
    let size = 0;
    for (let i = 0; size < 10 * 1024 * 1024; i++) {
      const line = `role r${i} "Role ${i}" { headcount: 3 }\n`;
      lines.push(line);
      size += line.length;
    }
    const r = await check(project({ 'big.ccp': lines.join('') }));
    expect(r.code).toBe(0);
  });

  it('a 10 MB file of garbage caps its syntax errors', async () => {
    const r = await check(project({ 'junk.ccp': '}{ ::: @@@ ,,, "\n'.repeat(600_000) }));
    expect(r.code).toBe(1);
    expect(r.findings.length).toBeLessThanOrEqual(60);
    expect(r.findings[r.findings.length - 1]!.message).toMatch(/more syntax errors/);
  });

  it('1,000 levels of nested braces', async () => {
    const r = await check(project({ 'deep.ccp': 'group g { '.repeat(1000) + '}'.repeat(1000) }));
    expect(r.codes).toContain('CCP1009');
    expect(r.code).toBe(1);
  });

  it('an import cycle', async () => {
    const dir = project({ 'a.ccp': 'import "b.ccp"\nrole a {}', 'b.ccp': 'import "a.ccp"\nrole b {}' });
    const r = await check(dir, 'a.ccp');
    expect(r.findings.filter((f) => f.ruleId === 'CCP2010')).toHaveLength(1);
    expect(r.findings.find((f) => f.ruleId === 'CCP2010')!.message).toContain('a.ccp -> b.ccp -> a.ccp');
    expect(r.code).toBe(1);
  });

  it('an import of a missing file and of a path outside the project', async () => {
    const dir = project({ 'ccp.config.json': '{}', 'main.ccp': 'import "missing.ccp"\nimport "../../etc/passwd"\nrole r {}' });
    const r = await check(dir);
    expect(r.findings.map((f) => [f.ruleId, f.line, f.column])).toEqual([
      ['project-without-sponsor', 1, 1],
      ['CCP2008', 1, 8],
      ['CCP2009', 2, 8],
    ]);
    expect(r.code).toBe(1);
  });

  it('a missing path on the command line is a usage error', async () => {
    const r = await runCli(['check', 'no/such/dir'], repoRoot);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('ccp: no/such/dir: no such file or directory.\n');
  });

  it('a bad config names the bad key', async () => {
    const dir = project({ 'ccp.config.json': '{ "rulez": {}, "rules": { "unowned-stepp": "error", "dead-end-step": "loud" } }', 'a.ccp': '' });
    const r = await runCli(['check', '.'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("'rulez' is not a known setting (did you mean 'rules'?)");
    expect(r.stderr).toContain("'rules.dead-end-step' must be equal to one of the allowed values");
    const unknownRule = await runCli(['check', '.'], project({ 'ccp.config.json': '{ "rules": { "unowned-stepp": "error" } }' }));
    expect(unknownRule.stderr).toContain("'rules.unowned-stepp' is not a known rule (did you mean 'unowned-step'?)");
    const notJson = await runCli(['check', '.'], project({ 'ccp.config.json': '{ rules: ' }));
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toContain('is not valid JSON');
  });

  it('config severities apply', async () => {
    const dir = project({ 'ccp.config.json': '{ "rules": { "project-without-sponsor": "off", "dead-end-step": "error" } }', 'a.ccp': 'process p { step a {} }\ntouchpoint t { channel: c starts: p }\nchannel c { hours: "24/7" volume: 1/day }' });
    const r = await check(dir);
    expect(r.findings.map((f) => [f.ruleId, f.severity])).toEqual([
      ['dead-end-step', 'error'],
      ['unowned-step', 'error'],
    ]);
  });

  it('prints no stack trace from a real process, whatever the input', () => {
    const dir = project({ 'x.ccp': '\u0000\u0001garbage', 'y.ccp': 'role { ', 'ccp.config.json': '{}' });
    const bin = join(repoRoot, 'packages', 'cli', 'bin', 'ccp.js');
    for (const args of [['check', dir], ['check', join(dir, 'nope')], ['check', dir, '--format', 'nope'], ['nosuchcommand']]) {
      const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
      expect([0, 1, 2]).toContain(r.status);
      expect(r.stderr + r.stdout).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);
    }
    expect(execFileSync(process.execPath, [bin, '--version'], { encoding: 'utf8' }).trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
