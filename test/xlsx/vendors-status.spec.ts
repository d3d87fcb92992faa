import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadExcelJS, parseCost, readVendorAnswers } from '@ccp/generators/xlsx';
import { acmeSource, fillSpec } from './helpers.js';
import { runCli } from '../support/run-cli.js';

const allIds = ['open_ticket', 'send_email', 'live_chat', 'formula_plus', 'at_sign', 'audit_log', 'call_recording', 'nfr.gdpr', 'nfr.recordings', 'nfr.reports', 'nfr.telecom', 'nfr.backups', 'nfr.continuity', 'nfr.finance'];
const all = (a: string) => Object.fromEntries(allIds.map((id) => [id, a]));

async function offers(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'ccp-status-'));
  writeFileSync(join(dir, 'main.ccp'), acmeSource());
  const spec = await runCli(['spec', 'main.ccp', '--out', 'spec.xlsx', '--version', '1.0', '--date', '2026-11-22'], dir);
  expect(spec.code, spec.stderr).toBe(0);
  const bytes = new Uint8Array(readFileSync(join(dir, 'spec.xlsx')));
  writeFileSync(join(dir, 'alpha.xlsx'), await fillSpec(bytes, { vendor: 'Alpha', answers: all('yes') }));
  // two Musts blank and one on the roadmap: incomplete, not qualified
  writeFileSync(join(dir, 'beta.xlsx'), await fillSpec(bytes, { vendor: 'Beta', answers: { ...all('yes'), open_ticket: '', 'nfr.gdpr': '', send_email: 'roadmap' } }));
  // a Must answered No: disqualified
  writeFileSync(join(dir, 'gamma.xlsx'), await fillSpec(bytes, { vendor: 'Gamma', answers: { ...all('yes'), call_recording: 'no' } }));
  writeFileSync(join(dir, 'broken.xlsx'), bytes.slice(0, 2000));
  return dir;
}

