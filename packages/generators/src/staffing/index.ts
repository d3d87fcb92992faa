/**
 * Staffing, cost and what-if scenarios from the model (DOMAIN.md: volumes, peaks, holidays and sickness decide
 * how many people a center needs). Pure functions of the model; exceljs is imported only by `staffingWorkbook`.
 */
export * from './types.js';
export { erlangB, erlangC, erlangCQueue, nextErlangB, type QueueResult } from './erlang-c.js';
export { erlangAQueue, EXACT_WORK_LIMIT } from './erlang-a.js';
export { gammaP, logGamma } from './gamma.js';
export { solveAgents, meetsTarget, MAX_ERLANGS, type StaffingTarget, type IntervalLoad, type Solution } from './solve-agents.js';
export { parseOpeningHours, WEEKDAYS, type OpeningHours, type Weekday } from './opening-hours.js';
export { staffChannel, channelTarget, weeklyVolume, type StaffingContext } from './channel-staffing.js';
export { staffingReport, staffingContext, roleSummaries, forMonth, MONTHS, type StaffingOptions } from './report.js';
export { processCost, processCosts, sumAmounts, formatAmounts, decimal } from './cost.js';
export { applyScenario, compareScenario, findScenario, describeChange } from './scenario.js';
export { formatStaffingTable, formatComparisonTable, formatSeconds, textTable } from './format-table.js';
export { addStaffingSheet, staffingWorkbook } from './xlsx-sheet.js';
export { formatStaffingMarkdown } from './format-markdown.js';
export { intervalText } from './interval-text.js';
export { staffingSpecSheet, hasChannelVolumes } from './spec-sheet.js';
