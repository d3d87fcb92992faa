import { maxOf, type OutputLanguage } from '@ccp/core';
import { loadExcelJS } from './exceljs.js';
import { cellText } from './format.js';
import { labelsFor } from './labels.js';
import type { ScoredRequirement, VendorScore } from './score.js';
import { setZipDates } from './zip-dates.js';

const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;

function status(s: VendorScore): string {
  return s.disqualified ? `disqualified (No on must: ${s.failedMusts.join(', ')})` : 'qualified';
}

/** The ranking as an aligned plain-text table, then per-vendor warnings. */
export function formatScoreTable(scores: VendorScore[]): string {
  const head = ['#', 'Vendor', 'Score', 'Must Yes', 'Nice Yes', 'Unanswered', 'Total cost', 'Status'];
  const rows = scores.map((s) => [
    String(s.rank),
    s.vendor,
    s.score.toFixed(2),
    `${s.must.yes}/${s.must.total} (${pct(s.must.coverage)})`,
    `${s.nice.yes}/${s.nice.total} (${pct(s.nice.coverage)})`,
    String(s.unanswered.length),
    s.totalCost.toFixed(2),
    status(s),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, maxOf(rows.map((r) => r[i]!.length), 0)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 || i === 2 || i === 5 || i === 6 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  const out = [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
  out.push('', 'Score: weighted by requirement (Yes 1, Partial 0.5, Roadmap 0.25, No or unanswered 0), in % of the maximum.');
  for (const s of scores) {
    if (s.unanswered.length) out.push(`${s.vendor}: unanswered: ${s.unanswered.slice(0, 20).join(', ')}${s.unanswered.length > 20 ? ` and ${s.unanswered.length - 20} more` : ''}`);
    for (const w of s.warnings) out.push(`${s.vendor}: ${w}`);
  }
  return out.join('\n') + '\n';
}

/** The ranking as JSON (stable key order), answers per requirement included. */
export function formatScoreJson(scores: VendorScore[]): string {
  return JSON.stringify({ scoring: { yes: 1, partial: 0.5, roadmap: 0.25, no: 0, unanswered: 0 }, vendors: scores }, null, 2) + '\n';
}

const words = {
  en: { ranking: 'Ranking', answers: 'Answers', rank: '#', vendor: 'Vendor', file: 'File', score: 'Score', must: 'Must Yes', nice: 'Nice Yes', unanswered: 'Unanswered', cost: 'Total cost', status: 'Status', qualified: 'qualified', disqualified: 'disqualified: No on ', id: 'Id', priority: 'Priority', weight: 'Weight' },
  pl: { ranking: 'Ranking', answers: 'Odpowiedzi', rank: '#', vendor: 'Dostawca', file: 'Plik', score: 'Wynik', must: 'Wymagane: Tak', nice: 'Pożądane: Tak', unanswered: 'Bez odpowiedzi', cost: 'Koszt łączny', status: 'Status', qualified: 'zakwalifikowany', disqualified: 'wykluczony: Nie przy ', id: 'Id', priority: 'Priorytet', weight: 'Waga' },
};

/** The ranking and an answer matrix (requirement × vendor) as an XLSX workbook; `date` stamps the file. */
export async function writeScoreXlsx(scores: VendorScore[], requirements: (ScoredRequirement & { name?: string })[], language: OutputLanguage, date: string): Promise<Uint8Array> {
  const w = words[language] ?? words.en;
  const l = labelsFor(language);
  const ExcelJS = await loadExcelJS();
  const wb = new ExcelJS.Workbook();
  const fixed = new Date(`${date}T00:00:00Z`);
  const when = Number.isNaN(fixed.getTime()) ? new Date(Date.UTC(1980, 0, 1)) : fixed;
  wb.creator = 'ccp';
  wb.created = when;
  wb.modified = when;
  const bold = { font: { bold: true } };
  const ranking = wb.addWorksheet(w.ranking, { views: [{ state: 'frozen', ySplit: 1 }] });
  ranking.columns = [{ width: 5 }, { width: 28 }, { width: 28 }, { width: 9 }, { width: 16 }, { width: 16 }, { width: 14 }, { width: 14 }, { width: 50 }];
  ranking.addRow([w.rank, w.vendor, w.file, w.score, w.must, w.nice, w.unanswered, w.cost, w.status]).eachCell((c) => (c.style = bold));
  for (const s of scores)
    ranking.addRow([
      s.rank,
      cellText(s.vendor),
      cellText(s.file),
      s.score,
      `${s.must.yes}/${s.must.total}`,
      `${s.nice.yes}/${s.nice.total}`,
      s.unanswered.length,
      s.totalCost,
      s.disqualified ? w.disqualified + s.failedMusts.join(', ') : w.qualified,
    ]);
  const matrix = wb.addWorksheet(w.answers, { views: [{ state: 'frozen', xSplit: 2, ySplit: 1 }] });
  matrix.columns = [{ width: 18 }, { width: 30 }, { width: 10 }, { width: 8 }, ...scores.map(() => ({ width: 16 }))];
  matrix.addRow([w.id, l.functions.name, w.priority, w.weight, ...scores.map((s) => cellText(s.vendor))]).eachCell((c) => (c.style = bold));
  for (const r of requirements)
    matrix.addRow([
      r.id,
      cellText(r.name ?? ''),
      r.priority === 'must' ? l.priority.must : r.priority === 'nice' ? l.priority.nice : '',
      r.weight,
      ...scores.map((s) => {
        const a = s.answers[r.id];
        return a ? l.answers[a] : '';
      }),
    ]);
  return setZipDates(new Uint8Array(await wb.xlsx.writeBuffer()), when);
}
