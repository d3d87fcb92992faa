import { minOf, isOpenAt, openHoursPerDay, readOpeningHours, WEEKDAYS, type Channel, type OpenRange, type ProfilePoint, type WeekOpening, type Weekday } from '@ccp/core';
import { staffingNotes, type StaffingNotes } from './notes.js';

/** Mo-Fr 08:00-16:00: the hours assumed for a channel that gives none (noted, and warned by channel-without-hours). */
const DEFAULT_WEEK: WeekOpening = {
  mo: [{ start: 480, end: 960 }], tu: [{ start: 480, end: 960 }], we: [{ start: 480, end: 960 }], th: [{ start: 480, end: 960 }], fr: [{ start: 480, end: 960 }], sa: [], su: [],
};

/** The channel's open ranges per weekday; undefined when its `hours` text cannot be read (never a guess). */
export function channelWeek(channel: Channel): WeekOpening | undefined {
  if (channel.hours === undefined) return DEFAULT_WEEK;
  const reading = readOpeningHours(channel.hours);
  return reading.ok ? reading.week : undefined;
}

/** Days with open hours. */
export function openDaysOf(week: WeekOpening): Weekday[] {
  return WEEKDAYS.filter((d) => week[d].length > 0);
}

/** One interval of a day: its start (`HH:MM`), length in seconds and share of the day's volume. */
export interface Slot {
  label: string;
  /** Seconds since midnight. */
  start: number;
  seconds: number;
  share: number;
}

/** The plan of one day (or of several days that are alike): its volume and, with an intraday profile, its slots. */
export interface DayPlan {
  /** The weekday; undefined when the rows stand for each of `days` alike days. */
  day?: Weekday;
  /** How many days of the week the plan stands for. */
  days: number;
  volume: number;
  /** Open hours of the day. */
  openHours: number;
  ranges: OpenRange[];
  /** Intraday slots inside the open hours, shares re-spread to 100% of the day; empty without a profile. */
  slots: Slot[];
}

const hhmm = (seconds: number) => `${String(Math.floor(seconds / 3600) % 24).padStart(2, '0')}:${String(Math.floor((seconds % 3600) / 60)).padStart(2, '0')}`;

function secondsOf(at: string): number {
  const [h, m] = at.split(':').map(Number);
  return (h ?? 0) * 3600 + (m ?? 0) * 60;
}

/** Intraday profile points as slots of the channel's interval length (a point is split evenly when longer). */
export function intradaySlots(points: ProfilePoint[], intervalSeconds: number | undefined): Slot[] {
  const sorted = [...points].sort((x, y) => secondsOf(x.at) - secondsOf(y.at));
  const gaps = sorted.slice(1).map((p, i) => secondsOf(p.at) - secondsOf(sorted[i]!.at)).filter((g) => g > 0);
  const smallest = gaps.length ? minOf(gaps) : (intervalSeconds ?? 3600);
  const slots: Slot[] = [];
  sorted.forEach((p, i) => {
    const next = sorted[i + 1];
    const length = next && secondsOf(next.at) > secondsOf(p.at) ? secondsOf(next.at) - secondsOf(p.at) : smallest;
    const parts = intervalSeconds && intervalSeconds < length && length % intervalSeconds === 0 ? length / intervalSeconds : 1;
    for (let k = 0; k < parts; k++) {
      const start = secondsOf(p.at) + (k * length) / parts;
      slots.push({ label: hhmm(start), start, seconds: length / parts, share: p.fraction / parts });
    }
  });
  return slots;
}

/** Even slots of `seconds` over the open ranges of a day, for a day the intraday profile says nothing about. */
function evenSlots(ranges: OpenRange[], seconds: number): Slot[] {
  const slots: Slot[] = [];
  for (const r of ranges) for (let s = r.start * 60; s < r.end * 60; s += seconds) slots.push({ label: hhmm(s), start: s, seconds: Math.min(seconds, r.end * 60 - s), share: 0 });
  const total = slots.reduce((sum, s) => sum + s.seconds, 0);
  for (const s of slots) s.share = s.seconds / total;
  return slots;
}

/**
 * The slots of one day: the profile's points that start inside the day's open ranges, each cut at the range's
 * end; the shares of points outside are re-spread over the points kept, in proportion, so that the day's volume
 * is kept whole. Returns the slots and the labels dropped.
 */
function daySlots(profile: Slot[], ranges: OpenRange[], fallback: number): { slots: Slot[]; dropped: Slot[]; even: boolean } {
  const kept: Slot[] = [];
  const dropped: Slot[] = [];
  for (const s of profile) {
    const range = ranges.find((r) => isOpenAt([r], s.start / 60));
    if (range) kept.push({ ...s, seconds: Math.min(s.seconds, range.end * 60 - s.start) });
    else dropped.push(s);
  }
  const keptShare = kept.reduce((sum, s) => sum + s.share, 0);
  if (!kept.length || !(keptShare > 0)) return { slots: evenSlots(ranges, fallback), dropped, even: true };
  const total = keptShare + dropped.reduce((sum, s) => sum + s.share, 0);
  return { slots: kept.map((s) => ({ ...s, share: (s.share / keptShare) * (total > 0 ? total : 1) })), dropped, even: false };
}

