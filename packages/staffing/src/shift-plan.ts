import { WEEKDAYS, type Model, type ShiftPattern, type WeekOpening, type Weekday } from '@ccp/core';
import { channelWeek, openDaysOf } from './day-plan.js';
import { solveCover, type CoverCandidate, type CoverInterval } from './shift-solver.js';
import type { ShiftCoverage, ShiftPatternPlan, ShiftReport, StaffingReport, StaffingRow } from './types.js';

const WEEK = 7 * 86400;
const DAY = 86400;
/** The default set when the model declares no shift: full time 8 h and part time 4 h, no break. */
export const DEFAULT_PATTERNS: readonly { id: string; lengthSeconds: number }[] = [
  { id: 'full-time', lengthSeconds: 8 * 3600 },
  { id: 'part-time', lengthSeconds: 4 * 3600 },
];

/** One interval of the week to cover: its label, start in seconds since Monday 00:00, length, agents needed. */
export interface WeekInterval extends CoverInterval {
  start: number;
  seconds: number;
  day: Weekday;
}

const hhmm = (s: number) => `${String(Math.floor(s / 3600) % 24).padStart(2, '0')}:${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}`;
const ROW_LABEL = /^(?:(mo|tu|we|th|fr|sa|su) )?(\d{2}):(\d{2})$/;

/**
 * A channel's rows as intervals of the week. A row labelled with a day (`mo 08:00`) is that day's; a row without
 * one stands for every open day alike (no weekly profile), so it becomes one interval per open day, labelled with
 * the day. Busy-hour rows have no time of day: undefined (no shift plan without an intraday profile).
 */
export function weekIntervals(rows: StaffingRow[], openDays: readonly Weekday[]): WeekInterval[] | undefined {
  const out: WeekInterval[] = [];
  for (const r of rows) {
    const m = ROW_LABEL.exec(r.interval);
    if (!m) return undefined;
    const time = Number(m[2]) * 3600 + Number(m[3]) * 60;
    for (const day of m[1] ? [m[1] as Weekday] : openDays) {
      out.push({ label: `${day} ${m[2]}:${m[3]}`, day, start: WEEKDAYS.indexOf(day) * DAY + time, seconds: r.intervalSeconds, required: r.agents });
    }
  }
  return out.sort((x, y) => x.start - y.start);
}

const BUSY_HOUR = /^(?:(mo|tu|we|th|fr|sa|su) )?busy hour$/;

/**
 * A channel without an intraday profile has one busy-hour row (per day, with a weekly profile): it says how many
 * agents the busiest hour needs, not when that hour is. The plan then holds that many agents through every open
 * interval of the day (half hours, or the row's interval when shorter): an upper bound that is never short, marked
 * `basis: 'busy-hour'` so the report can say an intraday profile gives a plan that follows the day.
 */
export function busyHourIntervals(rows: StaffingRow[], week: WeekOpening): WeekInterval[] | undefined {
  const byDay = new Map<Weekday | undefined, StaffingRow>();
  for (const r of rows) {
    const m = BUSY_HOUR.exec(r.interval);
    if (!m) return undefined;
    byDay.set(m[1] as Weekday | undefined, r);
  }
  const out: WeekInterval[] = [];
  for (const day of WEEKDAYS) {
    const row = byDay.get(day) ?? byDay.get(undefined);
    if (!row) continue;
    const grid = Math.min(1800, row.intervalSeconds);
    for (const range of week[day]) {
      for (let s = range.start * 60; s < range.end * 60; s += grid) {
        const seconds = Math.min(grid, range.end * 60 - s);
        out.push({ label: `${day} ${hhmm(s)}`, day, start: WEEKDAYS.indexOf(day) * DAY + s, seconds, required: row.agents });
      }
    }
  }
  return out.sort((x, y) => x.start - y.start);
}

/** A concrete shift: a pattern started on one day at one time. */
export interface Candidate extends CoverCandidate {
  pattern: string;
  day: Weekday;
  /** Seconds since midnight. */
  start: number;
  lengthSeconds: number;
  breakSeconds: number;
}

/**
 * The intervals a shift covers: those lying wholly inside it (the week wraps, so a night shift on Sunday covers
 * Monday's early hours) and not touching its paid break, which sits in the middle of the shift, its start rounded
 * down to the interval grid.
 */
export function coveredBy(start: number, length: number, breakSeconds: number, intervals: WeekInterval[], grid: number): number[] {
  const breakOffset = breakSeconds > 0 ? Math.floor((length - breakSeconds) / 2 / grid) * grid : 0;
  const covers: number[] = [];
  intervals.forEach((iv, i) => {
    const o = (((iv.start - start) % WEEK) + WEEK) % WEEK;
    if (o + iv.seconds > length) return;
    if (breakSeconds > 0 && o < breakOffset + breakSeconds && o + iv.seconds > breakOffset) return;
    covers.push(i);
  });
  return covers;
}

/** Start times of a declared pattern on a day: its listed starts, and every grid step of its start window. */
function patternStarts(p: ShiftPattern, grid: number): number[] {
  const starts = new Set(p.starts.map((m) => m * 60));
  if (p.startWindow) for (let s = p.startWindow.from * 60; s <= p.startWindow.to * 60; s += grid) starts.add(s);
  return [...starts].sort((a, b) => a - b);
}

