import type { OutputLanguage, Priority } from '@ccp/core';
import type { Workbook, Worksheet } from 'exceljs';
import { loadExcelJS } from './exceljs.js';
import { answers, labelsFor, parseAnswer, type Answer } from './labels.js';
import type { RequirementSheet } from './requirements.js';
import { metadataFormat, metadataMarker, type MetadataRow, type SpecMetadata } from './spec-content.js';
import { cellFormula, cellString, parseCost } from './cell-values.js';
import { checkZip, defaultReadLimits, type ReadLimits } from './zip-guard.js';

/** A vendor's answer to one requirement, as read from a filled copy. */
export interface VendorAnswer {
  id: string;
  sheet: RequirementSheet;
  /** Row it was found on (the vendor may have sorted). */
  row: number;
  answer?: Answer;
  /** The score on the tender's 0-5 scale, when it has one (then `answer` is unset). */
  score?: number;
  /** The Supported cell as written, when it is not a known answer. */
  invalid?: string;
  comment: string;
  /** One-off cost (the Cost column, or One-off cost when the tender asks for yearly costs too). */
  cost?: number;
  yearlyCost?: number;
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

export { cellString, parseCost } from './cell-values.js';

function findMetadata(wb: Workbook): Worksheet | undefined {
  return wb.worksheets.find((ws) => cellString(ws.getCell('A1').value) === metadataMarker);
}

/** The rows that hold values, in order, as the texts of their first `width` cells (empty rows are skipped). */
function valueRows(ws: Worksheet, width: number): { n: number; cells: string[] }[] {
  const rows: { n: number; cells: string[] }[] = [];
  ws.eachRow((row, n) => {
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) cells.push(cellString(row.getCell(c).value));
    rows.push({ n, cells });
  });
  return rows;
}

