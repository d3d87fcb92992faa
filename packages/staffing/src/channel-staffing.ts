import { label, openHoursPerDay, readOpeningHours, WEEKDAYS, type Channel, type ProfilePoint, type Weekday } from '@ccp/core';
import { solveAgents, type Solution, type StaffingTarget } from './solve-agents.js';
import type { ChannelSummary, StaffingRow } from './types.js';

/** Project-wide inputs to a channel's staffing. */
export interface StaffingContext {
  /** Total shrinkage, 0..1. */
  shrinkage: number;
  hoursPerWeek: number;
}

/** Rounds for output so that reports and golden files stay stable and readable. */
export function round(x: number, digits: number): number {
  if (!Number.isFinite(x)) return x;
  const f = 10 ** digits;
  return Math.round(x * f) / f || 0;
}

type OpeningHours = Record<Weekday, number>;
const DEFAULT_HOURS: OpeningHours = { mo: 8, tu: 8, we: 8, th: 8, fr: 8, sa: 0, su: 0 };

/** A channel's contacts per week, from whichever of per day / week / month the model gives. */
export function weeklyVolume(channel: Channel): number | undefined {
  const v = channel.volume;
  if (v.perWeek !== undefined) return v.perWeek;
  const days = openDays(channel).length;
  if (v.perDay !== undefined) return v.perDay * days;
  if (v.perMonth !== undefined) return (v.perMonth * 12) / 52;
  return undefined;
}

function hoursOf(channel: Channel): OpeningHours {
  const reading = channel.hours === undefined ? undefined : readOpeningHours(channel.hours);
  return reading?.ok ? openHoursPerDay(reading.week) : DEFAULT_HOURS;
}

function openDays(channel: Channel): Weekday[] {
  const hours = hoursOf(channel);
  return WEEKDAYS.filter((d) => hours[d] > 0);
}

/** Converts 'HH:MM' to seconds since midnight. */
function secondsOf(at: string): number {
  const [h, m] = at.split(':').map(Number);
  return (h ?? 0) * 3600 + (m ?? 0) * 60;
}

interface Slot {
  label: string;
  seconds: number;
  /** Share of the day's volume. */
  share: number;
}

/** Intraday profile points as slots of the channel's interval length (a point is split evenly when longer). */
function intradaySlots(points: ProfilePoint[], intervalSeconds: number | undefined): Slot[] {
  const sorted = [...points].sort((x, y) => secondsOf(x.at) - secondsOf(y.at));
  const gaps = sorted.slice(1).map((p, i) => secondsOf(p.at) - secondsOf(sorted[i]!.at)).filter((g) => g > 0);
  const smallest = gaps.length ? Math.min(...gaps) : (intervalSeconds ?? 3600);
  const slots: Slot[] = [];
  sorted.forEach((p, i) => {
    const next = sorted[i + 1];
    const length = next && secondsOf(next.at) > secondsOf(p.at) ? secondsOf(next.at) - secondsOf(p.at) : smallest;
    const parts = intervalSeconds && intervalSeconds < length && length % intervalSeconds === 0 ? length / intervalSeconds : 1;
    for (let k = 0; k < parts; k++) {
      const start = secondsOf(p.at) + (k * length) / parts;
      const hh = String(Math.floor(start / 3600) % 24).padStart(2, '0');
      const mm = String(Math.floor((start % 3600) / 60)).padStart(2, '0');
      slots.push({ label: `${hh}:${mm}`, seconds: length / parts, share: p.fraction / parts });
    }
  });
  return slots;
}

/** The service-level / ASA / occupancy target of a channel, and a note when one had to be assumed. */
export function channelTarget(channel: Channel): { target: StaffingTarget; assumed: boolean } {
  const target: StaffingTarget = {};
  if (channel.serviceLevel) target.serviceLevel = { fraction: channel.serviceLevel.fraction, seconds: channel.serviceLevel.seconds };
  if (channel.asaSeconds !== undefined) target.asaSeconds = channel.asaSeconds;
  const assumed = !target.serviceLevel && target.asaSeconds === undefined;
  if (assumed) target.serviceLevel = { fraction: 0.8, seconds: 20 };
  if (channel.maxOccupancy !== undefined && channel.maxOccupancy > 0 && channel.maxOccupancy <= 1) target.maxOccupancy = channel.maxOccupancy;
  return { target, assumed };
}

/**
 * Rows and summary of one channel. Intervals come from the intraday profile (per weekday when a weekly profile
 * is also given); without one, a busy-hour row per day (weekly profile) or a single busy-hour row, from the
 * average open hour times the peak factor. Weekly agent hours add up every interval of the week; for busy-hour
 * rows they come from the average hour, staffed over the open hours.
 */