/**
 * The candidate shifts of one channel: every declared pattern that applies to it (no `channels` means all) on each
 * of its days the channel is open, at each start; or, with none, the default set started on every interval
 * boundary of each open day.
 */
export function shiftCandidates(patterns: ShiftPattern[], intervals: WeekInterval[], openDays: readonly Weekday[]): Candidate[] {
  const grid = intervals.reduce((g, iv) => Math.min(g, iv.seconds), 1800);
  const out: Candidate[] = [];
  const add = (pattern: string, day: Weekday, start: number, lengthSeconds: number, breakSeconds: number) => {
    const at = WEEKDAYS.indexOf(day) * DAY + start;
    out.push({ id: `${pattern} ${day} ${hhmm(start)}`, pattern, day, start, lengthSeconds, breakSeconds, covers: coveredBy(at, lengthSeconds, breakSeconds, intervals, grid) });
  };
  if (patterns.length) {
    for (const p of patterns) {
      const days = p.days.length ? openDays.filter((d) => p.days.includes(d)) : openDays;
      const length = p.lengthSeconds ?? 8 * 3600;
      const brk = Math.min(p.breakSeconds ?? 0, length);
      for (const day of days) for (const s of patternStarts(p, grid)) add(p.id, day, s, length, brk);
    }
    return out;
  }
  for (const def of DEFAULT_PATTERNS) {
    for (const iv of intervals) add(def.id, iv.day, iv.start - WEEKDAYS.indexOf(iv.day) * DAY, def.lengthSeconds, 0);
  }
  return out;
}

/**
 * The shift plan of every channel with interval rows: the fewest agents on the candidate shifts that cover each
 * interval's requirement (an exact integer program, see shift-solver.ts). A channel with busy-hour rows only is
 * planned at its busy hour through every open interval (see busyHourIntervals); one whose hours cannot be read is
 * skipped, with the reason.
 */
export async function shiftPlan(model: Model, report: StaffingReport): Promise<ShiftReport> {
  const patterns: ShiftPatternPlan[] = [];
  const coverage: ShiftCoverage[] = [];
  const channels: ShiftReport['channels'] = [];
  const skipped: ShiftReport['skipped'] = [];
  for (const channel of model.channels) {
    const rows = report.rows.filter((r) => r.channel === channel.id);
    if (!rows.length) continue;
    const week = channelWeek(channel);
    const openDays = week ? openDaysOf(week) : [];
    const intervals = weekIntervals(rows, openDays) ?? (week ? busyHourIntervals(rows, week) : undefined);
    if (!intervals?.length) {
      skipped.push({ channel: channel.id, reason: week ? 'the staffing rows have no time of day and the channel has no open hours to put a shift on' : 'its hours cannot be read' });
      continue;
    }
    const flat = !channel.intraday.length;
    const declared = model.shifts.filter((s) => !s.channels.length || s.channels.some((c) => c.id === channel.id));
    const candidates = shiftCandidates(declared, intervals, openDays);
    // Candidates that cover the same intervals are one column of the program (a 4 h and an 8 h shift starting just
    // before closing); the agents go to the shortest of them, the others are listed with none.
    const columns = new Map<string, number>();
    const representative: number[] = [];
    candidates.forEach((c, j) => {
      const key = c.covers.join(',');
      const k = columns.get(key);
      if (k === undefined) columns.set(key, representative.push(j) - 1);
      else if (c.lengthSeconds < candidates[representative[k]!]!.lengthSeconds) representative[k] = j;
    });
    const grid = intervals.reduce((g, iv) => Math.min(g, iv.seconds), 1800);
    const reduced = await solveCover(intervals, representative.map((j) => ({ ...candidates[j]!, paid: Math.round(candidates[j]!.lengthSeconds / grid) })));
    const agentsOf = candidates.map(() => 0);
    representative.forEach((j, k) => (agentsOf[j] = reduced.agents[k]!));
    const solution = { ...reduced, agents: agentsOf };
    const planned = intervals.map(() => 0);
    candidates.forEach((c, j) => c.covers.forEach((i) => (planned[i]! += solution.agents[j]!)));
    candidates.forEach((c, j) =>
      patterns.push({
        channel: channel.id,
        id: c.id,
        pattern: c.pattern,
        day: c.day,
        start: hhmm(c.start),
        lengthSeconds: c.lengthSeconds,
        breakSeconds: c.breakSeconds,
        covers: c.covers.map((i) => intervals[i]!.label),
        agents: solution.agents[j]!,
      }),
    );
    intervals.forEach((iv, i) => coverage.push({ channel: channel.id, interval: iv.label, required: iv.required, planned: planned[i]! }));
    const paidHours = candidates.reduce((s, c, j) => s + (solution.agents[j]! * c.lengthSeconds) / 3600, 0);
    channels.push({
      channel: channel.id,
      source: declared.length ? 'declared' : 'default',
      status: solution.status,
      total: solution.total,
      paidHours: Math.round(paidHours * 100) / 100,
      uncovered: solution.uncovered.map((i) => intervals[i]!.label),
      basis: flat ? 'busy-hour' : 'intraday',
    });
  }
  return { total: channels.reduce((s, c) => s + c.total, 0), channels, patterns, coverage, skipped };
}
