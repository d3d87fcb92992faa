import { formatDecimal, formatMoney, maxOf, minOf, label, type Model, type Money, type OutputLanguage, type Process, type Role } from '@ccp/core';
import { round } from './channel-staffing.js';
import type { Amount, ChannelSummary, ProcessCost } from './types.js';

function toAmount(m: Money, hours: number): Amount {
  return { amount: round(m.amount * hours, 2), currency: m.currency ?? '' };
}

/** Adds amounts per currency, keeping the order in which currencies first appear. */
export function sumAmounts(amounts: Amount[]): Amount[] {
  const totals = new Map<string, number>();
  for (const a of amounts) totals.set(a.currency, (totals.get(a.currency) ?? 0) + a.amount);
  return [...totals].map(([currency, amount]) => ({ amount: round(amount, 2), currency }));
}

/** A number with `digits` decimals in the language (Polish: a decimal comma, thousands grouped; see formatDecimal). */
export function decimal(x: number, digits: number, language?: OutputLanguage): string {
  return formatDecimal(x, digits, language);
}

/** `12.50 PLN + 3.00 EUR` (Polish: `12,50 zł + 3,00 EUR`; see formatMoney). */
export function formatAmounts(amounts: Amount[], language?: OutputLanguage): string {
  return amounts.length ? amounts.map((a) => formatMoney(a.amount, a.currency || undefined, language)).join(' + ') : '-';
}

/** Cost of one case of a process: each step's handling time times its role's hourly rate. */
export function processCost(process: Process, roles: Map<string, Role>): ProcessCost {
  const steps = process.steps.map((s) => {
    const role = s.role ? roles.get(s.role.id) : undefined;
    const cost = s.handlingSeconds !== undefined && role?.hourlyRate ? toAmount(role.hourlyRate, s.handlingSeconds / 3600) : undefined;
    return {
      step: s.id,
      ...(s.role ? { role: s.role.id } : {}),
      ...(s.handlingSeconds !== undefined ? { seconds: s.handlingSeconds } : {}),
      ...(cost ? { cost } : {}),
    };
  });
  const total = sumAmounts(steps.flatMap((s) => (s.cost ? [s.cost] : [])));
  const result: ProcessCost = {
    process: process.id,
    name: label(process),
    steps,
    total,
    uncosted: steps.filter((s) => !s.cost).map((s) => s.step),
  };
  if (total.length === 1) {
    const costs = new Map(steps.map((s) => [s.step, s.cost?.amount ?? 0]));
    const range = pathRange(process, costs);
    const currency = total[0]!.currency;
    result.cheapest = { amount: round(range.min, 2), currency };
    result.costliest = { amount: round(range.max, 2), currency };
    // only where shares are written: without a decision that weighs its ways, it is the one path's cost
    const weighted = process.steps.some((s) => s.decision?.branches.some((b) => b.share !== undefined));
    const expected = weighted ? expectedCost(process, costs) : undefined;
    if (expected !== undefined) result.expected = { amount: round(expected, 2), currency };
  }
  return result;
}

/**
 * Expected cost of one case: each step's cost plus, after it, its one next step, or its decision's branches
 * weighted by their shares. Undefined when a step has several ways on without shares, or the process loops.
 * Iterative (post-order), so deep processes cannot overflow the stack.
 */
