import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cellString, cellText, loadExcelJS, writeSpecXlsx, buildSpecContent, looksLikeFormula } from '@ccp/generators/xlsx';
import { acmeModel, acmeSpec, fixturesDir, modelOf, projectWorkbook, specOptions, unzip } from './helpers.js';

describe('vendor spec workbook', () => {
  it('matches the golden projection (CCP_UPDATE_GOLDEN=1 to update)', async () => {
    const projection = JSON.stringify(await projectWorkbook(await acmeSpec()), null, 2) + '\n';
    const file = join(fixturesDir, 'xlsx-acme', 'expected.json');
    if (process.env.CCP_UPDATE_GOLDEN || !existsSync(file)) {
      mkdirSync(join(fixturesDir, 'xlsx-acme'), { recursive: true });
      writeFileSync(file, projection);
    }
    expect(projection).toBe(readFileSync(file, 'utf8'));
  });

  it('is byte-for-byte deterministic', async () => {
    const a = await acmeSpec();
    await new Promise((r) => setTimeout(r, 1100)); // cross a zip timestamp (2 s resolution) boundary risk
    const b = await acmeSpec();
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('has the sheets in the output language, the metadata very hidden', async () => {
    const p = (await projectWorkbook(await acmeSpec())) as { sheets: { name: string; state: string }[] };
    expect(p.sheets.map((s) => [s.name, s.state])).toEqual([
      ['Strona tytułowa', 'visible'],
      ['Funkcje', 'visible'],
      ['Procesy i kroki', 'visible'],
      ['Dane', 'visible'],
      ['Role i uprawnienia', 'visible'],
      ['Kanały i wolumeny', 'visible'],
      ['KPI i SLA', 'visible'],
      ['Wymagania pozafunkcjonalne', 'visible'],
      ['Metadane', 'veryHidden'],
    ]);
    const en = (await projectWorkbook(await writeSpecXlsx(acmeModel(), { ...specOptions, language: 'en' }))) as { sheets: { name: string; rows: string[][] }[] };
    expect(en.sheets.map((s) => s.name)).toEqual(['Cover', 'Functions', 'Processes and steps', 'Data', 'Roles and access', 'Channels and volumes', 'KPIs and SLAs', 'Non-functional', 'Metadata']);
    expect(en.sheets[1]!.rows[0]).toEqual(['Id', 'Area / system', 'Function', 'Description', 'Priority', 'Needed in (process › step)', 'Roles', 'Data recorded', 'Supported', 'Vendor comment', 'Cost']);
  });

  it('keeps one list validation per answer range, and it survives a read-back', async () => {
    const bytes = await acmeSpec();
    const xml = unzip(bytes).get('xl/worksheets/sheet2.xml')!.toString('utf8');
    const validations = [...xml.matchAll(/<dataValidation [^>]*sqref="([^"]+)"/g)].map((m) => m[1]);
    expect(validations.sort()).toEqual(['I2:I8', 'K2:K8']);
    expect(xml).toContain('<formula1>&quot;Tak,Częściowo,Nie,W planach&quot;</formula1>');
    const ExcelJS = await loadExcelJS();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Funkcje')!;
    for (const address of ['I2', 'I8']) {
      const v = (ws as unknown as { dataValidations: { find(a: string): { type: string; formulae: string[] } | undefined } }).dataValidations.find(address);
      expect(v?.type).toBe('list');
      expect(v?.formulae).toEqual(['"Tak,Częściowo,Nie,W planach"']);
    }
    // a filled copy written back by exceljs still carries them
    const again = new ExcelJS.Workbook();
    await again.xlsx.load((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const v = (again.getWorksheet('Funkcje') as unknown as { dataValidations: { find(a: string): { type: string } | undefined } }).dataValidations.find('I5');
    expect(v?.type).toBe('list');
  });

  it('writes frozen header, filter, landscape fit-to-width print setup and highlighted Must rows', async () => {
    const p = (await projectWorkbook(await acmeSpec())) as { sheets: Record<string, unknown>[] };
    const f = p.sheets[1]!;
    expect(f.frozen).toEqual({ x: 1, y: 1 });
    expect(f.autoFilter).toBeTruthy();
    expect(f.print).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' });
    expect(f.mustRows).toEqual([2, 3, 7, 8]);
  });

  it('derives non-functional requirements from the model', () => {
    const content = buildSpecContent(acmeModel(), specOptions);
    const nfr = content.requirements.filter((r) => r.sheet === 'nfr').map((r) => r.id);
    expect(nfr).toEqual(['nfr.gdpr', 'nfr.recordings', 'nfr.reports', 'nfr.telecom', 'nfr.backups', 'nfr.continuity', 'nfr.finance']);
    const bare = buildSpecContent(modelOf('function f "F" { priority: must }'), specOptions);
    expect(bare.requirements.map((r) => r.id)).toEqual(['f']);
  });

  it('adds extra sheets where asked', async () => {
    const bytes = await writeSpecXlsx(acmeModel(), {
      ...specOptions,
      extraSheets: [{ key: 'staffing', name: 'Obsada', after: 'channels', columns: [{ header: 'Kanał', width: 20 }, { header: 'FTE', width: 8, role: 'number' }], rows: [{ cells: ['Infolinia', 31.5] }] }],
    });
    const p = (await projectWorkbook(bytes)) as { sheets: { name: string; rows: string[][] }[] };
    const names = p.sheets.map((s) => s.name);
    expect(names.indexOf('Obsada')).toBe(names.indexOf('Kanały i wolumeny') + 1);
    expect(p.sheets[names.indexOf('Obsada')]!.rows).toEqual([['Kanał', 'FTE'], ['Infolinia', '31.5']]);
  });
});

describe('formula injection', () => {
  const dangerous = ['=1+1', '+1+1', '-1+1', '@SUM(1,1)', '\t=1+1', '\r=1+1', '=HYPERLINK("http://evil.example","x")'];

  it('stores text that looks like a formula as a shared string, never a formula', async () => {
    const source = dangerous.map((d, i) => `function f${i} ${JSON.stringify(d)} { priority: nice  description: ${JSON.stringify(d)} }`).join('\n');
    const model = modelOf(source);
    expect(model.functions.map((f) => f.name)).toEqual(dangerous);
    const bytes = await writeSpecXlsx(model, specOptions);
    const files = unzip(bytes);
    for (const [name, data] of files) if (name.startsWith('xl/worksheets/')) expect(data.toString('utf8'), name).not.toMatch(/<f[ >]/);
    const sheet = files.get('xl/worksheets/sheet2.xml')!.toString('utf8');
    const row2 = /<row r="2"[^>]*>(.*?)<\/row>/s.exec(sheet)![1]!;
    expect(/<c r="C2"[^>]*t="s"/.test(row2)).toBe(true);
    const ExcelJS = await loadExcelJS();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Functions')!;
    dangerous.forEach((d, i) => {
      expect(looksLikeFormula(d)).toBe(true);
      const cell = ws.getCell(`C${i + 2}`);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.numFmt).toBe('@'); // text format: editing the cell in a spreadsheet keeps it text
      expect(cell.value).toBe(d.replace('\r', '\n')); // line breaks are stored as LF
      expect(cellString(ws.getCell(`D${i + 2}`).value)).toBe(d.replace('\r', '\n'));
    });
  });

  it('cuts text at the cell limit and drops lone surrogates', () => {
    const long = cellText('a'.repeat(40_000));
    expect(long.length).toBe(32_767);
    expect(long.endsWith('…')).toBe(true);
    expect(cellText('x\uD800y\uDC00z\uD83D\uDE00')).toBe('xyz\uD83D\uDE00');
    expect(cellText('a\r\nb\rc')).toBe('a\nb\nc');
  });

  it('drops characters XML cannot carry instead of writing a corrupt file', async () => {
    const bytes = await writeSpecXlsx(modelOf('function f "a\\u0001b" { priority: nice description: "x\u0002y" }'), specOptions);
    const ExcelJS = await loadExcelJS();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    expect(cellString(wb.getWorksheet('Functions')!.getCell('D2').value)).toBe('xy');
  });
});
