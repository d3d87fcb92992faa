/**
 * Deferred work (e-mail, forms, back office, outbound lists): work that waits in a backlog, answered within a target
 * of hours rather than seconds. Per interval the agents are the workload of the target window ahead over the target
 * time and the occupancy ceiling (a forward moving average), then raised where a first-in-first-out simulation of the
 * backlog finds an item past its target. The backlog is carried from interval to interval and from the week's end
 * to its start (the week is simulated twice; the second pass, in steady state, is reported).
 *
 * The clock is the channel's open time: a target of 8 h is 8 open hours, so an e-mail that arrives at closing is due
 * 8 h into the next open hours (the way service desks count business-hours targets).
 */
import { minOf } from '@ccp/core';

export interface DeferredSlot {
  label: string;
  seconds: number;
  /** Items arriving in the slot. */
  volume: number;
}

export interface DeferredOptions {
  ahtSeconds: number;
  /** Every item answered within this many seconds of open time. */
  targetSeconds: number;
  /** Highest share of an agent's time on the work, 0..1. */
  maxOccupancy: number;
}

export interface DeferredRow {
  label: string;
  agents: number;
  /** Items still waiting at the interval's end. */
  backlog: number;
  /** Age (open seconds) of the oldest item still waiting at the interval's end; 0 when none. */
  oldestWaitSeconds: number;
  /** Share of the agents' time spent on the work. */
  occupancy: number;
  /** Items finished in the interval. */
  done: number;
}

interface Chunk {
  /** Open-clock second the items arrived (the start of their interval: the conservative reading). */
  arrival: number;
  items: number;
}

const EPS = 1e-9;

/** One pass over the slots from a starting backlog: the rows, the first late interval (or -1), the end backlog. */
function simulate(slots: DeferredSlot[], agents: number[], o: DeferredOptions, start: Chunk[]): { rows: DeferredRow[]; late: number; end: Chunk[] } {
  const queue = start.map((c) => ({ ...c }));
  const rows: DeferredRow[] = [];
  let late = -1;
  let t = 0;
  slots.forEach((s, i) => {
    if (s.volume > 0) queue.push({ arrival: t, items: s.volume });
    let capacity = (agents[i]! * s.seconds * o.maxOccupancy) / o.ahtSeconds;
    let done = 0;
    while (queue.length && capacity > EPS) {
      const c = queue[0]!;
      const take = Math.min(c.items, capacity);
      c.items -= take;
      capacity -= take;
      done += take;
      if (c.items <= EPS) queue.shift();
    }
    const end = t + s.seconds;
    if (late < 0 && queue.length && queue[0]!.arrival + o.targetSeconds <= end + EPS && queue[0]!.items > EPS) late = i;
    const work = agents[i]! * s.seconds;
    rows.push({
      label: s.label,
      agents: agents[i]!,
      backlog: queue.reduce((sum, c) => sum + c.items, 0),
      oldestWaitSeconds: queue.length ? end - queue[0]!.arrival : 0,
      occupancy: work > 0 ? (done * o.ahtSeconds) / work : 0,
      done,
    });
    t = end;
  });
  return { rows, late, end: queue };
}

/** Agents per interval and the backlog they leave, with every item answered within the target (see above). */
export function planDeferred(slots: DeferredSlot[], o: DeferredOptions): DeferredRow[] {
  const total = slots.reduce((s, x) => s + x.seconds, 0);
  if (!slots.length || !(total > 0)) return [];
  const target = Math.max(o.targetSeconds, minOf(slots.map((s) => s.seconds)));
  const opts = { ...o, targetSeconds: target };
  // Forward moving average: the work arriving in [start, start + target) over target x ceiling, the week wrapping.
  const starts: number[] = [];
  slots.reduce((t, s) => (starts.push(t), t + s.seconds), 0);
  const agents = slots.map((_, i) => {
    let work = 0;
    for (let k = 0, span = 0; span < target && k < slots.length; k++) {
      const s = slots[(i + k) % slots.length]!;
      const part = Math.min(1, (target - span) / s.seconds);
      work += s.volume * part * o.ahtSeconds;
      span += s.seconds;
    }
    return Math.ceil(work / (target * o.maxOccupancy) - EPS);
  });
  for (let guard = 0; guard < 100_000; guard++) {
    const first = simulate(slots, agents, opts, []);
    const carried = first.end.map((c) => ({ arrival: c.arrival - total, items: c.items }));
    const steady = simulate(slots, agents, opts, carried);
    const late = first.late >= 0 ? first.late : steady.late;
    if (late < 0) return steady.rows;
    agents[late]!++;
  }
  throw new RangeError('deferred work: no plan meets the target; check volume, aht and the target');
}
