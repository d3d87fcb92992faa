import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { examplesDir, repoRoot } from '../support/paths.js';
import { runCli } from '../support/run-cli.js';

/**
 * Money in staffing.xlsx is a number LibreOffice can add: the workbook that `ccp staffing --format xlsx` writes is
 * opened in LibreOffice Calc through its UNO bridge (test/xlsx/support/lo-sum.py), a SUM is typed under a cost
 * column and recalculated, and the sum must equal the amounts `ccp staffing` printed in its table. The Polish file
 * also shows `zł` after the amount with a decimal comma under the pl-PL locale. Skipped without LibreOffice, except
 * on CI, where it fails.
 */
const hasUno = spawnSync('/usr/bin/python3', ['-c', 'import uno'], { timeout: 30_000 }).status === 0 && spawnSync('soffice', ['--version'], { timeout: 60_000 }).status === 0;
if (process.env.CI && !hasUno) throw new Error('LibreOffice with its Python UNO bridge (python3-uno) is required on CI for the staffing money test.');

const work = mkdtempSync(join(tmpdir(), 'ccp-staffing-money-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface LoCell {
  value: number;
  string: string;
  type: string;
  format: string;
  polish: string;
}

function loSums(input: string, sheet: string, columns: { title: string; header: string }[]): { sum: number; error: number; cells: LoCell[] }[] {
  const job = join(work, 'job.json');
  writeFileSync(job, JSON.stringify({ profile: join(work, 'profile'), input, sheet, columns }));
  const out = execFileSync('/usr/bin/python3', [join(repoRoot, 'test', 'xlsx', 'support', 'lo-sum.py'), job], { encoding: 'utf8', timeout: 240_000 });
  return JSON.parse(out) as { sum: number; error: number; cells: LoCell[] }[];
}

/** The cells of a column of a text table printed by `ccp staffing`, from the table under `title`. */
function printedColumn(stdout: string, title: string, header: string): string[] {
  const lines = stdout.split('\n');
  const at = lines.indexOf(title);
  const head = lines[at + 1]!;
  const start = head.indexOf(header);
  const next = head.slice(start + header.length).search(/\S/);
  const end = next < 0 ? undefined : start + header.length + next;
  const cells: string[] = [];
  for (const line of lines.slice(at + 3)) {
    if (!line.trim()) break;
    cells.push(line.slice(start, end).trim());
  }
  return cells;
}

/** `44,36 zł`, `1 234,50 zł` (Polish) or `44.36 GBP` -> 44.36 / 1234.5. */
function amount(text: string, language: 'en' | 'pl'): number {
  const number = text.replace(/[^\d.,-]/g, '');
  return Number(language === 'pl' ? number.replace(/\./g, '').replace(',', '.') : number.replace(/,/g, ''));
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

const english = `project uk "UK insurer" { output_language: en }
role handler "Claims handler" { rate: 1850.5 GBP/h  headcount: 4 }
channel phone "Phone" { hours: "Mo-Fr 08:00-18:00"  volume: 400/day  aht: 5m  handled_by: handler }
process claim "Claim" {
  step register { by: handler  time: 45m  next: settle }
  step settle { by: handler  time: 2h  end }
}
process query "Query" {
  step answer { by: handler  time: 6m  end }
}
`;

describe.skipIf(!hasUno)('staffing.xlsx money in LibreOffice', () => {
  it('Polish: the SUM of the cost columns equals the printed amounts; cells are numbers shown as "6,30 zł"', async () => {
    const project = join(examplesDir, 'sklep-internetowy');
    const table = await runCli(['staffing', project]);
    expect(table.code).toBe(0);
    const file = join(work, 'pl.xlsx');
    expect((await runCli(['staffing', project, '--format', 'xlsx', '--out', file])).code).toBe(0);
    const [perCase, perContact] = loSums(file, 'Obsada', [
      { title: 'Koszt jednej sprawy w procesie', header: 'Wszystkie kroki' },
      { title: 'Kanały', header: 'Koszt kontaktu' },
    ]);
    const printedCase = printedColumn(table.stdout, 'Koszt jednej sprawy w procesie', 'wszystkie kroki');
    const printedContact = printedColumn(table.stdout, 'Kanały', 'koszt/kontakt');
    expect(printedCase.length).toBeGreaterThan(1);
    expect(printedCase.every((c) => /^\d+,\d\d\u00a0zł$/.test(c))).toBe(true);
    for (const [column, printed] of [[perCase!, printedCase], [perContact!, printedContact]] as const) {
      expect(column.error).toBe(0);
      expect(column.cells.map((c) => c.type)).toEqual(printed.map(() => 'value'));
      expect(column.sum).toBeCloseTo(sum(printed.map((p) => amount(p, 'pl'))), 6);
      expect(column.cells.every((c) => c.format === '#,##0.00 "zł"')).toBe(true);
      // what a Polish Calc shows: the printed text, decimal comma and zł after the amount
      expect(column.cells.map((c) => c.polish.replace(/[\u00a0\u202f]/g, ' '))).toEqual(printed.map((p) => p.replace(/\u00a0/g, ' ')));
    }
  }, 300_000);

  it('English, GBP and thousands: the SUM equals the printed amounts; the format puts £ before the amount', async () => {
    const source = join(work, 'uk.ccp');
    writeFileSync(source, english);
    const table = await runCli(['staffing', source]);
    expect(table.code).toBe(0);
    const file = join(work, 'en.xlsx');
    expect((await runCli(['staffing', source, '--format', 'xlsx', '--out', file])).code).toBe(0);
    const [perCase] = loSums(file, 'Staffing', [{ title: 'Cost of one case per process', header: 'All steps' }]);
    const printed = printedColumn(table.stdout, 'Cost of one case per process', 'all steps');
    expect(printed).toEqual(['5088.88 GBP', '185.05 GBP']);
    expect(perCase!.cells.every((c) => c.type === 'value' && c.format === '"£"#,##0.00')).toBe(true);
    expect(perCase!.cells.map((c) => c.string)).toEqual(['£5,088.88', '£185.05']);
    expect(perCase!.cells.map((c) => c.polish.replace(/[\u00a0\u202f]/g, ' '))).toEqual(['£5 088,88', '£185,05']);
    expect(perCase!.sum).toBeCloseTo(sum(printed.map((p) => amount(p, 'en'))), 6);
  }, 300_000);
});
