import type { Rule } from '../rule.js';

export const emptyProcess: Rule = {
  id: 'empty-process',
  description: 'Give every process at least one step.',
  severity: 'warning',
  check({ model, t, report }) {
    for (const p of model.processes)
      if (p.steps.length === 0) report({ message: t.emptyProcess({ process: p.id }), loc: p.idLoc });
  },
};
