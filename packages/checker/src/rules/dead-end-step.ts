import type { Rule } from '../rule.js';

export const deadEndStep: Rule = {
  id: 'dead-end-step',
  description: "Give every step a 'next', a decision, or mark it 'end'.",
  severity: 'warning',
  check: ({ links, t, report }) => ({
    step(step, process) {
      if (!step.end && step.next.length === 0 && !step.decision && !links.faults.invalid(step, 'next'))
        report({
          message: t.deadEndStep({ step: step.id, process: process.id }),
          loc: step.idLoc,
        });
    },
  }),
};
