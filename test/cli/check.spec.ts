import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { examplesDir, repoRoot } from '../support/paths.js';
import { runCli } from '../support/run-cli.js';
import { tempProject } from '../support/temp-project.js';

describe('ccp check', () => {
  it('prints findings grouped by file with a code frame and a summary line', async () => {
    const r = await runCli(['check', 'examples/gaps'], repoRoot);
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('examples/gaps/gaps.ccp');
    expect(r.stdout).toContain(
      "examples/gaps/gaps.ccp:92:13  error  Step 'check' writes 'customer', but its role 'agent' has no write access to it",
    );
    expect(r.stdout).toContain('> 92 |     writes: customer\n     |             ^^^^^^^^');
    expect(lines.filter(Boolean).pop()).toMatch(/^\d+ errors, \d+ warnings in 1 file\.$/);
  });

  it('says so when there is nothing to report, and exits 0', async () => {
    const r = await runCli(['check', join(examplesDir, 'acme-contact-center')], repoRoot);
    expect(r.stdout).toBe('No problems found in 10 files.\n');
    expect(r.code).toBe(0);
  });

  it('prints the documented JSON shape with 1-based positions', async () => {
    const r = await runCli(['check', 'examples/gaps', '--format', 'json'], repoRoot);
    const out = JSON.parse(r.stdout) as { findings: Record<string, unknown>[]; summary: { errors: number; warnings: number } };
    expect(out.summary.errors).toBeGreaterThan(0);
    for (const f of out.findings) {
      expect(Object.keys(f)).toEqual(expect.arrayContaining(['ruleId', 'severity', 'message', 'file', 'line', 'column', 'endLine', 'endColumn']));
      expect(f.line).toBeGreaterThanOrEqual(1);
      expect(f.column).toBeGreaterThanOrEqual(1);
    }
    expect(out.findings.filter((f) => f.severity === 'error')).toHaveLength(out.summary.errors);
  });

  it('includes syntax errors with their codes as ruleId', async () => {
    const r = await runCli(['check', 'test/fixtures/syntax-errors', '--format', 'json'], repoRoot);
    const out = JSON.parse(r.stdout) as { findings: { ruleId: string; line: number; column: number }[] };
    expect(out.findings.filter((f) => f.ruleId.startsWith('CCP1')).map((f) => [f.ruleId, f.line, f.column])).toEqual([
      ['CCP1005', 7, 3],
      ['CCP1004', 10, 10],
      ['CCP1006', 12, 1],
    ]);
    expect(r.code).toBe(1);
  });

  it('accepts a single file and several paths', async () => {
    const one = await runCli(['check', 'examples/acme-contact-center/project.ccp'], repoRoot);
    expect(one.stdout).toBe('No problems found in 10 files.\n');
    // several paths make one project
    const two = await runCli(['check', 'examples/acme-contact-center/processes', 'examples/acme-contact-center/project.ccp'], repoRoot);
    expect(two.stdout).toBe('No problems found in 10 files.\n');
    expect(two.code).toBe(0);
  });

  it('treats unknown formats and rules as usage errors', async () => {
    expect((await runCli(['check', 'examples/gaps', '--format', 'xml'], repoRoot)).code).toBe(2);
    const r = await runCli(['check', 'examples/gaps', '--rule', 'unowned-stp=off'], repoRoot);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("did you mean 'unowned-step'?");
  });

  it('honours --rule, --quiet and --max-warnings', async () => {
    const quiet = await runCli(['check', 'examples/gaps', '--quiet', '--format', 'json'], repoRoot);
    expect((JSON.parse(quiet.stdout) as { summary: { warnings: number } }).summary.warnings).toBe(0);
    const args = ['check', 'examples/gaps', '--format', 'json'];
    const offs = ['undefined-reference', 'duplicate-id', 'unowned-step', 'missing-data-access', 'function-not-permitted', 'next-crosses-process', 'decision-without-otherwise', 'shares-do-not-add-up', 'grant-contradicts-deny', 'reporting-cycle', 'unreadable-hours', 'profile-does-not-add-up', 'satisfaction-out-of-range'];
    const noErrors = [...args, ...offs.flatMap((id) => ['--rule', `${id}=off`])];
    expect((await runCli(noErrors, repoRoot)).code).toBe(0);
    expect((await runCli([...noErrors, '--max-warnings', '0'], repoRoot)).code).toBe(1);
    expect((await runCli([...noErrors, '--max-warnings', '1000'], repoRoot)).code).toBe(0);
  });
});

describe('ccp check --lang', () => {
  it('gives rule findings in Polish, and refuses another language', async () => {
    const pl = await runCli(['check', 'examples/gaps', '--lang', 'pl', '--format', 'json'], repoRoot);
    const messages = (JSON.parse(pl.stdout) as { findings: { ruleId: string; message: string }[] }).findings;
    expect(messages.find((f) => f.ruleId === 'unowned-step')!.message).toContain('nie ma roli wykonującej');
    expect((await runCli(['check', 'examples/gaps', '--lang', 'de'], repoRoot)).code).toBe(2);
    const stylish = await runCli(['check', 'examples/gaps', '--lang', 'pl'], repoRoot);
    expect(stylish.stdout).toMatch(/\d+ błęd(y|ów), \d+ ostrzeże(nia|ń) w 1 pliku\.\n$/);
    // a Polish project (output_language: pl) gets Polish without --lang
    expect((await runCli(['check', 'examples/sklep-internetowy'], repoRoot)).stdout).toBe('Brak problemów w 6 plikach.\n');
  });
});

describe('the ccp process', () => {
  it('stops quietly when its output pipe closes early', async () => {
    const { spawnSync } = await import('node:child_process');
    const bin = join(repoRoot, 'packages', 'cli', 'bin', 'ccp.js');
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${bin}" check examples/gaps | head -1`], { cwd: repoRoot, encoding: 'utf8' });
    expect(r.stdout).toBe('examples/gaps/gaps.ccp\n');
    expect(r.stderr).toBe('');
  });

  it("the summary counts every file the list names, a file no import reaches too", async () => {
    const dir = tempProject({
      'main.ccp': 'project p { sponsor: boss }\nrole boss { headcount: 2 }\n',
      'draft.ccp': 'role old {}\n',
    });
    const r = await runCli(['check', 'main.ccp'], dir);
    expect(r.stdout).toContain('draft.ccp:1:1  warning');
    expect(r.stdout.trimEnd().split('\n').pop()).toBe('0 errors, 1 warning in 2 files.');
  });
});

