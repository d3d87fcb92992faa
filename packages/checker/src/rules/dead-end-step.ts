import type { Rule } from '../rule.js';

export const deadEndStep: Rule = {
  id: 'dead-end-step',
  description: "Give every step a 'next', a decision, or mark it 'end'.",
  severity: 'warning',
  check: ({ links, report }) => ({
    step(step, process) {
      if (!step.end && step.next.length === 0 && !step.decision && !links.faults.invalid(step, 'next'))
        report({
          message: `Step '${step.id}' of process '${process.id}' leads nowhere: add 'next: <step>', a decision, or 'end'.`,
          loc: step.idLoc,
        });
    },
  }),
};
