import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSpecContent, cellText, loadExcelJS, readVendorAnswers, specMismatch } from '@ccp/generators/xlsx';
import { acmeModel, acmeSpec, fillSpec, specOptions, unzip } from './helpers.js';

/** LibreOffice's binary, if installed (Debian package `libreoffice-calc`). */
function soffice(): string | undefined {
  for (const bin of ['soffice', 'libreoffice']) {
    const r = spawnSync(bin, ['--version'], { encoding: 'utf8', timeout: 60_000 });
    if (r.status === 0) return bin;
  }
  return undefined;
}

const bin = soffice();
if (!bin && process.env.CI) throw new Error('LibreOffice (Debian package libreoffice-calc) is required on CI for the real-client XLSX tests.');

/** Parses RFC 4180 CSV (quoted fields may hold commas, quotes and line breaks). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(field), (field = '');
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field), rows.push(row), (row = []), (field = '');
    } else field += ch;
  }
  if (field || row.length) row.push(field), rows.push(row);
  return rows;
}

const work = mkdtempSync(join(tmpdir(), 'ccp-lo-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function convert(input: string, filter: string, outDir: string): void {
  execFileSync(bin!, [`-env:UserInstallation=file://${join(work, 'profile')}`, '--headless', '--norestore', '--convert-to', filter, '--outdir', outDir, input], {
    stdio: 'pipe',
    timeout: 120_000,
  });
}

const trimRight = (cells: string[]) => {
  const out = [...cells];
  while (out.length && out[out.length - 1] === '') out.pop();
  return out;
};

describe.skipIf(!bin)('LibreOffice reads the spec', () => {
  it('shows every sheet with the content that was written (UTF-8, formulas not evaluated)', async () => {
    const input = join(work, 'spec.xlsx');
    writeFileSync(input, await acmeSpec());
    const out = join(work, 'csv');
    convert(input, 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1', out);
    const content = buildSpecContent(acmeModel(), specOptions);
    const csv = (sheet: string) => parseCsv(readFileSync(join(out, `spec-${sheet}.csv`), 'utf8')).map(trimRight);
    expect(readdirSync(out).length).toBe(content.tables.length + 2);
    for (const t of content.tables) {
      const rows = csv(t.name);
      const expected = [t.columns.map((c) => c.header), ...t.rows.map((r) => r.cells.map((v) => (v === null ? '' : typeof v === 'number' ? String(v) : cellText(v))))].map(trimRight);
      expect(rows.slice(0, expected.length), t.name).toEqual(expected);
    }
    const functions = csv(content.labels.sheets.functions);
    expect(functions.find((r) => r[0] === 'at_sign')?.slice(2, 4)).toEqual(['@SUM(1,1)', '=1+1']);
    expect(functions.find((r) => r[0] === 'formula_plus')?.[3]).toBe('-2+3');
    const cover = csv(content.labels.sheets.cover);
    expect(cover.map((r) => r.join('|'))).toEqual(
      content.cover.map((l) => trimRight(l.style === 'title' || l.style === 'heading' ? [l.value ?? ''] : [l.label ?? '', l.value ?? '']).join('|')),
    );
    const meta = csv(content.labels.sheets.metadata);
    expect(meta[0]!.slice(0, 2)).toEqual(['ccp-vendor-spec', '1']);
  });

  it('keeps the filter and print titles when it saves the spec (headless, it drops view settings such as frozen panes)', async () => {
    const input = join(work, 'pristine.xlsx');
    writeFileSync(input, await acmeSpec());
    const out = join(work, 'pristine-resaved');
    convert(input, 'xlsx:Calc MS Excel 2007 XML', out);
    const files = unzip(new Uint8Array(readFileSync(join(out, 'pristine.xlsx'))));
    // kept thanks to the sheet-local _xlnm._FilterDatabase name that exceljs alone does not write
    expect([...files].some(([name, xml]) => name.startsWith('xl/worksheets/') && xml.toString('utf8').includes('<autoFilter ref="A1:K8"'))).toBe(true);
    const workbook = files.get('xl/workbook.xml')!.toString('utf8');
    expect(workbook).toMatch(/localSheetId="1" name="_xlnm._FilterDatabase"/);
    expect(workbook).toMatch(/localSheetId="1" name="_xlnm.Print_Titles"[^>]*>Funkcje!\$1:\$1</);
  });

  it('keeps the dropdowns when it saves a filled copy, and the copy still scores', async () => {
    const input = join(work, 'filled.xlsx');
    writeFileSync(input, await fillSpec(await acmeSpec(), { vendor: 'Żółw Sp. z o.o.', answers: { open_ticket: 'yes', send_email: 'partial' }, costs: { open_ticket: 1200 } }));
    const out = join(work, 'resaved');
    convert(input, 'xlsx:Calc MS Excel 2007 XML', out);
    const bytes = new Uint8Array(readFileSync(join(out, 'filled.xlsx')));
    const ExcelJS = await loadExcelJS();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const v = (wb.getWorksheet('Funkcje') as unknown as { dataValidations: { find(a: string): { type: string; formulae: string[] } | undefined } }).dataValidations.find('I3');
    expect(v?.type).toBe('list');
    expect(v?.formulae[0]).toBe('"Tak,Częściowo,Nie,W planach"');
    expect(wb.getWorksheet('Metadane')!.state).not.toBe('visible');
    const read = await readVendorAnswers(bytes, 'filled.xlsx');
    if (!read.ok) throw new Error(read.error);
    expect(read.value.vendor).toBe('Żółw Sp. z o.o.');
    expect(read.value.answers.get('open_ticket')).toMatchObject({ answer: 'yes', cost: 1200 });
    expect(read.value.answers.get('send_email')?.answer).toBe('partial');
    expect(specMismatch(read.value.metadata, acmeModel())).toBeUndefined();
  });
});
