import { label, readOpeningHours, type Channel, type OutputLanguage } from '@ccp/core';
import { staffingNotes } from './notes.js';
import { channelWeek, dayPlans, openDaysOf } from './day-plan.js';
import { isDeferred, staffDeferredChannel } from './deferred-channel.js';
import { holdToKpis, type ChannelKpi } from './kpi-targets.js';
import { solveAgents, type Solution, type StaffingTarget } from './solve-agents.js';
import type { ChannelSummary, StaffingRow } from './types.js';

/** Project-wide inputs to a channel's staffing. */
export interface StaffingContext {
  /** Total shrinkage, 0..1. */
  shrinkage: number;
  hoursPerWeek: number;
  /** The language of the notes (the project's output_language; English when absent). */
  language?: OutputLanguage;
}

/** Rounds for output so that reports and golden files stay stable and readable. */
export function round(x: number, digits: number): number {
  if (!Number.isFinite(x)) return x;
  const f = 10 ** digits;
  return Math.round(x * f) / f || 0;
}

/** A channel's contacts per week, from whichever of per day / week / month the model gives. A `/day` volume counts
 * once per open day (hours that cannot be read count as Mo-Fr, for scenarios; such a channel is not staffed). */
export function weeklyVolume(channel: Channel): number | undefined {
  const v = channel.volume;
  if (v.perWeek !== undefined) return v.perWeek;
  if (v.perDay !== undefined) return v.perDay * openDaysOf(channelWeek(channel) ?? channelWeek({ ...channel, hours: undefined })!).length;
  if (v.perMonth !== undefined) return (v.perMonth * 12) / 52;
  return undefined;
}

/** The service-level / ASA / occupancy target of a channel, and a note when one had to be assumed. */
export function channelTarget(channel: Channel): { target: StaffingTarget; assumed: boolean } {
  const target: StaffingTarget = {};
  if (channel.serviceLevel) target.serviceLevel = { fraction: channel.serviceLevel.fraction, seconds: channel.serviceLevel.seconds };
  if (channel.asaSeconds !== undefined) target.asaSeconds = channel.asaSeconds;
  const assumed = !target.serviceLevel && target.asaSeconds === undefined;
  if (assumed) target.serviceLevel = { fraction: 0.8, seconds: 20 };
  if (channel.maxOccupancy !== undefined && channel.maxOccupancy > 0 && channel.maxOccupancy <= 1) target.maxOccupancy = channel.maxOccupancy;
  if (channel.abandonment !== undefined && channel.abandonment >= 0 && channel.abandonment <= 1) target.maxAbandoned = channel.abandonment;
  return { target, assumed };
}

/**
 * Rows and summary of one channel. Intervals come from the intraday profile (per weekday when a weekly profile
 * is also given); without one, a busy-hour row per day (weekly profile) or a single busy-hour row, from the
 * average open hour times the peak factor. Weekly agent hours add up every interval of the week; for busy-hour
 * rows they come from the average hour, staffed over the open hours.
 */
