import { mkdtempSync, readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadExcelJS, rankVendors, readVendorAnswers, specMismatch, specRequirements, writeSpecXlsx, formatScoreTable, defaultReadLimits } from '@ccp/generators/xlsx';
import { acmeModel, acmeSource, acmeSpec, fillSpec, makeZip, modelOf, specOptions } from './helpers.js';
import { runCli } from '../support/run-cli.js';

async function read(bytes: Uint8Array, file = 'vendor.xlsx') {
  const r = await readVendorAnswers(bytes, file);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

async function readError(bytes: Uint8Array, limits = defaultReadLimits): Promise<string> {
  const r = await readVendorAnswers(bytes, 'bad.xlsx', limits);
  if (r.ok) throw new Error('expected an error');
  return r.error;
}

const allIds = ['open_ticket', 'send_email', 'live_chat', 'formula_plus', 'at_sign', 'audit_log', 'call_recording', 'nfr.gdpr', 'nfr.recordings', 'nfr.reports', 'nfr.telecom', 'nfr.backups', 'nfr.continuity', 'nfr.finance'];
const all = (a: string) => Object.fromEntries(allIds.map((id) => [id, a]));

describe('round trip: generate, fill, score', () => {
  it('reads answers back by id after the vendor sorted the rows, and ranks vendors', async () => {
    const spec = await acmeSpec();
    const alpha = await fillSpec(spec, { vendor: 'Alpha', answers: all('yes'), costs: { open_ticket: 1000, live_chat: '2 500,50 zł' }, reverse: true });
    const beta = await fillSpec(spec, { vendor: 'Beta', answers: { ...all('yes'), send_email: 'no' }, costs: { open_ticket: 10 } });
    const gamma = await fillSpec(spec, { vendor: 'Gamma', answers: { ...all('partial'), live_chat: 'roadmap', at_sign: '', formula_plus: 'Maybe' } });
    const vendors = [await read(alpha, 'alpha.xlsx'), await read(beta, 'beta.xlsx'), await read(gamma, 'gamma.xlsx')];
    expect(vendors[0]!.answers.get('open_ticket')).toMatchObject({ answer: 'yes', cost: 1000, row: 8 });
    expect(vendors[0]!.answers.get('live_chat')?.cost).toBe(2500.5);
    const reqs = specRequirements(acmeModel(), 'pl');
    const ranked = rankVendors(reqs, vendors);
    expect(ranked.map((s) => [s.rank, s.vendor, s.disqualified])).toEqual([
      [1, 'Alpha', false],
      [2, 'Gamma', false],
      [3, 'Beta', true],
    ]);
    const [a, g, b] = ranked;
    expect(a!.score).toBe(100);
    expect(a!.totalCost).toBe(3500.5);
    expect(a!.must).toMatchObject({ total: 10, yes: 10, coverage: 1 });
    expect(b!.failedMusts).toEqual(['send_email']);
    // weights: must 3 (call_recording 5), nice 1; Gamma: Partial everywhere, Roadmap on live_chat, two unanswered
    const weights = reqs.reduce((s, r) => s + r.weight, 0);
    const expected = (reqs.reduce((s, r) => s + r.weight * (r.id === 'live_chat' ? 0.25 : r.id === 'at_sign' || r.id === 'formula_plus' ? 0 : 0.5), 0) / weights) * 100;
    expect(g!.score).toBeCloseTo(expected, 2);
    expect(g!.unanswered).toEqual(['formula_plus', 'at_sign']);
    expect(g!.nice).toMatchObject({ total: 4, partial: 1, roadmap: 1, unanswered: 2, coverage: 0 });
    expect(g!.warnings.some((w) => w.includes("'Maybe'"))).toBe(true);
    expect(formatScoreTable(ranked)).toMatch(/1 {2}Alpha/);
  });

  it('falls back to the file name when the cover has no vendor name', async () => {
    const v = await read(await fillSpec(await acmeSpec(), { answers: {} }), 'offers/callpro.xlsx');
    expect(v.vendor).toBe('callpro');
  });
});

describe('bad files', () => {
  it('rejects a file that is not a zip, an old .xls, a truncated file', async () => {
    expect(await readError(new TextEncoder().encode('id,name\n1,2\n'))).toMatch(/not an XLSX file/);
    expect(await readError(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]))).toMatch(/old binary \.xls/);
    const spec = await acmeSpec();
    expect(await readError(spec.slice(0, spec.length - 100))).toMatch(/corrupted/);
    const damaged = spec.slice();
    damaged.fill(7, 200, 600);
    expect(await readError(damaged)).toMatch(/corrupted|not a readable/);
  });

  it('rejects a zip bomb before inflating it fully, and sizes the archive lies about', async () => {
    const bomb = makeZip([{ name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(8 * 1024 * 1024) }]);
    expect(bomb.length).toBeLessThan(64 * 1024);
    expect(await readError(bomb, { ...defaultReadLimits, maxTotalBytes: 1024 * 1024 })).toMatch(/zip bomb/);
    expect(await readError(bomb, { ...defaultReadLimits, maxEntryBytes: 1024 * 1024 })).toMatch(/zip bomb/);
    const liar = makeZip([{ name: 'xl/workbook.xml', data: Buffer.alloc(4 * 1024 * 1024), declaredSize: 100 }]);
    expect(await readError(liar)).toMatch(/does not unpack to its declared 100 bytes/);
  });

  it('caps the rows of a sheet before loading it', async () => {
    expect(await readError(await acmeSpec(), { ...defaultReadLimits, maxRows: 10 })).toMatch(/a sheet \(xl\/worksheets\/sheet1\.xml\) has 2\d rows, more than 10/);
  });

  it('rejects a workbook that is not our spec', async () => {
    const ExcelJS = await loadExcelJS();
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Offer').addRow(['Id', 'Supported']);
    expect(await readError(new Uint8Array(await wb.xlsx.writeBuffer()))).toMatch(/not a ccp vendor specification/);
    expect(await readError(makeZip([{ name: 'hello.txt', data: Buffer.from('hi') }]))).toMatch(/not a readable XLSX|not a ccp/);
  });

  it('says when a spec belongs to another project', async () => {
    const other = await writeSpecXlsx(modelOf(acmeSource().replace('project acme', 'project beta')), specOptions);
    const v = await read(other);
    expect(specMismatch(v.metadata, acmeModel())).toMatch(/specification of project 'beta'.*not of 'acme'/);
  });

  it('says which functions changed when the spec is of another version', async () => {
    const older = acmeSource()
      .replace('function live_chat "Czat na stronie"', 'function live_chat "Czat"')
      .replace(/function audit_log[^\n]*\n/, 'function old_fax "Faks" { priority: nice }\n');
    const v = await read(await writeSpecXlsx(modelOf(older), { ...specOptions, version: '0.9' }));
    const why = specMismatch(v.metadata, acmeModel())!;
    expect(why).toMatch(/version 0\.9 of 2026-11-22/);
    expect(why).toMatch(/added since: 'audit_log'/);
    expect(why).toMatch(/removed since: 'old_fax'/);
    expect(why).toMatch(/changed since \(text, priority, weight, area, category, roles or data\): 'live_chat'/);
    expect(specMismatch((await read(await acmeSpec())).metadata, acmeModel())).toBeUndefined();
  });
});

