import { PassThrough } from 'node:stream';
import type { Model } from '@ccp/core';
import type { Style, stream } from 'exceljs';
import { loadExcelJS } from './exceljs.js';
import { cellText } from './format.js';
import type { Labels } from './labels.js';
import type { CellValue, SheetTable } from './sheet-table.js';
import { buildSpecContent, metadataMarker, type CoverLine, type SpecContent, type SpecMetadata, type SpecOptions } from './spec-content.js';
import { stylePresets, type StylePresets } from './styles.js';
import { setZipDates } from './zip-dates.js';

type WorkbookWriter = stream.xlsx.WorkbookWriter;
type WorksheetWriter = ReturnType<WorkbookWriter['addWorksheet']>;

/** `1` -> `A`, `27` -> `AA`. */
export function columnLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

function value(v: CellValue): CellValue {
  return typeof v === 'string' ? cellText(v) : v;
}

/** Escapes model text for a print header/footer, where `&` starts a control code. */
function footerText(text: string): string {
  return cellText(text).replace(/&/g, '&&').slice(0, 100);
}

const isVendor = (role: string | undefined) => role === 'answer' || role === 'vendor' || role === 'cost';

/**
 * A row height that shows all of its wrapped text: lines per cell estimated from the column width (in characters),
 * 15 points a line, at most Excel's 409. Spreadsheets do not reliably fit row heights to wrapped text on open
 * (LibreOffice prints such rows one line high), so the height is written.
 */
export function rowHeight(values: CellValue[], widths: number[]): number | undefined {
  let lines = 1;
  values.forEach((v, i) => {
    if (typeof v !== 'string' || v.length === 0) return;
    const perLine = Math.max(1, Math.floor((widths[i] ?? 10) * 1.1));
    let n = 0;
    for (const part of v.split('\n')) n += Math.max(1, Math.ceil(part.length / perLine));
    if (n > lines) lines = n;
  });
  return lines > 1 ? Math.min(409, lines * 15) : undefined;
}

/** Writes the next row; rows are numbered explicitly because the streaming writer skips empty ones. */
function addRow(ws: WorksheetWriter, values: CellValue[], styles: (Partial<Style> | undefined)[], height?: number): void {
  const counter = ws as unknown as { ccpNextRow?: number };
  counter.ccpNextRow = (counter.ccpNextRow ?? 0) + 1;
  const row = ws.getRow(counter.ccpNextRow);
  row.values = values;
  if (height) row.height = height;
  styles.forEach((style, i) => {
    if (style) row.getCell(i + 1).style = style as Style;
  });
  row.commit();
}

function addTable(wb: WorkbookWriter, t: SheetTable, l: Labels, footer: string, st: StylePresets): void {
  const ws = wb.addWorksheet(t.name, {
    views: [{ state: 'frozen', xSplit: t.frozenColumns ?? 0, ySplit: 1, activeCell: 'A2' }],
    pageSetup: {
      orientation: 'landscape',
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:1',
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: `&L${footer}&R&P / &N` },
  });
  ws.columns = t.columns.map((c) => ({ width: c.width }));
  const widths = t.columns.map((c) => c.width);
  addRow(ws, t.columns.map((c) => c.header), t.columns.map((c) => (isVendor(c.role) ? st.vendorHeader : st.header)), 32);
  const base = t.columns.map((c) => (c.role === 'cost' ? st.vendorCost : isVendor(c.role) ? st.vendor : c.role === 'number' ? st.number : st.text));
  const must = t.columns.map((c, i) => (isVendor(c.role) ? base[i] : i === 4 && (t.key === 'functions' || t.key === 'nfr') ? st.mustPriority : st.must));
  const muted = t.columns.map(() => st.muted);
  for (const r of t.rows) {
    const styles = r.style === 'must' ? must : r.style === 'muted' ? muted : base;
    // numbers keep a number format even in a text column (the text format '@' would show them as text)
    const values = r.cells.map(value);
    addRow(ws, values, r.cells.map((v, i) => (typeof v === 'number' && styles[i] !== st.vendorCost ? st.number : styles[i])), rowHeight(values, widths));
  }
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(t.rows.length + 1, 1), column: t.columns.length } };
  const answerable = t.rows.filter((r) => r.answerable).length;
  if (answerable > 0) {
    const validations = (ws as unknown as { dataValidations: { add(range: string, v: unknown): void } }).dataValidations;
    t.columns.forEach((c, i) => {
      // one validation per range: per-cell validations make exceljs write overlapping duplicates
      const range = `${columnLetter(i + 1)}2:${columnLetter(i + 1)}${answerable + 1}`;
      if (c.role === 'answer')
        validations.add(range, {
          type: 'list',
          allowBlank: true,
          formulae: [`"${(c.choices ?? [l.answers.yes, l.answers.partial, l.answers.no, l.answers.roadmap]).join(',')}"`],
          showErrorMessage: true,
          errorStyle: 'stop',
          errorTitle: l.validation.supportedTitle,
          error: c.choices ? c.choices.join(', ') : l.validation.supportedError,
          showInputMessage: true,
          promptTitle: l.validation.supportedTitle,
          prompt: c.choices ? c.choices.join(', ') : l.validation.supportedError,
        });
      if (c.role === 'cost')
        validations.add(range, {
          type: 'decimal',
          operator: 'greaterThanOrEqual',
          allowBlank: true,
          formulae: [0],
          showErrorMessage: true,
          errorStyle: 'stop',
          errorTitle: l.validation.costTitle,
          error: l.validation.costError,
        });
    });
  }
  if (t.note) {
    addRow(ws, [], []);
    addRow(ws, [cellText(t.note)], [st.note]);
  }
  ws.commit();
}

