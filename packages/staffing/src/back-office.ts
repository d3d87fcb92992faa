import type { Model, Process, Step } from '@ccp/core';
import type { StaffingContext } from './channel-staffing.js';
import type { BackOfficeWork } from './types.js';

const round = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d || 0;

/** Cases per week of a process: per week, per day on 5 working days, or per month x 12 / 52. */
export function casesPerWeek(p: Process): number | undefined {
  const v = p.volume;
  if (v.perWeek !== undefined) return v.perWeek;
  if (v.perDay !== undefined) return v.perDay * 5;
  if (v.perMonth !== undefined) return (v.perMonth * 12) / 52;
  return undefined;
}

/** The ways on from a step: its decision's branches, else its `next` targets (alternatives, as in cost.ts). */
function successors(step: Step): string[] {
  if (step.decision?.branches.length) return step.decision.branches.map((b) => b.target.id);
  return step.next.map((n) => n.id);
}

/**
 * How often each step runs per case: 1 for the first step, each step's share split evenly over the ways on from it
 * (the language has no branch shares), a loop back to an earlier step followed no extra time. Steps in topological
 * order of the graph without its back edges, so a step reached by several ways adds them up (at most 1).
 */
export function stepShares(p: Process): Map<string, number> {
  const byId = new Map(p.steps.map((s) => [s.id, s]));
  const shares = new Map<string, number>();
  const first = p.steps[0];
  if (!first) return shares;
  const order: string[] = [];
  const state = new Map<string, 1 | 2>(); // 1 on the stack, 2 done
  const forward = new Map<string, string[]>();
  // Iterative depth-first search: processes can be long (100k-step benchmarks).
  const stack: { id: string; next: string[]; i: number }[] = [{ id: first.id, next: successors(first).filter((n) => byId.has(n)), i: 0 }];
  state.set(first.id, 1);
  forward.set(first.id, []);
  while (stack.length) {
    const top = stack[stack.length - 1]!;
    if (top.i < top.next.length) {
      const n = top.next[top.i++]!;
      if (state.get(n) === 1) continue; // back edge: a loop
      forward.get(top.id)!.push(n);
      if (state.get(n) === 2) continue;
      state.set(n, 1);
      forward.set(n, []);
      stack.push({ id: n, next: successors(byId.get(n)!).filter((x) => byId.has(x)), i: 0 });
    } else {
      state.set(top.id, 2);
      order.push(top.id);
      stack.pop();
    }
  }
  order.reverse();
  shares.set(first.id, 1);
  for (const id of order) {
    const share = Math.min(1, shares.get(id) ?? 0);
    shares.set(id, share);
    const outs = forward.get(id) ?? [];
    for (const n of outs) shares.set(n, (shares.get(n) ?? 0) + share / outs.length);
  }
  return shares;
}

/**
 * Back-office FTE per role and process: cases per week x the expected handling time of the role's steps (each step's
 * `time` x how often it runs per case), over the hours per week, grossed up for shrinkage. Only roles that answer no
 * channel count (an agent's steps in a call are already in the channel's AHT), except in an outbound process.
 */
export function backOfficeWork(model: Model, ctx: StaffingContext): BackOfficeWork[] {
  const channelRoles = new Set(model.channels.flatMap((c) => c.handledBy.map((r) => r.id)));
  const out: BackOfficeWork[] = [];
  for (const p of model.processes) {
    const cases = casesPerWeek(p);
    if (cases === undefined || !(cases > 0)) continue;
    const shares = stepShares(p);
    const perRole = new Map<string, number>();
    for (const s of p.steps) {
      // An outbound process (collections, callbacks) is work no inbound AHT holds: it counts for every role.
      if (!s.role || (channelRoles.has(s.role.id) && p.direction !== 'outbound') || !(s.handlingSeconds! > 0)) continue;
      perRole.set(s.role.id, (perRole.get(s.role.id) ?? 0) + (shares.get(s.id) ?? 0) * s.handlingSeconds!);
    }
    for (const [role, seconds] of perRole) {
      if (!(seconds > 0)) continue;
      const hours = (cases * seconds) / 3600;
      out.push({ process: p.id, role, casesPerWeek: round(cases, 2), secondsPerCase: round(seconds, 2), weeklyHours: round(hours, 2), fte: round(hours / ctx.hoursPerWeek / (1 - ctx.shrinkage), 2) });
    }
  }
  return out;
}