describe('ccp spec and ccp vendors score', () => {
  it('writes the workbook and scores filled copies, in every format', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ccp-xlsx-'));
    writeFileSync(join(dir, 'main.ccp'), acmeSource());
    const spec = await runCli(['spec', 'main.ccp', '--out', 'out/spec.xlsx', '--version', '2.0', '--date', '2026-01-31'], dir);
    expect(spec.code, spec.stderr).toBe(0);
    expect(readdirSync(join(dir, 'out'))).toEqual(['spec.xlsx']); // no temp file left behind
    const bytes = new Uint8Array(readFileSync(join(dir, 'out', 'spec.xlsx')));
    expect((await read(bytes)).metadata).toMatchObject({ project: 'acme', version: '2.0', date: '2026-01-31', language: 'pl' });
    writeFileSync(join(dir, 'a.xlsx'), await fillSpec(bytes, { vendor: 'Alpha', answers: all('yes') }));
    writeFileSync(join(dir, 'b.xlsx'), await fillSpec(bytes, { vendor: 'Beta', answers: { ...all('yes'), open_ticket: 'no' } }));
    const table = await runCli(['vendors', 'score', 'main.ccp', 'a.xlsx', 'b.xlsx', '--lang', 'en'], dir);
    expect(table.code, table.stderr).toBe(0);
    expect(table.stdout).toMatch(/1\s+Alpha\s+100\.00/);
    expect(table.stdout).toMatch(/disqualified \(No on knock-out: open_ticket\)/);
    const json = await runCli(['vendors', 'score', 'main.ccp', 'a.xlsx', 'b.xlsx', '--format', 'json'], dir);
    expect(JSON.parse(json.stdout).vendors.map((v: { vendor: string }) => v.vendor)).toEqual(['Alpha', 'Beta']);
    const xlsx = await runCli(['vendors', 'score', 'main.ccp', 'a.xlsx', 'b.xlsx', '--format', 'xlsx', '--out', 'ranking.xlsx'], dir);
    expect(xlsx.code, xlsx.stderr).toBe(0);
    const ExcelJS = await loadExcelJS();
    const ranking = new ExcelJS.Workbook();
    await ranking.xlsx.load(readFileSync(join(dir, 'ranking.xlsx')) as unknown as ArrayBuffer);
    expect(ranking.worksheets.map((w) => w.name)).toEqual(['Podsumowanie', 'Porównanie', 'Alpha', 'Beta']);
    expect(ranking.worksheets[0]!.getRow(2).values).toEqual([undefined, 1, 'Alpha', 'a.xlsx', 100, 100, undefined, '10/10', '4/4', 0, 0, undefined, 0, 'zakwalifikowany']);
    expect(String(ranking.worksheets[0]!.getCell('M3').value)).toBe('wykluczony: Nie przy kryterium open_ticket');
  });

  it('fails with clear messages and exit 2, without a stack trace', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ccp-xlsx-'));
    writeFileSync(join(dir, 'main.ccp'), acmeSource());
    writeFileSync(join(dir, 'notes.xlsx'), 'just text');
    writeFileSync(join(dir, 'old.xlsx'), await writeSpecXlsx(modelOf(acmeSource().replace('"Nagrywanie rozmów"', '"Nagrania"')), specOptions));
    const r = await runCli(['vendors', 'score', 'main.ccp', 'notes.xlsx', 'old.xlsx', 'missing.xlsx', '--lang', 'en'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('notes.xlsx: it is not an XLSX file (not a zip archive).');
    expect(r.stderr).toMatch(/old\.xlsx: it was made from another version.*changed since \(text, priority, weight, area, category, roles or data\): 'call_recording'/);
    expect(r.stderr).toContain('missing.xlsx: no such file');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    // the project is Polish: without --lang the same reasons in Polish
    const pl = await runCli(['vendors', 'score', 'main.ccp', 'notes.xlsx', 'old.xlsx', 'missing.xlsx'], dir);
    expect(pl.code).toBe(2);
    expect(pl.stderr).toContain('ccp: notes.xlsx: to nie jest plik XLSX (nie jest archiwum zip).');
    expect(pl.stderr).toMatch(/old\.xlsx: powstała z innej wersji projektu \(wersja 1\.0 z 2026-11-22\); zmienione od tamtej wersji \(treść, priorytet, waga, obszar, kategoria, role lub dane\): 'call_recording'\. Oceń ją według tamtej wersji/);
    expect(pl.stderr).toContain('ccp: missing.xlsx: nie ma takiego pliku.');
    const badDate = await runCli(['spec', 'main.ccp', '--out', 's.xlsx', '--date', '2026-13-01'], dir);
    expect(badDate.code).toBe(2);
    expect(badDate.stderr).toContain('--date 2026-13-01: expected a date as YYYY-MM-DD.');
  });
});
