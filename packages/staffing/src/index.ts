/**
 * The staffing engine: Erlang B, C and A, agents per interval from a channel's volume, profiles, hours and target,
 * cost per contact and per case, and what-if scenarios (DOMAIN.md: volumes, peaks, holidays and sickness decide how
 * many people a center needs). Pure functions of the model: no file system, no clock, no dependencies besides
 * @ccp/core. Its outputs (text table, workbook sheet, docs section) are in @ccp/generators/staffing.
 */
export * from './types.js';
export { erlangB, erlangC, erlangCQueue, nextErlangB, type QueueResult } from './erlang-c.js';
export { erlangAQueue, EXACT_WORK_LIMIT } from './erlang-a.js';
export { gammaP, logGamma } from './gamma.js';
export { solveAgents, meetsTarget, MAX_ERLANGS, type StaffingTarget, type IntervalLoad, type Solution } from './solve-agents.js';
// The one reader of opening hours is in @ccp/core (ccp check uses it too); re-exported for library users.
export { readOpeningHours, openHoursPerDay, formatOpeningHours, WEEKDAYS, type WeekOpening, type OpenRange, type Weekday } from '@ccp/core';
export { staffChannel, channelTarget, weeklyVolume, type StaffingContext } from './channel-staffing.js';
export { staffingReport, staffingContext, roleSummaries, forMonth, MONTHS, type StaffingOptions } from './report.js';
export { processCost, processCosts, sumAmounts, formatAmounts, decimal } from './cost.js';
export { applyScenario, compareScenario, findScenario, describeChange } from './scenario.js';
export { formatSeconds } from './seconds.js';
export { shiftPlan, shiftCandidates, weekIntervals, coveredBy, DEFAULT_PATTERNS, type Candidate, type WeekInterval } from './shift-plan.js';
export { solveCover, coverProgram, lessPaid, type CoverCandidate, type CoverInterval, type CoverSolution } from './shift-solver.js';
export { planDeferred, type DeferredSlot, type DeferredOptions, type DeferredRow } from './deferred-work.js';
export { isDeferred, DEFERRED_OCCUPANCY, DEFERRED_FROM_SECONDS } from './deferred-channel.js';
export { channelKpis, holdToKpis, kpiFindings, kpiMeasure, type ChannelKpi, type KpiMeasure } from './kpi-targets.js';
export { backOfficeWork, stepShares, casesPerWeek } from './back-office.js';
export { staffingNotes, staffingNotesByLanguage, type StaffingNotes } from './notes.js';