export function staffChannel(channel: Channel, ctx: StaffingContext): { rows: StaffingRow[]; summary: ChannelSummary } | { skipped: string } {
  const notes: string[] = [];
  const week = weeklyVolume(channel);
  if (week === undefined) return { skipped: 'no volume' };
  if (channel.ahtSeconds === undefined || !(channel.ahtSeconds > 0)) return { skipped: 'no aht' };
  const aht = channel.ahtSeconds;
  if (channel.hours !== undefined) {
    const reading = readOpeningHours(channel.hours);
    if (!reading.ok) return { skipped: `hours "${channel.hours}" cannot be read: ${reading.error.message}` };
  } else notes.push('no hours; assumed Mo-Fr, 8 h a day');
  const hours = hoursOf(channel);
  const days = openDays(channel);
  const { target, assumed } = channelTarget(channel);
  if (assumed) notes.push('no service level or ASA target; assumed 80% in 20 s');
  if (channel.maxOccupancy !== undefined && target.maxOccupancy === undefined) notes.push('max_occupancy must be above 0% and at most 100%; not applied');
  const patience = channel.patienceSeconds !== undefined && channel.patienceSeconds > 0 ? channel.patienceSeconds : undefined;
  const interval = channel.intervalSeconds !== undefined && channel.intervalSeconds > 0 ? channel.intervalSeconds : undefined;
  const rows: StaffingRow[] = [];
  let weeklyAgentSeconds = 0;
  // Weekdays with equal shares repeat the same intervals: solve each load once.
  const solved = new Map<string, Solution>();
  const solve = (volume: number, seconds: number) => {
    const key = `${volume}/${seconds}`;
    let s = solved.get(key);
    if (!s) solved.set(key, (s = solveAgents({ volume, intervalSeconds: seconds, ahtSeconds: aht, ...(patience ? { patienceSeconds: patience } : {}) }, target)));
    return s;
  };
  const addRow = (interval: string, volume: number, seconds: number) => {
    const s = solve(volume, seconds);
    const row: StaffingRow = {
      channel: channel.id,
      interval,
      intervalSeconds: seconds,
      volume: round(volume, 2),
      ahtSeconds: aht,
      targetPercent: target.serviceLevel ? round(target.serviceLevel.fraction * 100, 4) : null,
      targetSeconds: target.serviceLevel ? target.serviceLevel.seconds : (target.asaSeconds ?? null),
      ...(target.maxOccupancy !== undefined ? { maxOccupancy: target.maxOccupancy } : {}),
      agents: s.agents,
      serviceLevel: round(s.serviceLevel, 4),
      asaSeconds: round(s.asaSeconds, 2),
      occupancy: round(s.occupancy, 4),
      fte: round(s.agents / (1 - ctx.shrinkage), 2),
      erlangs: round(s.erlangs, 4),
      model: s.model,
      ...(s.model === 'erlang-a' ? { abandoned: round(s.abandoned, 4) } : {}),
      ...(target.asaSeconds !== undefined ? { targetAsaSeconds: target.asaSeconds } : {}),
    };
    rows.push(row);
    return s.agents;
  };
  const weekly = channel.weekly.filter((p) => p.fraction > 0);
  const weeklyShare = weekly.reduce((sum, p) => sum + p.fraction, 0);
  const dayList: { day?: Weekday; volume: number }[] = weekly.length
    ? WEEKDAYS.flatMap((d) => weekly.filter((p) => p.at === d).map((p) => ({ day: d, volume: week * p.fraction })))
    : [{ volume: channel.volume.perDay ?? week / Math.max(1, days.length) }];
  const weeklyContacts = weekly.length ? week * weeklyShare : week;
  if (channel.intraday.length) {
    const slots = intradaySlots(channel.intraday, interval);
    for (const { day, volume } of dayList) {
      for (const slot of slots) {
        const agents = addRow(day ? `${day} ${slot.label}` : slot.label, volume * slot.share, slot.seconds);
        weeklyAgentSeconds += agents * slot.seconds * (day ? 1 : days.length);
      }
    }
    if (channel.peakFactor !== undefined) notes.push('peak factor not used: the intraday profile gives the peaks');
  } else {
    const peak = channel.peakFactor ?? 1;
    if (channel.peakFactor === undefined) notes.push('no intraday profile or peak factor; the busy hour is the average open hour');
    const seconds = interval ?? 3600;
    const meanOpen = days.reduce((sum, d) => sum + hours[d], 0) / Math.max(1, days.length);
    for (const { day, volume } of dayList) {
      const open = day ? hours[day] || meanOpen : meanOpen;
      const perSecond = volume / (open * 3600);
      addRow(day ? `${day} busy hour` : 'busy hour', perSecond * peak * seconds, seconds);
      const average = solve(perSecond * 3600, 3600).agents;
      weeklyAgentSeconds += average * open * 3600 * (day ? 1 : days.length);
    }
    notes.push('weekly agent hours from the average hour over the open hours');
  }
  if (channel.seasonality.length) {
    const top = channel.seasonality.reduce((x, y) => (y.fraction > x.fraction ? y : x));
    notes.push(`average month; the busiest month is ${top.at} at ${round(top.fraction * 100, 1)}% (staff it with --month ${top.at})`);
  }
  let peakRow = rows[0]!;
  for (const r of rows) if (r.agents > peakRow.agents) peakRow = r;
  const weeklyAgentHours = weeklyAgentSeconds / 3600;
  const summary: ChannelSummary = {
    channel: channel.id,
    name: label(channel),
    model: patience ? 'erlang-a' : 'erlang-c',
    weeklyContacts: round(weeklyContacts, 2),
    peakAgents: peakRow.agents,
    peakInterval: peakRow.interval,
    weeklyAgentHours: round(weeklyAgentHours, 2),
    fte: round(weeklyAgentHours / ctx.hoursPerWeek / (1 - ctx.shrinkage), 2),
    notes,
  };
  if (channel.handledBy[0]) summary.role = channel.handledBy[0].id;
  if (channel.handledBy.length > 1) notes.push(`FTE counted against '${channel.handledBy[0]!.id}', the first of handled_by`);
  return { rows, summary };
}
