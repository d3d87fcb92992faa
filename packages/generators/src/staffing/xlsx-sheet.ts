import type { Workbook, Worksheet } from 'exceljs';
import { cellText } from '../xlsx/format.js';
import { setZipDates } from '../xlsx/zip-dates.js';
import { formatAmounts, type ScenarioComparison, type StaffingReport } from '@ccp/staffing';
import { designErrorsLine } from './format-table.js';


function table(ws: Worksheet, title: string, header: string[], rows: (string | number | null)[][]): void {
  if (ws.rowCount > 1) ws.addRow([]);
  ws.addRow([title]).font = { bold: true, size: 12 };
  const h = ws.addRow(header);
  h.font = { bold: true };
  h.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDE6F0' } };
  // Text from .ccp files goes in as string cells in Text format, as in the vendor spec: a leading `=`, `+`, `-`
  // or `@` stays literal and editing the cell later cannot turn it into a formula.
  for (const r of rows) {
    const row = ws.addRow(r.map((c) => (typeof c === 'string' ? cellText(c) : c)));
    r.forEach((c, i) => {
      if (typeof c === 'string') row.getCell(i + 1).numFmt = '@';
    });
  }
}

/**
 * Adds a "Staffing" sheet (or `name`) to an exceljs workbook: the interval rows, channel totals with cost per
 * contact, people per role against headcount, process cost and, with a comparison, the scenario side by side.
 * Percentages are stored as fractions with a percent format, so they stay numbers in the spreadsheet.
 */
export function addStaffingSheet(workbook: Workbook, report: StaffingReport, options: { comparison?: ScenarioComparison; name?: string } = {}): Worksheet {
  const ws = workbook.addWorksheet(options.name ?? 'Staffing', { views: [{ state: 'frozen', ySplit: report.designErrors ? 4 : 3 }] });
  const s = report.summary;
  if (report.designErrors) ws.addRow([designErrorsLine(report.designErrors)]).font = { bold: true, color: { argb: 'FFC00000' } };
  ws.addRow([`Shrinkage ${(s.shrinkage * 100).toFixed(1)}%, ${s.hoursPerWeek} h per FTE per week`]).font = { italic: true };
  table(
    ws,
    'Agents per interval',
    ['Channel', 'Interval', 'Interval s', 'Volume', 'AHT s', 'Target %', 'Target s', 'Max occupancy', 'Model', 'Agents', 'Service level', 'ASA s', 'Occupancy', 'Abandoned', 'FTE'],
    report.rows.map((r) => [r.channel, r.interval, r.intervalSeconds, r.volume, r.ahtSeconds, r.targetPercent, r.targetSeconds, r.maxOccupancy ?? null, r.model, r.agents, r.serviceLevel, r.asaSeconds, r.occupancy, r.abandoned, r.fte]),
  );
  for (const col of [8, 11, 13, 14]) ws.getColumn(col).numFmt = '0.0%';
  ws.getColumn(1).width = 16;
  ws.getColumn(2).width = 14;
  table(
    ws,
    'Channels',
    ['Channel', 'Name', 'Model', 'Contacts per week', 'Peak agents', 'Peak interval', 'Agent hours per week', 'FTE', 'Cost per contact', 'Loaded cost per contact', 'Notes'],
    s.channels.map((c) => [c.channel, c.name, c.model, c.weeklyContacts, c.peakAgents, c.peakInterval, c.weeklyAgentHours, c.fte, c.handlingCostPerContact ? formatAmounts([c.handlingCostPerContact]) : null, c.loadedCostPerContact ? formatAmounts([c.loadedCostPerContact]) : null, c.notes.join('; ')]),
  );
  table(
    ws,
    'People per role',
    ['Role', 'Name', 'Channels', 'Channel FTE', 'Reports', 'Span', 'Required', 'Headcount', 'Gap'],
    s.roles.map((r) => [r.role, r.name, r.channels.join(', '), r.channelFte, r.reports, r.span ?? null, r.required, r.headcount ?? null, r.gap ?? null]),
  );
  const anyExpected = s.processes.some((p) => p.expected);
  table(
    ws,
    'Cost of one case per process',
    ['Process', 'Name', 'Cheapest path', 'Costliest path', ...(anyExpected ? ['Expected (by shares)'] : []), 'All steps', 'Steps without cost'],
    s.processes.map((p) => [
      p.process,
      p.name,
      p.cheapest ? formatAmounts([p.cheapest]) : null,
      p.costliest ? formatAmounts([p.costliest]) : null,
      ...(anyExpected ? [p.expected ? formatAmounts([p.expected]) : null] : []),
      formatAmounts(p.total),
      p.uncosted.join(', '),
    ]),
  );
  const c = options.comparison;
  if (c) {
    table(
      ws,
      `Scenario ${c.scenario.name}: ${c.scenario.changes.join('; ')}`,
      ['Channel', 'Contacts per week', 'Scenario', 'Peak agents', 'Scenario', 'FTE', 'Scenario', 'Delta FTE'],
      c.channels.map((x) => [x.channel, x.baselineVolume, x.scenarioVolume, x.baselinePeakAgents, x.scenarioPeakAgents, x.baselineFte, x.scenarioFte, x.deltaFte]),
    );
  }
  return ws;
}

/** A workbook holding only the staffing sheet, as bytes (the same report gives the same bytes); exceljs is loaded on first use. */
export async function staffingWorkbook(report: StaffingReport, comparison?: ScenarioComparison): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = 'ccp';
  wb.created = new Date(0);
  wb.modified = new Date(0);
  addStaffingSheet(wb, report, comparison ? { comparison } : {});
  if (comparison) addStaffingSheet(wb, comparison.result, { name: 'Scenario' });
  // the zip library stamps entries with the current time: fix it so the same model gives the same bytes
  return setZipDates(new Uint8Array(await wb.xlsx.writeBuffer()), new Date(Date.UTC(1980, 0, 1)));
}
