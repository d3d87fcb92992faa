import type { Workbook, Worksheet } from 'exceljs';
import { currencyNumberFormat, formatPercent, type OutputLanguage } from '@ccp/core';
import { cellText } from '../xlsx/format.js';
import { setZipDates } from '../xlsx/zip-dates.js';
import { formatAmounts, type Amount, type ScenarioComparison, type StaffingReport } from '@ccp/staffing';
import { intervalText } from './interval-text.js';
import { staffingWords } from './staffing-words.js';
import { designErrorsLine } from './format-table.js';

/** An amount of money as a number cell with its currency's number format (several currencies: text). */
interface MoneyCell {
  money: number;
  numFmt: string;
}
type Cell = string | number | null | MoneyCell;

function moneyCell(amounts: Amount[] | undefined, language: OutputLanguage | undefined): Cell {
  if (!amounts?.length) return null;
  if (amounts.length > 1) return formatAmounts(amounts, language);
  const a = amounts[0]!;
  return { money: a.amount, numFmt: currencyNumberFormat(a.currency || undefined, language) };
}

function table(ws: Worksheet, title: string, header: string[], rows: Cell[][]): void {
  if (ws.rowCount > 1) ws.addRow([]);
  ws.addRow([title]).font = { bold: true, size: 12 };
  const h = ws.addRow(header);
  h.font = { bold: true };
  h.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDE6F0' } };
  // Text from .ccp files goes in as string cells in Text format, as in the vendor spec: a leading `=`, `+`, `-`
  // or `@` stays literal and editing the cell later cannot turn it into a formula. Money goes in as a number with
  // its currency's number format, so that a SUM over the column adds it up.
  for (const r of rows) {
    const row = ws.addRow(r.map((c) => (typeof c === 'string' ? cellText(c) : c !== null && typeof c === 'object' ? c.money : c)));
    r.forEach((c, i) => {
      if (typeof c === 'string') row.getCell(i + 1).numFmt = '@';
      else if (c !== null && typeof c === 'object') row.getCell(i + 1).numFmt = c.numFmt;
    });
  }
}

/**
 * Adds a "Staffing" sheet (or `name`) to an exceljs workbook: the interval rows, channel totals with cost per
 * contact, people per role against headcount, process cost and, with a comparison, the scenario side by side.
 * Percentages are stored as fractions with a percent format and money as numbers with a currency format, so they
 * stay numbers in the spreadsheet; words and interval names are in `language` (English when none is given).
 */
export function addStaffingSheet(
  workbook: Workbook,
  report: StaffingReport,
  options: { comparison?: ScenarioComparison; name?: string; language?: OutputLanguage } = {},
): Worksheet {
  const language = options.language;
  const w = staffingWords(language);
  const interval = (name: string) => intervalText(name, language);
  const money = (a: Amount | undefined) => moneyCell(a ? [a] : undefined, language);
  const ws = workbook.addWorksheet(options.name ?? w.sheet, { views: [{ state: 'frozen', ySplit: report.designErrors ? 4 : 3 }] });
  const s = report.summary;
  if (report.designErrors) ws.addRow([designErrorsLine(report.designErrors, language)]).font = { bold: true, color: { argb: 'FFC00000' } };
  ws.addRow([w.sheetShrinkage({ shrinkage: formatPercent(s.shrinkage, 1, language), hours: s.hoursPerWeek })]).font = { italic: true };
  table(
    ws,
    w.agentsPerInterval,
    w.sheetRowHeader,
    report.rows.map((r) => [r.channel, interval(r.interval), r.intervalSeconds, r.volume, r.ahtSeconds, r.targetPercent, r.targetSeconds, r.maxOccupancy ?? null, w.models[r.model] ?? r.model, r.agents, r.serviceLevel, r.asaSeconds, r.occupancy, r.abandoned, r.fte]),
  );
  for (const col of [8, 11, 13, 14]) ws.getColumn(col).numFmt = '0.0%';
  ws.getColumn(1).width = 16;
  ws.getColumn(2).width = 14;
  table(
    ws,
    w.sheetChannels,
    w.sheetChannelHeader,
    s.channels.map((c) => [c.channel, c.name, w.models[c.model] ?? c.model, c.weeklyContacts, c.peakAgents, interval(c.peakInterval), c.weeklyAgentHours, c.fte, money(c.handlingCostPerContact), money(c.loadedCostPerContact), c.notes.join('; ')]),
  );
  table(
    ws,
    w.sheetPeople,
    w.sheetRoleHeader,
    s.roles.map((r) => [r.role, r.name, r.channels.join(', '), r.channelFte, r.reports, r.span ?? null, r.required, r.headcount ?? null, r.gap ?? null]),
  );
  const anyExpected = s.processes.some((p) => p.expected);
  table(
    ws,
    w.sheetCost,
    [...w.sheetCostHeader, ...(anyExpected ? [w.sheetExpected] : []), w.sheetAllSteps, w.sheetUncosted],
    s.processes.map((p) => [
      p.process,
      p.name,
      money(p.cheapest),
      money(p.costliest),
      ...(anyExpected ? [money(p.expected)] : []),
      moneyCell(p.total, language) ?? formatAmounts(p.total, language),
      p.uncosted.join(', '),
    ]),
  );
  const c = options.comparison;
  if (c) {
    table(
      ws,
      w.sheetScenario({ name: c.scenario.name, changes: c.scenario.changes.join('; ') }),
      w.sheetComparisonHeader,
      c.channels.map((x) => [x.channel, x.baselineVolume, x.scenarioVolume, x.baselinePeakAgents, x.scenarioPeakAgents, x.baselineFte, x.scenarioFte, x.deltaFte]),
    );
  }
  return ws;
}

/**
 * A workbook holding only the staffing sheet, as bytes (the same report gives the same bytes), in the output
 * language (English when none is given); exceljs is loaded on first use.
 */
export async function staffingWorkbook(report: StaffingReport, comparison?: ScenarioComparison, language?: OutputLanguage): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = 'ccp';
  wb.created = new Date(0);
  wb.modified = new Date(0);
  const lang = language ? { language } : {};
  addStaffingSheet(wb, report, comparison ? { comparison, ...lang } : lang);
  if (comparison) addStaffingSheet(wb, comparison.result, { name: staffingWords(language).scenarioSheet, ...lang });
  // the zip library stamps entries with the current time: fix it so the same model gives the same bytes
  return setZipDates(new Uint8Array(await wb.xlsx.writeBuffer()), new Date(Date.UTC(1980, 0, 1)));
}
