import type { OutputLanguage } from '@ccp/core';
import type { Worksheet } from 'exceljs';
import { loadExcelJS } from './exceljs.js';
import { cellText } from './format.js';
import { labelsFor, type Labels } from './labels.js';
import type { FailedFile } from './score-report.js';
import type { ScoredRequirement, VendorRow, VendorScore } from './score.js';
import { scoringRules, type ScoringRules } from './scoring-rules.js';
import { setZipDates } from './zip-dates.js';
import { scoreWords, type Words } from './score-words.js';


const bold = { font: { bold: true } };

/** A sheet name Excel accepts, unique in the workbook: at most 31 characters, none of `[]:*?/\`. */
function sheetName(wanted: string, taken: Set<string>): string {
  const base = cellText(wanted).replace(/[[\]:*?/\\']/g, '_').replace(/^\s+|\s+$/g, '').slice(0, 28) || 'Vendor';
  let name = base;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${base.slice(0, 27 - String(i).length)} (${i})`;
  taken.add(name.toLowerCase());
  return name;
}

function statusCell(s: VendorScore, w: Words): string {
  if (s.status === 'disqualified') return w.disqualified + s.failedMusts.join(', ');
  if (s.status === 'incomplete') return w.incomplete + s.incomplete.join(', ');
  return w.qualified;
}

function answerText(row: VendorRow, l: Labels): string {
  if (row.score !== undefined) return String(row.score);
  if (row.answer) return l.answers[row.answer];
  return row.invalid ? cellText(row.invalid) : '';
}

function header(ws: Worksheet, values: string[]): void {
  ws.addRow(values).eachCell((c) => (c.style = bold));
}

function addSummary(ws: Worksheet, scores: VendorScore[], failed: FailedFile[], rules: ScoringRules, w: Words, rulesLine: string): void {
  ws.columns = [{ width: 5 }, { width: 28 }, { width: 28 }, { width: 9 }, { width: 9 }, { width: 11 }, { width: 14 }, { width: 14 }, { width: 14 }, { width: 14 }, { width: 14 }, { width: 14 }, { width: 60 }];
  header(ws, [w.rank, w.vendor, w.file, w.score, w.quality, w.price, w.must, w.nice, w.unanswered, w.oneOff, w.yearly, w.cost, w.status]);
  for (const s of scores)
    ws.addRow([
      s.rank,
      cellText(s.vendor),
      cellText(s.file),
      s.score,
      s.quality,
      s.priceScore ?? null,
      `${s.must.yes}/${s.must.total}`,
      `${s.nice.yes}/${s.nice.total}`,
      s.unanswered.length,
      s.oneOffCost,
      rules.costYears ? s.yearlyCost : null,
      s.totalCost,
      statusCell(s, w),
    ]);
  ws.addRow([]);
  ws.addRow([null, w.rules, cellText(rulesLine)]).getCell(2).style = bold;
  if (rules.hash) ws.addRow([null, 'hash', rules.hash]);
  if (failed.length) {
    ws.addRow([]);
    header(ws, ['', w.failed, w.reason]);
    for (const f of failed) ws.addRow([null, cellText(f.file), cellText(f.reason)]);
  }
}

function addComparison(ws: Worksheet, scores: VendorScore[], reqs: (ScoredRequirement & { name?: string })[], rules: ScoringRules, l: Labels, w: Words): void {
  ws.columns = [{ width: 18 }, { width: 30 }, { width: 10 }, { width: 8 }, ...scores.map(() => ({ width: 16 }))];
  header(ws, [w.id, w.name, w.priority, w.weight, ...scores.map((s) => cellText(s.vendor))]);
  const byId = scores.map((s) => new Map(s.rows.map((r) => [r.id, r])));
  for (const r of reqs)
    ws.addRow([
      r.id,
      cellText(r.name ?? ''),
      r.priority === 'must' ? l.priority.must : r.priority === 'nice' ? l.priority.nice : '',
      rules.weights.get(r.id) ?? r.weight,
      ...byId.map((m) => {
        const row = m.get(r.id);
        return row ? answerText(row, l) : '';
      }),
    ]);
}

function addVendor(ws: Worksheet, s: VendorScore, reqs: (ScoredRequirement & { name?: string })[], rules: ScoringRules, l: Labels, w: Words): void {
  ws.columns = [{ width: 18 }, { width: 30 }, { width: 10 }, { width: 8 }, { width: 12 }, { width: 8 }, { width: 50 }, { width: 12 }, { width: 12 }, { width: 7 }];
  ws.addRow([cellText(s.vendor), cellText(s.file), null, null, s.score, null, statusCell(s, w)]).getCell(1).style = bold;
  ws.addRow([]);
  header(ws, [w.id, w.name, w.priority, w.weight, w.answer, w.points, w.comment, w.oneOff, w.yearly, w.row]);
  const rows = new Map(s.rows.map((r) => [r.id, r]));
  for (const r of reqs) {
    const v = rows.get(r.id);
    ws.addRow([
      r.id,
      cellText(r.name ?? ''),
      r.priority === 'must' ? l.priority.must : r.priority === 'nice' ? l.priority.nice : '',
      rules.weights.get(r.id) ?? r.weight,
      v ? answerText(v, l) : '',
      v?.points ?? null,
      cellText(v?.comment ?? ''),
      v?.cost ?? null,
      v?.yearlyCost ?? null,
      v?.row ?? w.missing,
    ]);
  }
  if (s.warnings.length) {
    ws.addRow([]);
    ws.addRow([w.warnings]).getCell(1).style = bold;
    for (const warning of s.warnings) ws.addRow([cellText(warning)]);
  }
}

export interface ScoreWorkbookOptions {
  failed?: FailedFile[];
  rules?: ScoringRules;
  /** How the score was computed, in words (shown on the summary). */
  rulesLine?: string;
}

/**
 * The ranking as an XLSX workbook: a summary (ranking, rules, files not scored), a comparison sheet (requirement ×
 * vendor) and one sheet per vendor with every answer, points, comment, cost and warning. `date` stamps the file.
 */
export async function writeScoreXlsx(
  scores: VendorScore[],
  requirements: (ScoredRequirement & { name?: string })[],
  language: OutputLanguage,
  date: string,
  options: ScoreWorkbookOptions = {},
): Promise<Uint8Array> {
  const w = scoreWords[language] ?? scoreWords.en;
  const l = labelsFor(language);
  const rules = options.rules ?? scoringRules(undefined, requirements);
  const ExcelJS = await loadExcelJS();
  const wb = new ExcelJS.Workbook();
  const fixed = new Date(`${date}T00:00:00Z`);
  const when = Number.isNaN(fixed.getTime()) ? new Date(Date.UTC(1980, 0, 1)) : fixed;
  wb.creator = 'ccp';
  wb.created = when;
  wb.modified = when;
  const taken = new Set([w.summary.toLowerCase(), w.comparison.toLowerCase()]);
  addSummary(wb.addWorksheet(w.summary, { views: [{ state: 'frozen', ySplit: 1 }] }), scores, options.failed ?? [], rules, w, options.rulesLine ?? '');
  addComparison(wb.addWorksheet(w.comparison, { views: [{ state: 'frozen', xSplit: 2, ySplit: 1 }] }), scores, requirements, rules, l, w);
  for (const s of scores) addVendor(wb.addWorksheet(sheetName(s.vendor, taken), { views: [{ state: 'frozen', xSplit: 1, ySplit: 3 }] }), s, requirements, rules, l, w);
  return setZipDates(new Uint8Array(await wb.xlsx.writeBuffer()), when);
}
