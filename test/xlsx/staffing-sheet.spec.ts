import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Model, OutputLanguage } from '@ccp/core';
import { staffingReport } from '@ccp/staffing';
import { staffingSpecSheet } from '@ccp/generators/staffing';
import { cellString, loadExcelJS, writeSpecXlsx } from '@ccp/generators/xlsx';
import { expectGolden } from '../support/golden.js';
import { runCli } from '../support/run-cli.js';
import { acmeModel, acmeSource, fixturesDir, modelOf, projectWorkbook, specOptions, unzip } from './helpers.js';

const tmp = mkdtempSync(join(tmpdir(), 'ccp-xlsx-staffing-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const headers: Record<OutputLanguage, string[]> = {
  en: ['Channel', 'Interval', 'Volume', 'AHT (s)', 'Target', 'Agents', 'Service level (%)', 'Occupancy (%)', 'Abandoned (%)', 'FTE'],
  pl: ['Kanał', 'Przedział', 'Wolumen', 'AHT (s)', 'Cel', 'Konsultanci', 'Poziom obsługi (%)', 'Obłożenie (%)', 'Porzucone (%)', 'Etaty (FTE)'],
};

const specWithStaffing = (model: Model, language: OutputLanguage) =>
  writeSpecXlsx(model, { ...specOptions, language, extraSheets: [staffingSpecSheet(staffingReport(model), language)] });

async function readBack(bytes: Uint8Array) {
  const ExcelJS = await loadExcelJS();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return { ExcelJS, wb };
}

describe('staffing sheet in the vendor spec', () => {
  for (const [language, channels, name] of [
    ['en', 'Channels and volumes', 'Staffing'],
    ['pl', 'Kanały i wolumeny', 'Obsada'],
  ] as const) {
    it(`follows the channels sheet with the headers in ${language}, numbers as numbers (read back with exceljs)`, async () => {
      const model = acmeModel();
      const report = staffingReport(model);
      const { ExcelJS, wb } = await readBack(await specWithStaffing(model, language));
      const names = wb.worksheets.map((w) => w.name);
      expect(names.indexOf(name)).toBe(names.indexOf(channels) + 1);
      const ws = wb.getWorksheet(name)!;
      const header = (ws.getRow(1).values as unknown[]).slice(1);
      expect(header).toEqual(headers[language]);
      expect(ws.getCell('C2').type).toBe(ExcelJS.ValueType.Number);
      expect(ws.getCell('F2').value).toBe(report.rows[0]!.agents);
      expect(ws.getCell('I2').value).toBe(report.rows[0]!.abandoned * 100);
      expect(ws.getCell('J2').value).toBe(report.rows[0]!.fte);
      // one row per channel and interval, a blank row, then the note with the shrinkage
      expect(cellString(ws.getCell(`A${report.rows.length + 3}`).value)).toMatch(language === 'en' ? /^Shrinkage 0%; 40 paid hours/ : /^Absencja i czas poza obsługą \(shrinkage\) 0%; 40 płatnych/);
    });
  }

  it('is byte-for-byte deterministic and matches the golden projection (CCP_UPDATE_GOLDEN=1 to update)', async () => {
    const a = await specWithStaffing(acmeModel(), 'pl');
    const b = await specWithStaffing(acmeModel(), 'pl');
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const p = (await projectWorkbook(a)) as { sheets: { name: string }[] };
    expectGolden(join(fixturesDir, 'xlsx-acme', 'expected-staffing.json'), JSON.stringify(p.sheets.find((s) => s.name === 'Obsada'), null, 2) + '\n');
  });

  it('writes a channel name that looks like a formula as text, never a formula', async () => {
    const model = modelOf('channel phone "=HYPERLINK(\\"http://evil.example\\",\\"x\\")" { hours: "Mo-Fr 08:00-16:00"  volume: 100/day  aht: 3m }');
    const bytes = await specWithStaffing(model, 'en');
    for (const [entry, data] of unzip(bytes)) if (entry.startsWith('xl/worksheets/')) expect(data.toString('utf8'), entry).not.toMatch(/<f[ >]/);
    const { ExcelJS, wb } = await readBack(bytes);
    const cell = wb.getWorksheet('Staffing')!.getCell('A2');
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe('=HYPERLINK("http://evil.example","x")');
  });
});

describe('ccp spec', () => {
  it('adds the staffing sheet when a channel has a volume, and none otherwise', async () => {
    const dir = mkdtempSync(join(tmp, 'p'));
    writeFileSync(join(dir, 'main.ccp'), acmeSource());
    const run = await runCli(['spec', 'main.ccp', '--out', 'spec.xlsx', '--version', '1', '--date', '2026-11-22'], dir);
    expect(run.code, run.stderr).toBe(0);
    const bytes = new Uint8Array(readFileSync(join(dir, 'spec.xlsx')));
    expect((await readBack(bytes)).wb.worksheets.map((w) => w.name)).toContain('Obsada');
    const again = await runCli(['spec', 'main.ccp', '--out', 'again.xlsx', '--version', '1', '--date', '2026-11-22'], dir);
    expect(again.code).toBe(0);
    expect(Buffer.from(readFileSync(join(dir, 'again.xlsx'))).equals(Buffer.from(bytes))).toBe(true);
    const en = await runCli(['spec', 'main.ccp', '--out', 'en.xlsx', '--language', 'en', '--version', '1', '--date', '2026-11-22'], dir);
    expect(en.code).toBe(0);
    expect((await readBack(new Uint8Array(readFileSync(join(dir, 'en.xlsx'))))).wb.worksheets.map((w) => w.name)).toContain('Staffing');

    writeFileSync(join(dir, 'main.ccp'), 'channel phone "Phone" { aht: 3m }\nfunction f "F" { priority: must }\n');
    const none = await runCli(['spec', 'main.ccp', '--out', 'none.xlsx', '--version', '1', '--date', '2026-11-22'], dir);
    expect(none.code, none.stderr).toBe(0);
    const sheets = (await readBack(new Uint8Array(readFileSync(join(dir, 'none.xlsx'))))).wb.worksheets.map((w) => w.name);
    expect(sheets).not.toContain('Staffing');
    expect(sheets).toContain('Channels and volumes');
  });
});
