import { erlangAQueue } from './erlang-a.js';
import { erlangB, erlangCQueue, nextErlangB, type QueueResult } from './erlang-c.js';

/** What an interval must achieve; any combination, all must hold. */
export interface StaffingTarget {
  /** Share answered within `seconds`, e.g. 0.8 in 20 s. */
  serviceLevel?: { fraction: number; seconds: number };
  /** Highest acceptable average speed of answer. */
  asaSeconds?: number;
  /** Highest acceptable occupancy, 0..1. */
  maxOccupancy?: number;
  /** Highest acceptable share of contacts that abandon, 0..1 (holds by itself under Erlang C). */
  maxAbandoned?: number;
}

export interface IntervalLoad {
  /** Contacts offered in the interval. */
  volume: number;
  intervalSeconds: number;
  ahtSeconds: number;
  /** Mean patience before abandoning; when set, Erlang A is used instead of Erlang C. */
  patienceSeconds?: number;
}

export interface Solution extends QueueResult {
  /** The fewest agents that meet the target and the occupancy cap. */
  agents: number;
  model: 'erlang-c' | 'erlang-a';
  /** Offered load in Erlangs. */
  erlangs: number;
}

const EPS = 1e-12;
/** Offered load beyond any real queue (a mistyped volume or AHT); solving it would take hours, so it is refused. */
export const MAX_ERLANGS = 100_000;
/** Most agents one interval may need before ccp gives up on the target (see MAX_ERLANGS). */
export const MAX_AGENTS = 1_000_000;

/** Whether a queue result meets every part of the target. */
export function meetsTarget(r: QueueResult, target: StaffingTarget): boolean {
  if (target.serviceLevel && r.serviceLevel < target.serviceLevel.fraction - EPS) return false;
  if (target.asaSeconds !== undefined && !(r.asaSeconds <= target.asaSeconds + EPS)) return false;
  if (target.maxOccupancy !== undefined && r.occupancy > target.maxOccupancy + EPS) return false;
  if (target.maxAbandoned !== undefined && r.abandoned > target.maxAbandoned + EPS) return false;
  return true;
}

/**
 * The fewest agents that meet the target: Erlang C steps n up from the first stable count, carrying Erlang B along
 * (one division per step); Erlang A bisects below the Erlang C answer, since every measure is monotone in n and
 * abandonment only shortens queues.
 */
export function solveAgents(load: IntervalLoad, target: StaffingTarget): Solution {
  const { volume, intervalSeconds, ahtSeconds, patienceSeconds } = load;
  const a = (volume * ahtSeconds) / intervalSeconds;
  const t = target.serviceLevel?.seconds ?? 0;
  const c = solveErlangC(a, ahtSeconds, t, target);
  if (patienceSeconds === undefined || !(patienceSeconds > 0) || !Number.isFinite(patienceSeconds) || a <= 0) return c;
  const lambda = volume / intervalSeconds;
  const evaluate = (n: number) => erlangAQueue(n, lambda, ahtSeconds, patienceSeconds, t);
  let hi = c.agents;
  let hiResult = evaluate(hi);
  // Erlang C's answer meets the target under Erlang A too; the steps up only guard against rounding.
  while (!meetsTarget(hiResult, target) && hi < 2 * c.agents + 100) hiResult = evaluate(++hi);
  let lo = 0; // lo never meets (0 agents answer nothing)
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    const r = evaluate(mid);
    if (meetsTarget(r, target)) [hi, hiResult] = [mid, r];
    else lo = mid;
  }
  return { ...hiResult, agents: hi, model: 'erlang-a', erlangs: a };
}

function solveErlangC(a: number, ahtSeconds: number, t: number, target: StaffingTarget): Solution {
  if (a <= 0) return { ...erlangCQueue(0, 0, ahtSeconds, t), agents: 0, model: 'erlang-c', erlangs: 0 };
  if (!(a <= MAX_ERLANGS)) throw new RangeError(`the offered load of ${Math.round(a).toLocaleString('en-US')} Erlangs is over the ${MAX_ERLANGS.toLocaleString('en-US')} ccp solves; check volume and aht`);
  if (target.maxOccupancy !== undefined && !(target.maxOccupancy > 0)) throw new RangeError('maxOccupancy must be above 0.');
  let n = Math.max(1, Math.floor(a) + 1);
  if (target.maxOccupancy !== undefined) n = Math.max(n, Math.ceil(a / target.maxOccupancy - EPS));
  let b = n <= MAX_AGENTS ? erlangB(n, a) : 0;
  for (;;) {
    // a tiny max_occupancy or a target no queue meets would step n up for hours
    if (n > MAX_AGENTS) throw new RangeError(`the target needs more than ${MAX_AGENTS.toLocaleString('en-US')} agents in one interval; check max_occupancy and service_level`);
    const r = erlangCQueue(n, a, ahtSeconds, t, b);
    if (meetsTarget(r, target)) return { ...r, agents: n, model: 'erlang-c', erlangs: a };
    n++;
    b = nextErlangB(b, n, a);
  }
}
