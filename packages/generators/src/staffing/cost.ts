import { label, type Model, type Money, type Process, type Role } from '@ccp/core';
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

/** `12.5 PLN + 3 EUR`. */
export function formatAmounts(amounts: Amount[]): string {
  return amounts.length ? amounts.map((a) => `${a.amount.toFixed(2)}${a.currency ? ` ${a.currency}` : ''}`).join(' + ') : '-';
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
  return {
    process: process.id,
    name: label(process),
    steps,
    total: sumAmounts(steps.flatMap((s) => (s.cost ? [s.cost] : []))),
    uncosted: steps.filter((s) => !s.cost).map((s) => s.step),
  };
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
