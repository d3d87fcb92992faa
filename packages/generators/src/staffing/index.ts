/**
 * The staffing report's outputs: plain text tables, the staffing workbook and sheet, and the docs section. The
 * engine that makes the report (Erlang, intervals, cost, scenarios) is the package @ccp/staffing; exceljs is
 * imported only by `staffingWorkbook`.
 */
export { formatStaffingTable, formatComparisonTable, formatSeconds, textTable } from './format-table.js';
export { addStaffingSheet, staffingWorkbook } from './xlsx-sheet.js';
export { formatStaffingMarkdown } from './format-markdown.js';
export { formatShiftTable } from './format-shifts.js';
export { intervalText } from './interval-text.js';
export { staffingSpecSheet, hasChannelVolumes } from './spec-sheet.js';
