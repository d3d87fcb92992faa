import { describe, expect, it } from 'vitest';
import { orgText } from '../../scripts/bench/synthetic-org.mjs';
import { checkJson, runCli } from '../support/run-cli.js';
import { tempProject } from '../support/temp-project.js';

/**
 * Inputs that crashed or never finished before issue 22: a spread of 125k syntax problems overflowed the stack,
 * `reporting-cycle` was quadratic on a long `reports_to` chain, staffing's recursion overflowed on a 2,500-level
 * chain and was quadratic on a flat org. Each must now finish with the right answer. Sizes are modest; the 100k
 * timings are rows of `pnpm bench --only orgs`, not assertions here.
 */

interface RoleSummary {
  role: string;
  reports: number;
  required: number;
  channelFte: number;
}

async function staffingRoles(dir: string, designErrors = 0): Promise<Map<string, RoleSummary>> {
  // a design with errors is staffed only with --force, which says so on stderr and still exits 1
  const run = await runCli(['staffing', '.', '--format', 'json', ...(designErrors ? ['--force'] : [])], dir);
  if (designErrors) expect(run.stderr).toContain(`the design has ${designErrors} error${designErrors === 1 ? '' : 's'}; writing anyway (--force)`);
  else expect(run.stderr).toBe('');
  expect(run.code).toBe(designErrors ? 1 : 0);
  const json = JSON.parse(run.stdout) as { summary: { roles: RoleSummary[] } };
  return new Map(json.summary.roles.map((r) => [r.role, r]));
}

describe('inputs that overflowed the stack or never finished', () => {
  it('a file with 150,000 syntax errors is checked, with the first 50 and a summary', async () => {
    const dir = tempProject({ 'junk.ccp': '}\n'.repeat(150_000) });
    const run = await checkJson(dir);
    expect(run.stderr).not.toMatch(/internal|stack/i);
    expect(run.code).toBe(1);
    expect(run.findings.length).toBeGreaterThanOrEqual(51);
    expect(run.findings.length).toBeLessThan(60);
    expect(run.findings.some((f) => /149,?950 more/.test(f.message))).toBe(true);
  });

  it('a 50,000-role reports_to chain is checked, and has no reporting cycle', async () => {
    const dir = tempProject({ 'org.ccp': orgText(50_000, 'chain') });
    const run = await checkJson(dir);
    expect(run.code).toBe(0);
    expect(run.codes).not.toContain('reporting-cycle');
  });

  it('a 50,000-role reporting cycle is one finding, at its first role, with a short message', async () => {
    // the chain's head reports to its last role: one cycle through every role
    const text = orgText(50_000, 'chain').replace('role r0 "Head" {\n', 'role r0 "Head" {\n  reports_to: r49999\n');
    const run = await checkJson(tempProject({ 'org.ccp': text }));
    const cycles = run.findings.filter((f) => f.ruleId === 'reporting-cycle');
    expect(cycles).toHaveLength(1);
    expect(cycles[0]!.message).toMatch(/^Role 'r0' reports to itself through r0 -> r49999 -> r49998 -> .* \(49,989 more\) -> r1 -> r0;/);
    expect(cycles[0]!.message.length).toBeLessThan(300);
  });

  it('staffing counts supervisors up a 20,000-level reporting chain', async () => {
    const roles = await staffingRoles(tempProject({ 'org.ccp': orgText(20_000, 'chain') }));
    expect(roles.size).toBe(20_000);
    const last = roles.get('r19999')!;
    expect(last.channelFte).toBeGreaterThan(8);
    // each level supervises the one below with a span of 8: ceil(FTE / 8) above the agents, then 1 all the way up
    expect(roles.get('r19998')!.required).toBe(Math.ceil(last.required / 8 - 1e-9));
    expect(roles.get('r19997')!.reports).toBe(roles.get('r19998')!.required);
    expect(roles.get('r1')).toMatchObject({ reports: 1, required: 1 });
    expect(roles.get('r0')).toMatchObject({ reports: 1, required: 1 });
  });

  it('staffing counts a flat organisation of 50,000 roles under one manager', async () => {
    const roles = await staffingRoles(tempProject({ 'org.ccp': orgText(50_000, 'flat') }));
    const answering = roles.get('r1')!;
    // r1 answers the channel (its FTE); the other 49,998 count with their declared headcount of 2
    const reports = answering.required + 2 * 49_998;
    expect(roles.get('r0')!.reports).toBeCloseTo(reports, 2);
    expect(roles.get('r0')!.required).toBe(Math.ceil(reports / 10 - 1e-9));
  });

  it('staffing counts a role in a reporting cycle once, and finishes', async () => {
    const text = 'role a {\n  reports_to: b\n  span: 2\n  headcount: 3\n}\nrole b {\n  reports_to: a\n  span: 2\n  headcount: 3\n}\nrole c {\n  reports_to: a\n  headcount: 4\n}\n';
    // the reporting cycle is an error of the design (a rule's), so staffing needs --force
    const roles = await staffingRoles(tempProject({ 'org.ccp': text }), 1);
    // a: c's 4 people and b, where b meets a again (on the stack: counts as nobody) -> b needs 0, a needs ceil(4/2)
    expect(roles.get('a')).toMatchObject({ reports: 4, required: 2 });
  });
});
