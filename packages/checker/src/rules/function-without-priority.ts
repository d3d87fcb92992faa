import type { Rule } from '../rule.js';

export const functionWithoutPriority: Rule = {
  id: 'function-without-priority',
  description: "Say whether each function is a must-have or a nice-to-have ('priority:').",
  severity: 'warning',
  check({ model, links, t, report }) {
    for (const fn of model.functions)
      if (!fn.priority && !links.faults.invalid(fn, 'priority'))
        report({ message: t.functionWithoutPriority({ fn: fn.id }), loc: fn.idLoc });
  },
};
