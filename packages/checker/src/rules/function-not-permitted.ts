import type { Ref } from '@ccp/core';
import type { Rule } from '../rule.js';

function names(refs: readonly Ref[], id: string): boolean {
  for (const r of refs) if (r.id === id) return true;
  return false;
}

export const functionNotPermitted: Rule = {
  id: 'function-not-permitted',
  description: "Let a step use only functions its role may perform (the function's 'roles:').",
  severity: 'error',
  check({ index, links, t, report }) {
    const functions = index.functions;
    return {
      step(step) {
        const role = step.role;
        if (!role || links.faults.unresolved(role)) return;
        for (const ref of step.uses) {
          const fn = functions.get(ref.id);
          if (!fn || fn.roles.length === 0 || names(fn.roles, role.id) || links.faults.broken(fn, 'roles', fn.roles)) continue;
          report({
            message: t.functionNotPermitted({ step: step.id, fn: fn.id, role: role.id, allowed: fn.roles.map((r) => r.id).join(', ') }),
            loc: ref.loc,
            related: [{ message: t.functionRolesHere({ fn: fn.id }), loc: fn.idLoc }],
          });
        }
      },
    };
  },
};
