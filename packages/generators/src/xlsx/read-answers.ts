import type { OutputLanguage, Priority } from '@ccp/core';
import type { Workbook, Worksheet } from 'exceljs';
import { loadExcelJS } from './exceljs.js';
import { labelsFor, parseAnswer, type Answer } from './labels.js';
import type { RequirementSheet } from './requirements.js';
import { metadataFormat, metadataMarker, type MetadataRow, type SpecMetadata } from './spec-content.js';
import { checkZip, defaultReadLimits, type ReadLimits } from './zip-guard.js';

/** A vendor's answer to one requirement, as read from a filled copy. */
export interface VendorAnswer {
  id: string;
  sheet: RequirementSheet;
  /** Row it was found on (the vendor may have sorted). */
  row: number;
  answer?: Answer;
  /** The Supported cell as written, when it is not a known answer. */
  invalid?: string;
  comment: string;
  cost?: number;
}

/** Everything read from one filled copy. */
export interface VendorAnswers {
  /** The name on the cover, else the file's label. */
  vendor: string;
  file: string;
  metadata: SpecMetadata;
  answers: Map<string, VendorAnswer>;
  /** Problems that do not stop scoring: unknown answers, duplicated or missing rows, unreadable costs. */
  warnings: string[];
}

export type ReadResult = { ok: true; value: VendorAnswers } | { ok: false; error: string };

type Cell = unknown;

/** The text a cell shows, whatever exceljs made of it (rich text, hyperlink, formula result, date). */
export function cellString(v: Cell): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    const o = v as { richText?: { text: string }[]; text?: unknown; result?: unknown; error?: unknown };
    if (Array.isArray(o.richText)) return o.richText.map((r) => r.text).join('');
    if (o.text !== undefined) return cellString(o.text);
    if (o.result !== undefined) return cellString(o.result);
  }
  return '';
}

/** A cost as a number: `1200`, `1 200,50`, `1,200.50 PLN`; undefined when empty or unreadable. */
export function parseCost(v: Cell): number | undefined | 'invalid' {
  if (typeof v === 'number') return Number.isFinite(v) ? v : 'invalid';
  if (v && typeof v === 'object' && 'result' in (v as object)) return parseCost((v as { result: unknown }).result);
  const s = cellString(v).replace(/[\s\u00a0]/g, '').replace(/[^\d.,-]+$/, '').replace(/^[^\d.,-]+/, '');
  if (!s) return cellString(v).trim() ? 'invalid' : undefined;
  let norm = s;
  if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) norm = s.replace(/,/g, '');
  else if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) norm = s.replace(/\./g, '').replace(',', '.');
  else norm = s.replace(',', '.');
  const n = Number(norm);
  return /^-?\d+(\.\d+)?$/.test(norm) && Number.isFinite(n) ? n : 'invalid';
}

function findMetadata(wb: Workbook): Worksheet | undefined {
  return wb.worksheets.find((ws) => cellString(ws.getCell('A1').value) === metadataMarker);
}

function readMetadata(ws: Worksheet): SpecMetadata | string {
  const format = Number(cellString(ws.getCell('B1').value));
  if (format !== metadataFormat) return `it was made by another version of ccp (metadata format ${format || '?'}, expected ${metadataFormat})`;
  const kv = new Map<string, string>();
  let row = 2;
  for (; row <= ws.rowCount && cellString(ws.getCell(row, 1).value) !== ''; row++) kv.set(cellString(ws.getCell(row, 1).value), cellString(ws.getCell(row, 2).value));
  while (row <= ws.rowCount && cellString(ws.getCell(row, 1).value) !== 'sheet') row++;
  if (row > ws.rowCount) return 'its metadata sheet is damaged (no requirement table)';
  const requirements: MetadataRow[] = [];
  for (row++; row <= ws.rowCount; row++) {
    const sheet = cellString(ws.getCell(row, 1).value);
    if (!sheet) continue;
    if (sheet !== 'functions' && sheet !== 'nfr') return `its metadata sheet is damaged (row ${row})`;
    const priority = cellString(ws.getCell(row, 5).value);
    requirements.push({
      sheet,
      row: Number(cellString(ws.getCell(row, 2).value)) || 0,
      id: cellString(ws.getCell(row, 3).value),
      hash: cellString(ws.getCell(row, 4).value),
      priority: priority === 'must' || priority === 'nice' ? (priority as Priority) : '',
      weight: Number(cellString(ws.getCell(row, 6).value)) || 0,
    });
  }
  const language = kv.get('language') === 'pl' ? 'pl' : 'en';
  return {
    format,
    project: kv.get('project') ?? '',
    projectName: kv.get('projectName') ?? '',
    version: kv.get('version') ?? '',
    date: kv.get('date') ?? '',
    language: language as OutputLanguage,
    vendorNameCell: kv.get('vendorNameCell') ?? 'B11',
    requirements,
  };
}

interface SheetColumns {
  id: number;
  supported: number;
  comment: number;
  cost: number;
}

function locateColumns(ws: Worksheet, headers: { id: string; supported: string; comment: string; cost: string }, fallback: SheetColumns): SheetColumns | undefined {
  const found: Partial<SheetColumns> = {};
  const header = ws.getRow(1);
  for (let c = 1; c <= Math.min(header.cellCount, 200); c++) {
    const text = cellString(header.getCell(c).value).trim();
    for (const key of ['id', 'supported', 'comment', 'cost'] as const) if (text === headers[key] && found[key] === undefined) found[key] = c;
  }
  if (found.id === undefined && found.supported === undefined) return undefined;
  return { ...fallback, ...found };
}

