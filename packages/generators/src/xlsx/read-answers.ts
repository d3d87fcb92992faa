import { cliMessage, cliText, type CliText, type OutputLanguage, type Priority } from '@ccp/core';
import type { Workbook, Worksheet } from 'exceljs';
import { loadExcelJS } from './exceljs.js';
import { answers, labelsFor, parseAnswer, type Answer } from './labels.js';
import type { RequirementSheet } from './requirements.js';
import { metadataFormat, metadataMarker, type MetadataRow, type SpecMetadata } from './spec-content.js';
import { cellFormula, cellString, parseCost } from './cell-values.js';
import { defaultReadLimits, zipProblem, type ReadLimits } from './zip-guard.js';

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

function readMetadata(ws: Worksheet): SpecMetadata | CliText {
  const format = Number(cellString(ws.getCell('B1').value));
  if (format !== metadataFormat) return cliText('metadataOtherFormat', { format: format ? String(format) : '?', expected: metadataFormat });
  const kv = new Map<string, string>();
  const rows = valueRows(ws, 6);
  const header = rows.findIndex((r) => r.cells[0] === 'sheet');
  if (header < 0) return cliText('metadataNoTable');
  for (const r of rows.slice(0, header)) if (r.n > 1 && r.cells[0]) kv.set(r.cells[0], r.cells[1]!);
  const requirements: MetadataRow[] = [];
  for (const { n, cells } of rows.slice(header + 1)) {
    const [sheet, row, id, hash, priority, weight] = cells as [string, string, string, string, string, string];
    if (!sheet) continue;
    if (sheet !== 'functions' && sheet !== 'nfr') return cliText('metadataDamagedRow', { row: n });
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
  warnings: CliText[],
): CliText | undefined {
  const l = labelsFor(meta.language);
  const expected = meta.requirements.filter((r) => r.sheet === sheet);
  if (expected.length === 0) return undefined;
  const name = l.sheets[sheet];
  const ws = wb.getWorksheet(name);
  if (!ws) return cliText('answerSheetMissing', { sheet: name });
  // rows that hold something, not the highest row number (LibreOffice writes an empty row 1048576)
  if (ws.actualRowCount > limits.maxRows) return cliText('answerSheetRows', { sheet: name, rows: ws.actualRowCount, limit: limits.maxRows });
  const fallback = sheet === 'functions' ? { id: 1, supported: 9, comment: 10, cost: 11 } : { id: 1, supported: 7, comment: 8, cost: 9 };
  const cols = locateColumns(
    ws,
    { id: sheet === 'functions' ? l.functions.id : l.nfr.id, supported: l.functions.supported, comment: l.functions.comment, cost: [l.functions.cost, l.functions.oneOffCost], yearly: l.functions.yearlyCost },
    fallback,
  );
  if (!cols) return cliText('answerSheetNoHeader', { sheet: name, id: l.functions.id, supported: l.functions.supported });
  const known = new Set(expected.map((r) => r.id));
  const all = new Set(meta.requirements.map((r) => r.id));
  const allowed = [...answers.filter((a) => a !== 'na' || meta.answers.includes('na')).map((a) => l.answers[a])];
  ws.eachRow((row, n) => {
    if (n < 2) return;
    const id = cellString(row.getCell(cols.id).value).trim();
    if (!id) return;
    if (!known.has(id)) {
      // reference rows on the non-functional sheet name functions answered elsewhere
      if (!(sheet === 'nfr' && all.has(id))) warnings.push(cliText('answerNotRequirement', { sheet: name, row: n, id }));
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
      warnings.push(cliText('answerNotChoice', { sheet: name, row: n, value: supported, choices, id }));
    }
    if (cost === 'invalid') warnings.push(cliText('answerCostNotNumber', { sheet: name, row: n, value: cellString(costCell) }));
    if (yearly === 'invalid') warnings.push(cliText('answerYearlyNotNumber', { sheet: name, row: n, value: cellString(yearlyCell) }));
    for (const cell of formulas) warnings.push(cliText('answerFormula', { sheet: name, cell }));
    const previous = out.get(id);
    if (previous) {
      warnings.push(cliText('answerRepeated', { sheet: name, row: n, id, first: previous.row }));
      return;
    }
    out.set(id, value);
  });
  for (const r of expected) if (!out.has(r.id)) warnings.push(cliText('answerRowMissing', { sheet: name, id: r.id }));
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
 * vendor's name comes from the cover, else from `file`. Messages and warnings are in `language` (English by
 * default), whatever the language of the file itself.
 */
export async function readVendorAnswers(bytes: Uint8Array, file: string, limits: ReadLimits = defaultReadLimits, language?: OutputLanguage): Promise<ReadResult> {
  const fail = (why: CliText): ReadResult => ({ ok: false, error: cliMessage(cliText('vendorFileProblem', { file, why }), language) });
  const problem = zipProblem(bytes, limits);
  if (problem) return fail(problem);
  const ExcelJS = await loadExcelJS();
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer, loadOptions as never);
  } catch (error) {
    return fail(cliText('workbookUnreadable', { reason: reason(error) }));
  }
  try {
    return readWorkbook(wb, file, fail, limits, language);
  } catch (error) {
    return fail(cliText('workbookDamaged', { reason: reason(error) }));
  }
}

/**
 * What went wrong inside the spreadsheet library, in words a user can act on: a parser's own message (bad XML, a
 * missing part), never a JavaScript error about the library's internals.
 */
function reason(error: unknown): CliText | string {
  if (!(error instanceof Error) || error instanceof TypeError || error instanceof RangeError || error instanceof ReferenceError) return cliText('workbookPartMalformed');
  return error.message.split('\n')[0]!.slice(0, 200);
}

function readWorkbook(wb: Workbook, file: string, fail: (why: CliText) => ReadResult, limits: ReadLimits, language: OutputLanguage | undefined): ReadResult {
  const metaSheet = findMetadata(wb);
  if (!metaSheet) return fail(cliText('notCcpSpec'));
  const meta = readMetadata(metaSheet);
  if ('key' in meta) return fail(meta);
  const answers = new Map<string, VendorAnswer>();
  const warnings: CliText[] = [];
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
  return { ok: true, value: { vendor: vendor || file.replace(/^.*[\\/]/, '').replace(/\.xlsx$/i, ''), file, metadata: meta, answers, warnings: warnings.map((w) => cliMessage(w, language)) } };
}