/** `08:00, 13:00-19:30` from the labels of consecutive slots. */
function labelRuns(slots: Slot[]): string {
  const runs: string[][] = [];
  let last: Slot | undefined;
  for (const s of slots) {
    if (last && last.start + last.seconds === s.start) runs[runs.length - 1]!.push(s.label);
    else runs.push([s.label]);
    last = s;
  }
  return runs.map((r) => (r.length > 1 ? `${r[0]}-${r[r.length - 1]}` : r[0])).join(', ');
}

const rangesText = (ranges: OpenRange[]) => ranges.map((r) => `${hhmm(r.start * 60)}-${r.end === 1440 ? '24:00' : hhmm(r.end * 60)}`).join(', ');

/**
 * The days to staff and their volumes: a day's volume is the week's volume times its share in the weekly profile,
 * or, without one, the week shared over the open days by their open hours. Closed days have no plan (a share the
 * weekly profile gives them is not staffed, with a note). With an intraday profile, each day's slots are the
 * profile's points inside its hours. Days alike (same hours, same volume, no weekly profile) are one plan.
 */
export function dayPlans(channel: Channel, week: WeekOpening, weekVolume: number, notes: string[], t: StaffingNotes = staffingNotes(undefined)): DayPlan[] {
  const hours = openHoursPerDay(week);
  const open = openDaysOf(week);
  const interval = channel.intervalSeconds !== undefined && channel.intervalSeconds > 0 ? channel.intervalSeconds : undefined;
  const weekly = channel.weekly.filter((p) => p.fraction > 0);
  const volumes = new Map<Weekday, number>();
  if (weekly.length) {
    for (const p of weekly) {
      const d = p.at as Weekday;
      if (hours[d]! > 0) volumes.set(d, (volumes.get(d) ?? 0) + weekVolume * p.fraction);
      else notes.push(t.closedDayShare({ day: d, percent: Math.round(p.fraction * 1000) / 10, contacts: round1(weekVolume * p.fraction) }));
    }
  } else {
    const totalHours = open.reduce((sum, d) => sum + hours[d]!, 0);
    for (const d of open) volumes.set(d, totalHours > 0 ? (weekVolume * hours[d]!) / totalHours : 0);
    if (new Set(open.map((d) => hours[d])).size > 1) notes.push(t.sharedByHours());
  }
  const profile = channel.intraday.length ? intradaySlots(channel.intraday, interval) : [];
  const plans: DayPlan[] = [];
  // Notes per text, with the days they hold for, so that five alike weekdays make one note.
  const dayNotes = new Map<string, Weekday[]>();
  const dayNote = (d: Weekday, text: string) => dayNotes.set(text, [...(dayNotes.get(text) ?? []), d]);
  for (const d of WEEKDAYS) {
    const volume = volumes.get(d);
    if (volume === undefined || !(hours[d]! > 0)) continue;
    let slots: Slot[] = [];
    if (profile.length) {
      const r = daySlots(profile, week[d], interval ?? 3600);
      slots = r.slots;
      if (r.even) dayNote(d, t.evenSpread({ ranges: rangesText(week[d]) }));
      else if (r.dropped.length) {
        const share = r.dropped.reduce((sum, s) => sum + s.share, 0);
        dayNote(d, t.pointsOutside({ points: labelRuns(r.dropped), ranges: rangesText(week[d]), percent: Math.round(share * 1000) / 10 }));
      }
    }
    plans.push({ day: d, days: 1, volume, openHours: hours[d]!, ranges: week[d], slots });
  }
  for (const [text, days] of dayNotes) notes.push(t.onDays({ days: days.join(', '), text }));
  // Without a weekly profile, days with the same hours (and so the same volume and slots) are one plan; without an
  // intraday profile too, every open day has the same contacts per open hour, so one busy hour stands for all (its
  // volume and hours the mean day's: agents per hour times the mean hours times the days is the week's agent hours).
  if (!weekly.length && plans.length > 1 && (!profile.length || plans.every((p) => rangesText(p.ranges) === rangesText(plans[0]!.ranges)))) {
    const mean = (f: (p: DayPlan) => number) => plans.reduce((sum, p) => sum + f(p), 0) / plans.length;
    return [{ ...plans[0]!, day: undefined, days: plans.length, volume: mean((p) => p.volume), openHours: mean((p) => p.openHours) }];
  }
  return plans;
}

const round1 = (x: number) => Math.round(x * 10) / 10;
