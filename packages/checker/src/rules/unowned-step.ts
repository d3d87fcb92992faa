import type { Rule } from '../rule.js';

export const unownedStep: Rule = {
  id: 'unowned-step',
  description: "Give every step a role that performs it ('by:').",
  severity: 'error',
  check: ({ links, t, report }) => ({
    step(step, process) {
      if (!step.role && !links.faults.invalid(step, 'by')) report({ message: t.unownedStep({ step: step.id, process: process.id }), loc: step.idLoc });
    },
  }),
};
