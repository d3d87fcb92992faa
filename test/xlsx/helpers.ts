import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync, deflateRawSync } from 'node:zlib';
import type { Model } from '@ccp/core';
import { analyzeSources } from '@ccp/language';
import { cellString, loadExcelJS, writeSpecXlsx, type Answer, labelsFor } from '@ccp/generators/xlsx';
import { repoRoot } from '../support/paths.js';

export const fixturesDir = join(repoRoot, 'test', 'fixtures');
export const acmeSource = () => readFileSync(join(fixturesDir, 'xlsx-acme', 'input.ccp'), 'utf8');
export const specOptions = { version: '1.0', date: '2026-11-22' };

export function modelOf(text: string): Model {
  const a = analyzeSources({ 'main.ccp': text });
  const errors = a.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length) throw new Error(errors.map((d) => d.message).join('\n'));
  return a.model;
}

export const acmeModel = () => modelOf(acmeSource());

export async function acmeSpec(): Promise<Uint8Array> {
  return writeSpecXlsx(acmeModel(), specOptions);
}

/** Entries of a zip archive by name (stored and deflated only; enough for what exceljs writes). */
export function unzip(bytes: Uint8Array): Map<string, Buffer> {
  const buf = Buffer.from(bytes);
  const out = new Map<string, Buffer>();
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  for (let i = 0; i < count; i++) {
    const method = buf.readUInt16LE(at + 10);
    const size = buf.readUInt32LE(at + 20);
    const nameLen = buf.readUInt16LE(at + 28);
    const name = buf.subarray(at + 46, at + 46 + nameLen).toString('utf8');
    const local = buf.readUInt32LE(at + 42);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(start, start + size);
    out.set(name.replace(/^\//, ''), method === 8 ? inflateRawSync(data) : Buffer.from(data));
    at += 46 + nameLen + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
  }
  return out;
}

/** A zip archive from entries; `declaredSize` lets a test lie about an entry's size. */
export function makeZip(entries: { name: string; data: Buffer; declaredSize?: number }[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const data = deflateRawSync(e.data);
    const size = e.declaredSize ?? e.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += 30 + name.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, cd, end]));
}

export interface Fill {
  vendor?: string;
  answers: Record<string, Answer | string>;
  costs?: Record<string, number | string>;
  comments?: Record<string, string>;
  /** Reverse the answer rows of the Functions sheet, as a vendor sorting the table would. */
  reverse?: boolean;
  language?: 'en' | 'pl';
}

/** Fills a copy of the spec as a vendor would, with exceljs, and returns the new bytes. */
export async function fillSpec(bytes: Uint8Array, fill: Fill): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJS();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const l = labelsFor(fill.language ?? 'pl');
  if (fill.vendor !== undefined) wb.getWorksheet(l.sheets.cover)!.getCell('B11').value = fill.vendor;
  for (const [name, answerCol] of [
    [l.sheets.functions, 9],
    [l.sheets.nfr, 7],
  ] as const) {
    const ws = wb.getWorksheet(name)!;
    if (fill.reverse && name === l.sheets.functions) {
      const rows: unknown[][] = [];
      for (let n = 2; n <= ws.rowCount; n++) rows.push((ws.getRow(n).values as unknown[]).slice(1));
      rows.reverse();
      rows.forEach((values, i) => (ws.getRow(i + 2).values = values as never));
    }
    for (let n = 2; n <= ws.rowCount; n++) {
      const row = ws.getRow(n);
      const id = cellString(row.getCell(1).value);
      const a = fill.answers[id];
      if (a !== undefined) row.getCell(answerCol).value = (l.answers as Record<string, string>)[a] ?? a;
      if (fill.comments?.[id] !== undefined) row.getCell(answerCol + 1).value = fill.comments[id]!;
      if (fill.costs?.[id] !== undefined) row.getCell(answerCol + 2).value = fill.costs[id]!;
    }
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/**
 * A deterministic JSON projection of a workbook as read back by exceljs: what a reviewer should see change in a
 * golden diff (sheets, states, frozen panes, filters, print setup, widths, validations, values, highlighted rows).
 */
export async function projectWorkbook(bytes: Uint8Array): Promise<unknown> {
  const ExcelJS = await loadExcelJS();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return {
    created: wb.created?.toISOString(),
    sheets: wb.worksheets.map((ws) => {
      const view = ws.views?.[0] as { state?: string; xSplit?: number; ySplit?: number } | undefined;
      const ps = ws.pageSetup;
      const rows: string[][] = [];
      const highlighted: number[] = [];
      ws.eachRow({ includeEmpty: true }, (row, n) => {
        const values: string[] = [];
        for (let c = 1; c <= ws.columnCount; c++) values.push(cellString(row.getCell(c).value));
        while (values.length && values[values.length - 1] === '') values.pop();
        rows.push(values);
        const fill = row.getCell(1).fill as { fgColor?: { argb?: string } } | undefined;
        if (n > 1 && fill?.fgColor?.argb === 'FFFCE4D6') highlighted.push(n);
      });
      return {
        name: ws.name,
        state: ws.state,
        frozen: view?.state === 'frozen' ? { x: view.xSplit ?? 0, y: view.ySplit ?? 0 } : null,
        autoFilter: ws.autoFilter ?? null,
        print: { orientation: ps.orientation ?? null, fitToPage: ps.fitToPage ?? null, fitToWidth: ps.fitToWidth ?? null, fitToHeight: ps.fitToHeight ?? null, printTitlesRow: ps.printTitlesRow ?? null },
        widths: ws.columns?.map((c) => c.width ?? null) ?? [],
        validations: (ws as unknown as { dataValidations: { model: unknown } }).dataValidations.model,
        mustRows: highlighted,
        rows,
      };
    }),
  };
}