function addCover(wb: WorkbookWriter, name: string, lines: CoverLine[], footer: string, st: StylePresets): void {
  const ws = wb.addWorksheet(name, {
    pageSetup: { orientation: 'portrait', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    headerFooter: { oddFooter: `&L${footer}&R&P / &N` },
  });
  ws.columns = [{ width: 30 }, { width: 95 }];
  const widths = [30, 95];
  lines.forEach((line, i) => {
    const text = (s: string | undefined) => (s === undefined ? null : cellText(s));
    switch (line.style) {
      case 'title':
        ws.mergeCells(i + 1, 1, i + 1, 2);
        return addRow(ws, [text(line.value)], [st.title], 26);
      case 'heading':
        return addRow(ws, [text(line.value)], [st.heading]);
      case 'hint':
        return addRow(ws, [null, text(line.value)], [undefined, st.hint], rowHeight([null, text(line.value)], widths));
      case 'input':
        return addRow(ws, [text(line.label), text(line.value)], [st.label, st.input]);
      case 'text':
        return addRow(ws, [text(line.label), text(line.value)], [st.ordinal, st.text], rowHeight([text(line.label), text(line.value)], widths));
      case 'blank':
        return addRow(ws, [], []);
      default:
        return addRow(ws, [text(line.label), text(line.value)], [st.label, st.text], rowHeight([text(line.label), text(line.value)], widths));
    }
  });
  ws.commit();
}

function addMetadata(wb: WorkbookWriter, name: string, m: SpecMetadata): void {
  const ws = wb.addWorksheet(name, { state: 'veryHidden' });
  ws.columns = [{ width: 14 }, { width: 20 }, { width: 24 }, { width: 20 }, { width: 10 }, { width: 8 }];
  const add = (values: CellValue[]) => addRow(ws, values, []);
  add([metadataMarker, m.format]);
  add(['project', cellText(m.project)]);
  add(['projectName', cellText(m.projectName)]);
  add(['version', cellText(m.version)]);
  add(['date', cellText(m.date)]);
  add(['language', m.language]);
  add(['vendorNameCell', m.vendorNameCell]);
  if (m.scoringHash) {
    add(['scoringHash', m.scoringHash]);
    add(['answers', m.scale ? 'scale' : m.answers.join(',')]);
  }
  add([]);
  add(['sheet', 'row', 'id', 'hash', 'priority', 'weight']);
  for (const r of m.requirements) add([r.sheet, r.row, r.id, r.hash, r.priority, r.weight]);
  ws.commit();
}

/**
 * Declares each table's filter range as the sheet-local name `_xlnm._FilterDatabase`, as Excel does: without it
 * LibreOffice drops the autofilter when it opens the file. exceljs has no API for sheet-local names, so its
 * defined-names model is extended (pinned exceljs 4.4.0: the writer reads `_definedNames.model` once, at commit).
 */
function declareFilters(wb: WorkbookWriter, tables: SheetTable[]): void {
  const holder = wb as unknown as { _definedNames: { model: unknown[] } };
  const names = holder._definedNames;
  const own = names.model;
  const filters = tables.map((t, i) => ({
    name: '_xlnm._FilterDatabase',
    localSheetId: i + 1, // the cover is sheet 0
    hidden: true,
    ranges: [`'${t.name.replace(/'/g, "''")}'!$A$1:$${columnLetter(t.columns.length)}$${Math.max(t.rows.length + 1, 1)}`],
  }));
  Object.defineProperty(names, 'model', { get: () => [...own, ...filters], configurable: true });
}

function fixedDate(date: string): Date {
  const d = new Date(`${date}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? new Date(Date.UTC(1980, 0, 1)) : d;
}

/** Streams the content into an exceljs workbook writer: cover, tables (extra sheets included), hidden metadata. */
export async function renderSpec(wb: WorkbookWriter, content: SpecContent): Promise<void> {
  const l = content.labels;
  const m = content.metadata;
  const st = stylePresets();
  const footer = footerText(`${m.projectName || m.project} · ${m.version} · ${m.date}`);
  wb.creator = 'ccp';
  wb.lastModifiedBy = 'ccp';
  wb.created = fixedDate(m.date);
  wb.modified = fixedDate(m.date);
  wb.title = cellText(`${l.cover.title}: ${m.projectName || m.project}`);
  addCover(wb, l.sheets.cover, content.cover, footer, st);
  for (const t of content.tables) addTable(wb, t, l, footer, st);
  addMetadata(wb, l.sheets.metadata, m);
  declareFilters(wb, content.tables);
  await wb.commit();
}

/**
 * The vendor specification workbook as XLSX bytes. Deterministic: the same model and options give the same
 * bytes (dates come from `options.date`). Written with exceljs's streaming writer, loaded on first call.
 */
export async function writeSpecXlsx(model: Model, options: SpecOptions): Promise<Uint8Array> {
  const content = buildSpecContent(model, options);
  const ExcelJS = await loadExcelJS();
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    out.on('end', resolve);
    out.on('error', reject);
  });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: true, useStyles: true });
  await renderSpec(wb, content);
  await done;
  return setZipDates(new Uint8Array(Buffer.concat(chunks)), fixedDate(content.metadata.date));
}
