import type { Role } from '@ccp/core';
import type { Rule } from '../rule.js';

/** Roles named in a cycle's message before the rest is summarised (a 100k-role cycle must not make a 1 MB message). */
const SHOWN = 12;

/** `a -> b -> c -> a`, shortened in the middle for a long cycle. */
function describe(cycle: string[]): string {
  const ids = [...cycle, cycle[0]!];
  if (ids.length <= SHOWN + 1) return ids.join(' -> ');
  const head = ids.slice(0, SHOWN - 2);
  const tail = ids.slice(-2);
  return `${head.join(' -> ')} -> ... (${(ids.length - SHOWN).toLocaleString('en-US')} more) -> ${tail.join(' -> ')}`;
}

/**
 * Every role has at most one `reports_to`, so the reporting lines form a functional graph and each cycle is found
 * in one linear, iterative pass: a walk from each role not yet seen stops at a role seen before; if that role was
 * reached on this same walk, the walk closed a cycle. A cycle is reported once, at its first role in declaration
 * order, and its message lists the roles from there.
 */
export const reportingCycle: Rule = {
  id: 'reporting-cycle',
  description: "Keep reporting lines ('reports_to:') free of cycles.",
  severity: 'error',
  check({ model, index, t, report }) {
    const next = (id: string): string | undefined => {
      const to = index.roles.get(id)?.reportsTo?.id;
      return to !== undefined && index.roles.has(to) ? to : undefined;
    };
    const walkOf = new Map<string, number>(); // role id -> the walk that first reached it
    const onCycle = new Set<string>();
    model.roles.forEach((start, walk) => {
      let id: string | undefined = start.id;
      while (id !== undefined && !walkOf.has(id)) {
        walkOf.set(id, walk);
        id = next(id);
      }
      if (id === undefined || walkOf.get(id) !== walk) return;
      for (let c: string | undefined = id; c !== undefined && !onCycle.has(c); c = next(c)) onCycle.add(c);
    });
    const reported = new Set<string>();
    for (const start of model.roles) {
      if (!onCycle.has(start.id) || reported.has(start.id)) continue;
      const cycle: string[] = [];
      for (let c: string | undefined = start.id; c !== undefined && !reported.has(c); c = next(c)) {
        reported.add(c);
        cycle.push(c);
      }
      const role: Role = index.roles.get(start.id) ?? start;
      report({
        message: t.reportingCycle({ role: start.id, path: describe(cycle) }),
        loc: (start.reportsTo ?? role.reportsTo)!.loc,
      });
    }
  },
};