export function expectedCost(process: Process, costs: Map<string, number>): number | undefined {
  const byId = new Map(process.steps.map((s) => [s.id, s]));
  /** The ways on from a step with their weights, or undefined when they are not weighted. */
  const ways = (id: string): [string, number][] | undefined => {
    const step = byId.get(id)!;
    const branches = step.decision?.branches ?? [];
    if (branches.length && step.next.length === 0) {
      if (branches.some((b) => b.share === undefined)) return undefined;
      return branches.filter((b) => byId.has(b.target.id)).map((b) => [b.target.id, b.share!]);
    }
    const next = step.next.filter((r) => byId.has(r.id));
    if (branches.length || next.length > 1) return undefined;
    return next.map((r) => [r.id, 1]);
  };
  const first = process.steps[0];
  if (!first) return 0;
  const done = new Map<string, number>();
  const onPath = new Set<string>([first.id]);
  const firstWays = ways(first.id);
  if (!firstWays) return undefined;
  const stack: { id: string; ways: [string, number][]; i: number }[] = [{ id: first.id, ways: firstWays, i: 0 }];
  while (stack.length) {
    const top = stack[stack.length - 1]!;
    if (top.i < top.ways.length) {
      const [n] = top.ways[top.i++]!;
      if (onPath.has(n)) return undefined; // a loop: no single expected value without its repeat rate
      if (!done.has(n)) {
        const w = ways(n);
        if (!w) return undefined;
        onPath.add(n);
        stack.push({ id: n, ways: w, i: 0 });
      }
      continue;
    }
    let value = costs.get(top.id) ?? 0;
    for (const [n, share] of top.ways) value += share * done.get(n)!;
    done.set(top.id, value);
    onPath.delete(top.id);
    stack.pop();
  }
  return done.get(first.id);
}

/**
 * Cheapest and costliest way through a process, from its first step to an end: each step's cost plus the
 * cheapest (costliest) of the steps that may follow it (`next` targets and decision branches are alternatives).
 * One iterative depth-first pass: an edge back to a step still on the path (a loop) is left out, so every step is
 * costed once and deep processes cannot overflow the stack.
 */
function pathRange(process: Process, costs: Map<string, number>): { min: number; max: number } {
  const byId = new Map(process.steps.map((s) => [s.id, s]));
  const successors = (id: string) => {
    const step = byId.get(id)!;
    return [...step.next.map((r) => r.id), ...(step.decision?.branches.map((b) => b.target.id) ?? [])].filter((n) => byId.has(n));
  };
  const done = new Map<string, { min: number; max: number }>();
  const onPath = new Set<string>();
  const first = process.steps[0];
  if (!first) return { min: 0, max: 0 };
  const stack: { id: string; next: string[]; i: number }[] = [{ id: first.id, next: successors(first.id), i: 0 }];
  onPath.add(first.id);
  while (stack.length) {
    const top = stack[stack.length - 1]!;
    if (top.i < top.next.length) {
      const n = top.next[top.i++]!;
      if (!done.has(n) && !onPath.has(n)) {
        onPath.add(n);
        stack.push({ id: n, next: successors(n), i: 0 });
      }
      continue;
    }
    const after = top.next.flatMap((n) => (done.has(n) ? [done.get(n)!] : []));
    const own = costs.get(top.id) ?? 0;
    done.set(top.id, after.length ? { min: own + minOf(after.map((r) => r.min)), max: own + maxOf(after.map((r) => r.max)) } : { min: own, max: own });
    onPath.delete(top.id);
    stack.pop();
  }
  return done.get(first.id)!;
}

/** Process costs for every process that has at least one costed step, in declaration order. */
export function processCosts(model: Model): ProcessCost[] {
  const roles = new Map(model.roles.map((r) => [r.id, r]));
  return model.processes.map((p) => processCost(p, roles)).filter((p) => p.total.length > 0);
}

/**
 * Cost per contact of a channel: the handling cost (AHT x rate) and the loaded cost (all paid hours of the
 * channel's FTE, idle time and shrinkage included, x rate, over the week's contacts).
 */
export function addChannelCosts(summary: ChannelSummary, ahtSeconds: number, role: Role | undefined, hoursPerWeek: number): void {
  if (!role?.hourlyRate) return;
  summary.handlingCostPerContact = toAmount(role.hourlyRate, ahtSeconds / 3600);
  if (summary.weeklyContacts > 0)
    summary.loadedCostPerContact = toAmount(role.hourlyRate, (summary.fte * hoursPerWeek) / summary.weeklyContacts);
}
