import type { Rule } from '../rule.js';

export const deadEndStep: Rule = {
  id: 'dead-end-step',
  description: "Give every step a 'next', a decision, or mark it 'end'.",
  severity: 'warning',
  check: ({ report }) => ({
    step(step, process) {
      if (!step.end && step.next.length === 0 && !step.decision)
        report({
          message: `Step '${step.id}' of process '${process.id}' leads nowhere: add 'next: <step>', a decision, or 'end'.`,
          loc: step.idLoc,
        });
    },
  }),
};