export function staffChannel(channel: Channel, ctx: StaffingContext, kpis: ChannelKpi[] = []): { rows: StaffingRow[]; summary: ChannelSummary } | { skipped: string } {
  const notes: string[] = [];
  const t = staffingNotes(ctx.language);
  const week = weeklyVolume(channel);
  if (week === undefined) return { skipped: t.noVolume() };
  if (channel.ahtSeconds === undefined || !(channel.ahtSeconds > 0)) return { skipped: t.noAht() };
  const concurrency = channel.concurrency !== undefined && channel.concurrency > 1 ? channel.concurrency : 1;
  // Erlang on the effective handling time: one agent with N contacts at once frees a line every aht / N.
  const aht = channel.ahtSeconds / concurrency;
  if (concurrency > 1) notes.push(t.concurrency({ n: concurrency, aht: round(aht, 2) }));
  const opening = channelWeek(channel);
  if (!opening) {
    const reading = readOpeningHours(channel.hours ?? '');
    return { skipped: t.hoursUnreadable({ hours: channel.hours ?? '', ...(reading.ok ? {} : { reason: reading.error.message }) }) };
  }
  if (channel.hours === undefined) notes.push(t.noHours());
  const openDays = openDaysOf(opening);
  if (channel.volume.perWeek === undefined && channel.volume.perDay !== undefined) {
    notes.push(t.perDay({ perDay: round(channel.volume.perDay, 2), days: openDays.length, week: round(week, 2), weekly: channel.weekly.length > 0 }));
  }
  const own = channelTarget(channel);
  const assumed = own.assumed && !kpis.some((k) => k.measure === 'serviceLevel' || k.measure === 'asa');
  // A target assumed for want of one gives way to a KPI's service level or ASA.
  const base = own.assumed && !assumed ? (({ serviceLevel: _, ...rest }) => rest)(own.target) : own.target;
  const target = holdToKpis(base, kpis);
  if (kpis.length) notes.push(t.heldToKpis({ count: kpis.length, kpis: kpis.map((k) => `'${k.kpi.id}' (${k.kpi.target!.text})`).join(', ') }));
  if (assumed) notes.push(t.assumedTarget());
  if (channel.maxOccupancy !== undefined && target.maxOccupancy === undefined) notes.push(t.badOccupancy());
  if (isDeferred(channel, target, assumed)) return staffDeferredChannel(channel, ctx, opening, week, target, notes);
  if (target.maxAbandoned !== undefined && !(channel.patienceSeconds! > 0)) notes.push(t.abandonNeedsPatience());
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
      ahtSeconds: channel.ahtSeconds!,
      ...(concurrency > 1 ? { concurrency } : {}),
      targetPercent: target.serviceLevel ? round(target.serviceLevel.fraction * 100, 4) : null,
      targetSeconds: target.serviceLevel ? target.serviceLevel.seconds : (target.asaSeconds ?? null),
      ...(target.maxOccupancy !== undefined ? { maxOccupancy: target.maxOccupancy } : {}),
      ...(target.maxAbandoned !== undefined ? { maxAbandoned: target.maxAbandoned } : {}),
      agents: s.agents,
      serviceLevel: round(s.serviceLevel, 4),
      asaSeconds: round(s.asaSeconds, 2),
      occupancy: round(s.occupancy, 4),
      fte: round(s.agents / (1 - ctx.shrinkage), 2),
      erlangs: round(s.erlangs, 4),
      model: s.model,
      abandoned: round(s.abandoned, 4),
      ...(target.asaSeconds !== undefined ? { targetAsaSeconds: target.asaSeconds } : {}),
    };
    rows.push(row);
    return s.agents;
  };
  const plans = dayPlans(channel, opening, week, notes, t);
  const weeklyContacts = plans.reduce((sum, p) => sum + p.volume * p.days, 0);
  if (channel.intraday.length) {
    for (const plan of plans) {
      for (const slot of plan.slots) {
        const agents = addRow(plan.day ? `${plan.day} ${slot.label}` : slot.label, plan.volume * slot.share, slot.seconds);
        weeklyAgentSeconds += agents * slot.seconds * plan.days;
      }
    }
    if (channel.peakFactor !== undefined) notes.push(t.peakFactorUnused());
  } else {
    const peak = channel.peakFactor ?? 1;
    if (channel.peakFactor === undefined) notes.push(t.noIntraday());
    const seconds = interval ?? 3600;
    for (const plan of plans) {
      const perSecond = plan.volume / (plan.openHours * 3600);
      addRow(plan.day ? `${plan.day} busy hour` : 'busy hour', perSecond * peak * seconds, seconds);
      const average = solve(perSecond * 3600, 3600).agents;
      weeklyAgentSeconds += average * plan.openHours * 3600 * plan.days;
    }
    notes.push(t.weeklyFromAverage());
  }
  if (channel.seasonality.length) {
    const top = channel.seasonality.reduce((x, y) => (y.fraction > x.fraction ? y : x));
    notes.push(t.averageMonth({ month: top.at, percent: round(top.fraction * 100, 1) }));
  }
  if (!rows.length) return { skipped: openDays.length ? t.noShareForOpenDay() : t.closedEveryDay() };
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
  if (channel.handledBy.length > 1) notes.push(t.fteAgainst({ role: channel.handledBy[0]!.id }));
  return { rows, summary };
}
