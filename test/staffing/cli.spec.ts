import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadExcelJS } from '@ccp/generators/xlsx';
import { examplesDir } from '../support/paths.js';
import { runCli } from '../support/run-cli.js';

const acme = join(examplesDir, 'acme-contact-center');
const tmp = mkdtempSync(join(tmpdir(), 'ccp-staffing-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface Row {
  channel: string;
  agents: number;
  [key: string]: unknown;
}

describe('ccp staffing', () => {
  it('adds the shift plan with --shifts: every candidate, the coverage and the total, in JSON and as a table', async () => {
    const run = await runCli(['staffing', acme, '--shifts', '--format', 'json']);
    expect(run.code).toBe(0);
    type Shifts = { total: number; channels: { channel: string; status: string; source: string }[]; patterns: { id: string; covers: string[]; agents: number }[]; coverage: { interval: string; required: number; planned: number }[] };
    const { shifts, rows } = JSON.parse(run.stdout) as { shifts: Shifts; rows: Row[] };
    expect(shifts.channels.find((c) => c.channel === 'phone')).toMatchObject({ status: 'optimal', source: 'declared' });
    expect(shifts.patterns.some((p) => p.agents === 0)).toBe(true); // empty candidates are listed too
    expect(shifts.patterns.find((p) => p.id === 'early mo 07:30')).toBeDefined();
    for (const c of shifts.coverage) expect(c.planned).toBeGreaterThanOrEqual(c.required);
    expect(shifts.total).toBe(shifts.patterns.reduce((s, p) => s + p.agents, 0));
    expect(rows.length).toBeGreaterThan(0);
    const table = await runCli(['staffing', acme, '--shifts']);
    expect(table.stdout).toContain(`Shift plan: ${shifts.total} agents`);
    const xlsx = await runCli(['staffing', acme, '--shifts', '--format', 'xlsx', '--out', join(tmp, 'x.xlsx')]);
    expect(xlsx.code).toBe(2);
  });

  it('prints rows in the JSON contract for the ACME example', async () => {
    const run = await runCli(['staffing', acme, '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as { rows: Row[]; summary: { channels: { channel: string }[] } };
    expect(json.rows.length).toBeGreaterThan(10);
    const contract = ['channel', 'interval', 'intervalSeconds', 'volume', 'ahtSeconds', 'targetPercent', 'targetSeconds', 'agents', 'serviceLevel', 'asaSeconds', 'occupancy', 'fte'];
    for (const row of json.rows) for (const k of contract) expect(row).toHaveProperty(k);
    // phone has patience (Erlang A), a weekly and an intraday profile, and an occupancy cap
    const phone = json.rows.filter((r) => r.channel === 'phone');
    // Mo-Fr 08:00-20:00 and Sa 09:00-15:00 with an 08:00-19:00 profile: 12 rows a weekday, Saturday only 09:00-14:00
    expect(phone).toHaveLength(5 * 12 + 6);
    expect(phone.filter((r) => r.interval.startsWith('sa ')).map((r) => r.interval)).toEqual(['sa 09:00', 'sa 10:00', 'sa 11:00', 'sa 12:00', 'sa 13:00', 'sa 14:00']);
    expect(phone.every((r) => r.model === 'erlang-a' && r.maxOccupancy === 0.85)).toBe(true);
    expect(json.summary.channels.map((c) => c.channel)).toEqual(['phone', 'email', 'chat']);
  });

  it('prints tables by default, and a scenario beside the baseline', async () => {
    const run = await runCli(['staffing', acme, '--scenario', 'email_shift']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('People per role (supervisors from span of control)');
    expect(run.stdout).toContain('Scenario email_shift "Customers move from phone to email": 60% phone -> email; email aht 8m');
  });

  it('adds the scenario to JSON output', async () => {
    const run = await runCli(['staffing', acme, '--format', 'json', '--scenario', 'black_friday']);
    const json = JSON.parse(run.stdout) as { rows: Row[]; scenario: { id: string; rows: Row[] }; comparison: { channel: string; deltaFte: number }[] };
    expect(json.scenario.id).toBe('black_friday');
    expect(json.scenario.rows).toHaveLength(json.rows.length);
    expect(json.comparison.find((c) => c.channel === 'chat')!.deltaFte).toBeGreaterThan(0);
  });

  it('names the scenarios when the one asked for does not exist', async () => {
    const run = await runCli(['staffing', acme, '--scenario', 'email_shfit']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("did you mean 'email_shift'?");
    expect(run.stdout).toBe('');
  });

  it('writes a staffing workbook with --format xlsx --out', async () => {
    const out = join(tmp, 'staffing.xlsx');
    const run = await runCli(['staffing', acme, '--format', 'xlsx', '--out', out, '--scenario', 'email_shift']);
    expect(run.code).toBe(0);
    const ExcelJS = await loadExcelJS();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Staffing', 'Scenario']);
    const ws = wb.getWorksheet('Staffing')!;
    const header = ws.getRow(3).values as unknown[];
    expect(header).toContain('Agents');
    expect(ws.getRow(4).getCell(1).value).toBe('phone');
    expect(typeof ws.getRow(4).getCell(10).value).toBe('number');
  });

  it('staffs a seasonality month and rejects unknown months', async () => {
    const dec = JSON.parse((await runCli(['staffing', acme, '--format', 'json', '--month', 'dec'])).stdout) as { summary: { month: string; channels: { channel: string; weeklyContacts: number }[] } };
    expect(dec.summary.month).toBe('dec');
    expect(dec.summary.channels.find((c) => c.channel === 'phone')!.weeklyContacts).toBe(7200 * 1.4);
    const bad = await runCli(['staffing', acme, '--month', 'grudzień']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--month grudzień: expected one of jan');
  });

  it('refuses xlsx on standard output and leaves no file behind on errors', async () => {
    expect((await runCli(['staffing', acme, '--format', 'xlsx'])).code).toBe(2);
    const out = join(tmp, 'broken.json');
    const broken = join(tmp, 'broken.ccp');
    writeFileSync(broken, 'channel phone {\n  volume: 100/day\n  aht: 5m\n');
    const run = await runCli(['staffing', broken, '--format', 'json', '--out', out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/broken\.ccp:\d+:\d+ {2}error {2}/);
    expect(existsSync(out)).toBe(false);
  });
});

describe('docs/staffing.md', () => {
  it('shows output that ccp staffing really prints', async () => {
    const doc = readFileSync(join(examplesDir, '..', 'docs', 'staffing.md'), 'utf8');
    for (const [, command, shown] of doc.matchAll(/```\n\$ ccp (staffing [^\n]+)\n([\s\S]*?)```/g)) {
      const args = command!.split(' ').map((a) => (a.startsWith('examples/') ? join(examplesDir, a.slice('examples/'.length)) : a));
      const run = await runCli(args);
      expect(run.code).toBe(0);
      const printed = new Set(run.stdout.split('\n'));
      for (const line of shown!.split('\n').filter((l) => l && l !== '...')) expect(printed, line).toContain(line);
    }
  });
});
