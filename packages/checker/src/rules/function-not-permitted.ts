import type { Rule } from '../rule.js';

export const functionNotPermitted: Rule = {
  id: 'function-not-permitted',
  description: "Let a step use only functions its role may perform (the function's 'roles:').",
  severity: 'error',
  check({ model, index, report }) {
    for (const process of model.processes)
      for (const step of process.steps) {
        if (!step.role) continue;
        for (const ref of step.uses) {
          const fn = index.functions.get(ref.id);
          if (!fn || fn.roles.length === 0) continue;
          if (fn.roles.some((r) => r.id === step.role!.id)) continue;
          report({
            message: `Step '${step.id}' uses function '${fn.id}', which role '${step.role.id}' may not perform (allowed: ${fn.roles.map((r) => r.id).join(', ')}).`,
            loc: ref.loc,
            related: [{ message: `Function '${fn.id}' lists its roles here.`, loc: fn.idLoc }],
          });
        }
      }
  },
};
