import type { Decision } from '@ccp/core';
import type { Rule } from '../rule.js';

function hasOtherwise(d: Decision): boolean {
  for (const b of d.branches) if (b.otherwise) return true;
  return false;
}

export const decisionWithoutOtherwise: Rule = {
  id: 'decision-without-otherwise',
  description: "End every decision with an 'otherwise' branch, so no case falls through.",
  severity: 'error',
  check: ({ t, report }) => ({
    step(step) {
      const d = step.decision;
      if (!d || hasOtherwise(d)) return;
      report({
        message: t.decisionWithoutOtherwise({ step: step.id }),
        loc: { file: d.loc.file, start: d.loc.start, end: d.loc.start + 'decide'.length },
      });
    },
  }),
};
