import type { Rule } from '../rule.js';

export const emptyProcess: Rule = {
  id: 'empty-process',
  description: 'Give every process at least one step.',
  severity: 'warning',
  check({ model, report }) {
    for (const p of model.processes)
      if (p.steps.length === 0) report({ message: `Process '${p.id}' has no steps.`, loc: p.idLoc });
  },
};
