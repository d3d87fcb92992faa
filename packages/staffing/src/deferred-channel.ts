import { label, type Channel, type OpenRange } from '@ccp/core';
import type { StaffingContext } from './channel-staffing.js';
import { dayPlans, type DayPlan } from './day-plan.js';
import { staffingNotes } from './notes.js';
import { planDeferred, type DeferredSlot } from './deferred-work.js';
import type { StaffingTarget } from './solve-agents.js';
import type { ChannelSummary, StaffingRow } from './types.js';

/** Occupancy ceiling of deferred work when the channel sets none (a planning convention; noted). */
export const DEFERRED_OCCUPANCY = 0.85;
/** A target this long or longer (seconds) makes a channel deferred work: it is answered in hours, not seconds. */
export const DEFERRED_FROM_SECONDS = 3600;

const round = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d || 0;
const hhmm = (s: number) => `${String(Math.floor(s / 3600) % 24).padStart(2, '0')}:${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}`;

/** The target in seconds of a channel whose service-level time is hours, or undefined. */
export function deferredTargetSeconds(channel: Channel, target: StaffingTarget): number | undefined {
  // A service level in hours bounds every item's wait (`90% in 8h` is read as: all within 8 h); an ASA is an average,
  // and an ASA target stays a queue.
  const t = target.serviceLevel?.seconds ?? Infinity;
  if (Number.isFinite(t) && t >= DEFERRED_FROM_SECONDS) return t;
  return undefined;
}

/** Whether the channel is staffed as deferred work: its target is hours, or it is outbound. */
export function isDeferred(channel: Channel, target: StaffingTarget, assumed: boolean): boolean {
  return channel.direction === 'outbound' || (!assumed && deferredTargetSeconds(channel, target) !== undefined);
}

/** Even slots of the interval length over a day's open ranges (the last one cut at closing). */
function evenSlots(ranges: OpenRange[], seconds: number): { label: string; seconds: number; share: number }[] {
  const slots: { label: string; seconds: number; share: number }[] = [];
  for (const r of ranges) for (let s = r.start * 60; s < r.end * 60; s += seconds) slots.push({ label: hhmm(s), seconds: Math.min(seconds, r.end * 60 - s), share: 0 });
  const total = slots.reduce((sum, s) => sum + s.seconds, 0);
  for (const s of slots) s.share = s.seconds / total;
  return slots;
}

/**
 * A deferred channel's rows: each open day's slots (its intraday profile, or even over the open hours), every day of
 * the week in order so that the backlog runs through the week; agents from planDeferred.
 */
export function staffDeferredChannel(
  channel: Channel,
  ctx: StaffingContext,
  week: Parameters<typeof dayPlans>[1],
  weekVolume: number,
  target: StaffingTarget,
  notes: string[],
): { rows: StaffingRow[]; summary: ChannelSummary } | { skipped: string } {
  const aht = channel.ahtSeconds!;
  const interval = channel.intervalSeconds !== undefined && channel.intervalSeconds > 0 ? channel.intervalSeconds : 3600;
  const t = staffingNotes(ctx.language);
  const plans: DayPlan[] = dayPlans(channel, week, weekVolume, notes, t);
  const days = plans.flatMap((p) => (p.day ? [{ ...p, days: 1 }] : (Object.keys(week) as (keyof typeof week)[]).filter((d) => week[d].length).map((d) => ({ ...p, day: d, days: 1 }))));
  const slots: (DeferredSlot & { day: string })[] = [];
  for (const p of days) {
    const daySlots = p.slots.length ? p.slots : evenSlots(p.ranges, interval);
    for (const s of daySlots) slots.push({ day: p.day!, label: `${p.day} ${s.label}`, seconds: s.seconds, volume: p.volume * s.share });
  }
  if (!slots.length) return { skipped: t.closedEveryDay() };
  const openSeconds = slots.reduce((s, x) => s + x.seconds, 0);
  const targetSeconds = deferredTargetSeconds(channel, target) ?? Math.round(openSeconds / days.length);
  if (deferredTargetSeconds(channel, target) === undefined) notes.push(t.outboundNoTarget({ hours: round(targetSeconds / 3600, 2) }));
  const maxOccupancy = target.maxOccupancy ?? DEFERRED_OCCUPANCY;
  if (target.maxOccupancy === undefined) notes.push(t.deferredNoOccupancy({ percent: DEFERRED_OCCUPANCY * 100 }));
  notes.push(t.deferredModel({ hours: round(targetSeconds / 3600, 2), percent: round(maxOccupancy * 100, 1) }));
  const planned = planDeferred(slots, { ahtSeconds: aht, targetSeconds, maxOccupancy });
  const rows: StaffingRow[] = planned.map((p, i) => ({
    channel: channel.id,
    interval: p.label,
    intervalSeconds: slots[i]!.seconds,
    volume: round(slots[i]!.volume, 2),
    ahtSeconds: aht,
    targetPercent: 100,
    targetSeconds,
    maxOccupancy,
    agents: p.agents,
    serviceLevel: 1,
    asaSeconds: round(p.oldestWaitSeconds, 2),
    occupancy: round(p.occupancy, 4),
    fte: round(p.agents / (1 - ctx.shrinkage), 2),
    erlangs: round((slots[i]!.volume * aht) / slots[i]!.seconds, 4),
    model: 'deferred',
    abandoned: 0,
    backlog: round(p.backlog, 2),
    oldestWaitSeconds: round(p.oldestWaitSeconds, 2),
  }));
  const weeklyAgentHours = rows.reduce((s, r) => s + (r.agents * r.intervalSeconds) / 3600, 0);
  let peak = rows[0]!;
  for (const r of rows) if (r.agents > peak.agents) peak = r;
  const summary: ChannelSummary = {
    channel: channel.id,
    name: label(channel),
    model: 'deferred',
    weeklyContacts: round(slots.reduce((s, x) => s + x.volume, 0), 2),
    peakAgents: peak.agents,
    peakInterval: peak.interval,
    weeklyAgentHours: round(weeklyAgentHours, 2),
    fte: round(weeklyAgentHours / ctx.hoursPerWeek / (1 - ctx.shrinkage), 2),
    notes,
  };
  if (channel.handledBy[0]) summary.role = channel.handledBy[0].id;
  return { rows, summary };
}