describe('a ranking that survives bad files', () => {
  it('ranks every readable file, lists each unreadable one with its reason, and exits 3', async () => {
    const dir = await offers();
    const files = ['alpha.xlsx', 'beta.xlsx', 'gamma.xlsx', 'broken.xlsx', 'missing.xlsx'];
    const table = await runCli(['vendors', 'score', 'main.ccp', ...files, '--lang', 'en'], dir);
    expect(table.code).toBe(3);
    expect(table.stdout).toMatch(/1\s+Alpha\s+100\.00.*qualified/);
    expect(table.stdout).toMatch(/2\s+Beta\s.*incomplete \(Must blank, unreadable or on the roadmap: open_ticket, send_email, nfr\.gdpr\)/);
    expect(table.stdout).toMatch(/3\s+Gamma\s.*disqualified \(No on knock-out: call_recording\)/);
    expect(table.stdout).toContain('Not scored (2 of 5 files):');
    expect(table.stdout).toMatch(/broken\.xlsx: it is corrupted/);
    expect(table.stdout).toContain('missing.xlsx: no such file.');
    expect(table.stderr).toContain('ccp: 2 of 5 files cannot be scored; the ranking of the other 3 was written.');
    // the project is Polish (output_language: pl): without --lang the table, the reasons and ccp's own lines are Polish
    const polish = await runCli(['vendors', 'score', 'main.ccp', ...files], dir);
    expect(polish.code).toBe(3);
    expect(polish.stdout).toMatch(/#\s+Dostawca\s+Wynik\s+Wymagane: Tak\s+Pożądane: Tak\s+Bez odpowiedzi\s+Koszt łączny\s+Status/);
    expect(polish.stdout).toMatch(/1\s+Alpha\s+100,00 .*\(100%\).*zakwalifikowany/);
    expect(polish.stdout).toMatch(/2\s+Beta\s.*niekompletny \(wymagane bez odpowiedzi, nieczytelne lub w planach: open_ticket, send_email, nfr\.gdpr\)/);
    expect(polish.stdout).toMatch(/3\s+Gamma\s.*wykluczony \(Nie przy kryterium wykluczającym: call_recording\)/);
    expect(polish.stdout).toContain('Ocena: ważona według wymagań, punkty za odpowiedź: Tak 100, Częściowo 50, Nie 0, W planach 25; brak odpowiedzi 0; w % maksimum.');
    expect(polish.stdout).toContain('Nieocenione (2 z 5 plików):');
    expect(polish.stdout).toMatch(/broken\.xlsx: plik jest uszkodzony/);
    expect(polish.stdout).toContain('missing.xlsx: nie ma takiego pliku.');
    expect(polish.stdout).toMatch(/Beta: bez odpowiedzi: open_ticket, nfr\.gdpr/);
    expect(polish.stdout).not.toMatch(/\b(qualified|incomplete|unanswered|Score:|Vendor|row \d)/);
    expect(polish.stderr).toContain('ccp: nie da się ocenić 2 z 5 plików; zapisano ranking pozostałych (3).');

    const json = await runCli(['vendors', 'score', 'main.ccp', ...files, '--format', 'json'], dir);
    expect(json.code).toBe(3);
    const out = JSON.parse(json.stdout) as { vendors: { vendor: string; status: string; unanswered: string[]; incomplete: string[] }[]; failed: { file: string; reason: string }[] };
    expect(out.vendors.map((v) => [v.vendor, v.status])).toEqual([
      ['Alpha', 'qualified'],
      ['Beta', 'incomplete'],
      ['Gamma', 'disqualified'],
    ]);
    expect(out.vendors[1]!.unanswered).toEqual(['open_ticket', 'nfr.gdpr']);
    expect(out.failed.map((f) => f.file)).toEqual(['broken.xlsx', 'missing.xlsx']);
    expect(out.failed[1]!.reason).toBe('missing.xlsx: nie ma takiego pliku.');

    const xlsx = await runCli(['vendors', 'score', 'main.ccp', ...files, '--format', 'xlsx', '--out', 'ranking.xlsx'], dir);
    expect(xlsx.code).toBe(3);
    const ExcelJS = await loadExcelJS();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(join(dir, 'ranking.xlsx')) as unknown as ArrayBuffer);
    const summary = wb.worksheets[0]!;
    const texts: string[] = [];
    summary.eachRow((row) => texts.push((row.values as unknown[]).map((v) => (v === undefined || v === null ? '' : String(v))).join('|')));
    expect(texts.some((t) => t.includes('|Beta|') && t.includes('niekompletny'))).toBe(true);
    expect(texts.some((t) => t.includes('|Gamma|') && t.includes('wykluczony: Nie przy kryterium call_recording'))).toBe(true);
    // the Polish workbook says why in Polish too
    expect(texts.some((t) => t.includes('|missing.xlsx|missing.xlsx: nie ma takiego pliku.'))).toBe(true);
    expect(texts.some((t) => t.includes('Ocena: ważona według wymagań'))).toBe(true);
  });

  it('exits 2 and writes nothing when no file can be scored', async () => {
    const dir = await offers();
    const r = await runCli(['vendors', 'score', 'main.ccp', 'broken.xlsx', '--format', 'json'], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('ccp: nie da się ocenić jedynego pliku; ranking nie został zapisany.');
    expect((await runCli(['vendors', 'score', 'main.ccp', 'broken.xlsx', '--lang', 'en'], dir)).stderr).toContain('ccp: none of the 1 file can be scored; no ranking written.');
  });
});

describe('costs and formulas as vendors type them', () => {
  it('reads costs with currencies and separators, and refuses what only looks like a number inside other signs', () => {
    expect(parseCost('1 200,50 zł')).toBe(1200.5);
    expect(parseCost('1,200.50 PLN')).toBe(1200.5);
    expect(parseCost('€ 99')).toBe(99);
    expect(parseCost('1.200,50')).toBe(1200.5);
    expect(parseCost(' ')).toBeUndefined();
    expect(parseCost('@SUM(1,2)')).toBe('invalid');
    expect(parseCost('=1+2')).toBe('invalid');
    expect(parseCost('(1,2)')).toBe('invalid');
    expect(parseCost('1,2,3')).toBe('invalid');
    expect(parseCost('about 100')).toBe('invalid');
    // a qualifier is no currency: 'about 100', 'from 100', 'up to 100' are not 100
    for (const qualified of ['ok. 100', 'ca. 100', 'od 100 zł', 'do 100', '100 tys. zł']) expect(parseCost(qualified), qualified).toBe('invalid');
    for (const [text, n] of [['100 EUR.', 100], ['USD 5', 5], ['99 $', 99], ['12,50 zl', 12.5], ['£19', 19], ['R$ 10', 10], ['US$ 7', 7]] as const) expect(parseCost(text), text).toBe(n);
    expect(parseCost({ formula: '100*12', result: 1200 })).toBe(1200);
  });

  it('warns about a formula in an answer cell, naming the cell (exceljs)', async () => {
    const dir = await offers();
    const ExcelJS = await loadExcelJS();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(join(dir, 'alpha.xlsx')) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Funkcje')!;
    ws.getCell('K2').value = { formula: '100*12', result: 1200 } as never;
    ws.getCell('I3').value = { formula: 'IF(1,"Tak","Nie")', result: 'Tak' } as never;
    const r = await readVendorAnswers(new Uint8Array(await wb.xlsx.writeBuffer()), 'f.xlsx');
    if (!r.ok) throw new Error(r.error);
    expect(r.value.warnings).toEqual([
      'Funkcje, cell K2 (=100*12): a formula; its last computed value is used. Ask the vendor for a plain value.',
      'Funkcje, cell I3 (=IF(1,"Tak","Nie")): a formula; its last computed value is used. Ask the vendor for a plain value.',
    ]);
    expect(r.value.answers.get('open_ticket')?.cost).toBe(1200);
  });
});

describe('the version on the cover', () => {
  it('says "uncommitted changes" when a design file is modified or untracked', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ccp-version-'));
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, encoding: 'utf8' }).trim();
    git('init', '-q');
    writeFileSync(join(dir, 'main.ccp'), acmeSource());
    writeFileSync(join(dir, '.gitignore'), 'out/\n');
    git('add', '.');
    git('commit', '-qm', 'design');
    const sha = git('rev-parse', '--short', 'HEAD');
    const version = async () => {
      const r = await runCli(['spec', '.', '--out', 'out/spec.xlsx', '--date', '2026-11-22'], dir);
      expect(r.code, r.stderr).toBe(0);
      const read = await readVendorAnswers(new Uint8Array(readFileSync(join(dir, 'out', 'spec.xlsx'))), 'spec.xlsx');
      if (!read.ok) throw new Error(read.error);
      return read.value.metadata.version;
    };
    expect(await version()).toBe(sha); // the generated spec itself, in an ignored folder, does not count
    writeFileSync(join(dir, 'extra.ccp'), 'role extra_agent "Extra" {}\n');
    expect(await version()).toBe(`${sha} (uncommitted changes)`);
    git('add', 'extra.ccp');
    git('commit', '-qm', 'extra');
    const sha2 = git('rev-parse', '--short', 'HEAD');
    expect(await version()).toBe(sha2);
    writeFileSync(join(dir, 'main.ccp'), acmeSource() + '\n');
    expect(await version()).toBe(`${sha2} (uncommitted changes)`);
  });
});
