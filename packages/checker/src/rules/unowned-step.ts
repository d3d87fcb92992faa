import type { Rule } from '../rule.js';

export const unownedStep: Rule = {
  id: 'unowned-step',
  description: "Give every step a role that performs it ('by:').",
  severity: 'error',
  check: ({ links, report }) => ({
    step(step, process) {
      if (!step.role && !links.faults.invalid(step, 'by')) report({ message: `Step '${step.id}' of process '${process.id}' has no owner role; add 'by: <role>'.`, loc: step.idLoc });
    },
  }),
};