function readMetadata(ws: Worksheet): SpecMetadata | string {
  const format = Number(cellString(ws.getCell('B1').value));
  if (format !== metadataFormat) return `it was made by another version of ccp (metadata format ${format || '?'}, expected ${metadataFormat})`;
  const kv = new Map<string, string>();
  const rows = valueRows(ws, 6);
  const header = rows.findIndex((r) => r.cells[0] === 'sheet');
  if (header < 0) return 'its metadata sheet is damaged (no requirement table)';
  for (const r of rows.slice(0, header)) if (r.n > 1 && r.cells[0]) kv.set(r.cells[0], r.cells[1]!);
  const requirements: MetadataRow[] = [];
  for (const { n, cells } of rows.slice(header + 1)) {
    const [sheet, row, id, hash, priority, weight] = cells as [string, string, string, string, string, string];
    if (!sheet) continue;
    if (sheet !== 'functions' && sheet !== 'nfr') return `its metadata sheet is damaged (row ${n})`;
    requirements.push({
      sheet,
      row: Number(row) || 0,
      id,
      hash,
      priority: priority === 'must' || priority === 'nice' ? (priority as Priority) : '',
      weight: Number(weight) || 0,
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
    scoringHash: kv.get('scoringHash') ?? '',
    answers: kv.get('answers') === 'scale' ? [] : kv.has('answers') ? answers.filter((a) => kv.get('answers')!.split(',').includes(a)) : ['yes', 'partial', 'no', 'roadmap'],
    scale: kv.get('answers') === 'scale',
    requirements,
  };
}

interface SheetColumns {
  id: number;
  supported: number;
  comment: number;
  cost: number;
  yearly?: number;
}

interface Headers {
  id: string;
  supported: string;
  comment: string;
  cost: string[];
  yearly: string;
}

function locateColumns(ws: Worksheet, headers: Headers, fallback: SheetColumns): SheetColumns | undefined {
  const found: Partial<SheetColumns> = {};
  const header = ws.getRow(1);
  for (let c = 1; c <= Math.min(header.cellCount, 200); c++) {
    const text = cellString(header.getCell(c).value).trim();
    if (text === headers.id && found.id === undefined) found.id = c;
    else if (text === headers.supported && found.supported === undefined) found.supported = c;
    else if (text === headers.comment && found.comment === undefined) found.comment = c;
    else if (headers.cost.includes(text) && found.cost === undefined) found.cost = c;
    else if (text === headers.yearly && found.yearly === undefined) found.yearly = c;
  }
  if (found.id === undefined && found.supported === undefined) return undefined;
  return { ...fallback, ...found };
}

/** `K12` for column 11, row 12. */
function cellRef(column: number, row: number): string {
  let s = '';
  for (let x = column; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return `${s}${row}`;
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
  // rows that hold something, not the highest row number (LibreOffice writes an empty row 1048576)
  if (ws.actualRowCount > limits.maxRows) return `its sheet '${name}' has ${ws.actualRowCount} rows, more than ${limits.maxRows}`;
  const fallback = sheet === 'functions' ? { id: 1, supported: 9, comment: 10, cost: 11 } : { id: 1, supported: 7, comment: 8, cost: 9 };
  const cols = locateColumns(
    ws,
    { id: sheet === 'functions' ? l.functions.id : l.nfr.id, supported: l.functions.supported, comment: l.functions.comment, cost: [l.functions.cost, l.functions.oneOffCost], yearly: l.functions.yearlyCost },
    fallback,
  );
  if (!cols) return `its sheet '${name}' has no '${l.functions.id}' and '${l.functions.supported}' header row`;
  const known = new Set(expected.map((r) => r.id));
  const all = new Set(meta.requirements.map((r) => r.id));
  const allowed = [...answers.filter((a) => a !== 'na' || meta.answers.includes('na')).map((a) => l.answers[a])];
  ws.eachRow((row, n) => {
    if (n < 2) return;
    const id = cellString(row.getCell(cols.id).value).trim();
    if (!id) return;
    if (!known.has(id)) {
      // reference rows on the non-functional sheet name functions answered elsewhere
      if (!(sheet === 'nfr' && all.has(id))) warnings.push(`${name}, row ${n}: '${id}' is not a requirement of the specification; ignored.`);
      return;
    }
    const formulas: string[] = [];
    const read = (column: number | undefined) => {
      if (column === undefined) return undefined;
      const v = row.getCell(column).value;
      const f = cellFormula(v);
      if (f !== undefined) formulas.push(`${cellRef(column, n)} (=${f.slice(0, 60)})`);
      return v;
    };
    const supported = cellString(read(cols.supported)).trim();
    const comment = cellString(read(cols.comment)).trim();
    const costCell = read(cols.cost);
    const yearlyCell = read(cols.yearly);
    const answer = meta.scale ? undefined : parseAnswer(supported);
    const score = meta.scale ? parseScale(supported) : undefined;
    const cost = parseCost(costCell);
    const yearly = parseCost(yearlyCell);
    const value: VendorAnswer = { id, sheet, row: n, comment };
    if (answer && (answer !== 'na' || meta.answers.includes('na'))) value.answer = answer;
    if (score !== undefined) value.score = score;
    if (typeof cost === 'number') value.cost = cost;
    if (typeof yearly === 'number') value.yearlyCost = yearly;
    if (supported && value.answer === undefined && value.score === undefined) {
      value.invalid = supported;
      const choices = meta.scale ? '0, 1, 2, 3, 4, 5' : allowed.join(', ');
      warnings.push(`${name}, row ${n}: '${supported}' is not one of ${choices}; '${id}' counts as unanswered.`);
    }
    if (cost === 'invalid') warnings.push(`${name}, row ${n}: the cost '${cellString(costCell)}' is not a number; not counted.`);
    if (yearly === 'invalid') warnings.push(`${name}, row ${n}: the yearly cost '${cellString(yearlyCell)}' is not a number; not counted.`);
    for (const f of formulas) warnings.push(`${name}, cell ${f}: a formula; its last computed value is used. Ask the vendor for a plain value.`);
    const previous = out.get(id);
    if (previous) {
      warnings.push(`${name}, row ${n}: '${id}' appears again (first on row ${previous.row}); the first row counts.`);
      return;
    }
    out.set(id, value);
  });
  for (const r of expected) if (!out.has(r.id)) warnings.push(`${name}: the row for '${r.id}' is missing; it counts as unanswered.`);
  return undefined;
}

/** A score on the 0-5 scale: a whole number, as a number cell or text. */
function parseScale(text: string): number | undefined {
  const t = text.trim();
  return /^[0-5]$/.test(t) ? Number(t) : undefined;
}

const loadOptions = {
  // only values are read back: skipping the rest (validations expand to one entry per cell) halves the time
  ignoreNodes: ['dataValidations', 'conditionalFormatting', 'hyperlinks', 'mergeCells', 'autoFilter', 'pageSetup', 'headerFooter', 'sheetViews', 'cols', 'drawing', 'picture', 'legacyDrawing', 'extLst'],
};

/**
 * Reads a vendor's filled copy of the spec: checks the archive, finds the hidden metadata, then reads the
 * answers by id (rows may have been sorted or filtered). Never throws on a bad file: every failure, including one
 * inside the spreadsheet library, becomes one message naming the file. `file` names the file in messages; the
 * vendor's name comes from the cover, else from `file`.
 */
export async function readVendorAnswers(bytes: Uint8Array, file: string, limits: ReadLimits = defaultReadLimits): Promise<ReadResult> {
  const fail = (why: string): ReadResult => ({ ok: false, error: `${file}: ${why}.` });
  const zipProblem = checkZip(bytes, limits);
  if (zipProblem) return fail(zipProblem);
  const ExcelJS = await loadExcelJS();
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer, loadOptions as never);
  } catch (error) {
    return fail(`it is not a readable XLSX workbook (${reason(error)})`);
  }
  try {
    return readWorkbook(wb, file, fail, limits);
  } catch (error) {
    return fail(`it is a damaged workbook that cannot be read (${reason(error)})`);
  }
}

/**
 * What went wrong inside the spreadsheet library, in words a user can act on: a parser's own message (bad XML, a
 * missing part), never a JavaScript error about the library's internals.
 */
function reason(error: unknown): string {
  if (!(error instanceof Error) || error instanceof TypeError || error instanceof RangeError || error instanceof ReferenceError) return 'a part of it is missing or malformed';
  return error.message.split('\n')[0]!.slice(0, 200);
}

function readWorkbook(wb: Workbook, file: string, fail: (why: string) => ReadResult, limits: ReadLimits): ReadResult {
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