function readSheet(
  wb: Workbook,
  sheet: RequirementSheet,
  meta: SpecMetadata,
  limits: ReadLimits,
  out: Map<string, VendorAnswer>,
  warnings: string[],
): string | undefined {
  const l = labelsFor(meta.language);
  const expected = meta.requirements.filter((r) => r.sheet === sheet);
  if (expected.length === 0) return undefined;
  const name = l.sheets[sheet];
  const ws = wb.getWorksheet(name);
  if (!ws) return `its sheet '${name}' is missing (was it renamed or deleted?)`;
  if (ws.rowCount > limits.maxRows) return `its sheet '${name}' has ${ws.rowCount} rows, more than ${limits.maxRows}`;
  const fallback = sheet === 'functions' ? { id: 1, supported: 9, comment: 10, cost: 11 } : { id: 1, supported: 7, comment: 8, cost: 9 };
  const cols = locateColumns(ws, { id: sheet === 'functions' ? l.functions.id : l.nfr.id, supported: l.functions.supported, comment: l.functions.comment, cost: l.functions.cost }, fallback);
  if (!cols) return `its sheet '${name}' has no '${l.functions.id}' and '${l.functions.supported}' header row`;
  const known = new Set(expected.map((r) => r.id));
  for (let n = 2; n <= ws.rowCount; n++) {
    const row = ws.getRow(n);
    const id = cellString(row.getCell(cols.id).value).trim();
    if (!id) continue;
    if (!known.has(id)) {
      // reference rows on the non-functional sheet name functions answered elsewhere
      if (!(sheet === 'nfr' && meta.requirements.some((r) => r.id === id))) warnings.push(`${name}, row ${n}: '${id}' is not a requirement of the specification; ignored.`);
      continue;
    }
    const supported = cellString(row.getCell(cols.supported).value).trim();
    const answer = parseAnswer(supported);
    const cost = parseCost(row.getCell(cols.cost).value);
    const value: VendorAnswer = {
      id,
      sheet,
      row: n,
      answer,
      comment: cellString(row.getCell(cols.comment).value).trim(),
      cost: typeof cost === 'number' ? cost : undefined,
    };
    if (supported && !answer) {
      value.invalid = supported;
      warnings.push(`${name}, row ${n}: '${supported}' is not one of ${Object.values(l.answers).join(', ')}; '${id}' counts as unanswered.`);
    }
    if (cost === 'invalid') warnings.push(`${name}, row ${n}: the cost '${cellString(row.getCell(cols.cost).value)}' is not a number; not counted.`);
    const previous = out.get(id);
    if (previous) {
      warnings.push(`${name}, row ${n}: '${id}' appears again (first on row ${previous.row}); the first row counts.`);
      continue;
    }
    out.set(id, value);
  }
  for (const r of expected) if (!out.has(r.id)) warnings.push(`${name}: the row for '${r.id}' is missing; it counts as unanswered.`);
  return undefined;
}

/**
 * Reads a vendor's filled copy of the spec: checks the archive, finds the hidden metadata, then reads the
 * answers by id (rows may have been sorted or filtered). Never throws on a bad file: the error says what is wrong.
 * `file` names the file in messages; the vendor's name comes from the cover, else from `file`.
 */
export async function readVendorAnswers(bytes: Uint8Array, file: string, limits: ReadLimits = defaultReadLimits): Promise<ReadResult> {
  const fail = (why: string): ReadResult => ({ ok: false, error: `${file}: ${why}.` });
  const zipProblem = checkZip(bytes, limits);
  if (zipProblem) return fail(zipProblem);
  const ExcelJS = await loadExcelJS();
  const wb = new ExcelJS.Workbook();
  try {
    // only values are read back: skipping the rest (validations expand to one entry per cell) halves the time
    await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer, {
      ignoreNodes: ['dataValidations', 'conditionalFormatting', 'hyperlinks', 'mergeCells', 'autoFilter', 'pageSetup', 'headerFooter', 'sheetViews', 'cols', 'drawing', 'picture', 'legacyDrawing', 'extLst'],
    } as never);
  } catch (error) {
    return fail(`it is not a readable XLSX workbook (${error instanceof Error ? error.message.split('\n')[0] : 'unknown error'})`);
  }
  const metaSheet = findMetadata(wb);
  if (!metaSheet) return fail('it is not a ccp vendor specification (no ccp metadata sheet); send vendors the file made by `ccp spec`');
  const meta = readMetadata(metaSheet);
  if (typeof meta === 'string') return fail(meta);
  const answers = new Map<string, VendorAnswer>();
  const warnings: string[] = [];
  for (const sheet of ['functions', 'nfr'] as const) {
    const problem = readSheet(wb, sheet, meta, limits, answers, warnings);
    if (problem) return fail(problem);
  }
  const cover = wb.getWorksheet(labelsFor(meta.language).sheets.cover);
  let vendor = '';
  try {
    vendor = cover ? cellString(cover.getCell(meta.vendorNameCell).value).trim() : '';
  } catch {
    vendor = '';
  }
  return { ok: true, value: { vendor: vendor || file.replace(/^.*[\\/]/, '').replace(/\.xlsx$/i, ''), file, metadata: meta, answers, warnings } };
}
