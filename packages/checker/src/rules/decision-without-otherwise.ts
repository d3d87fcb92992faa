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
  check({ model, report }) {
    for (const process of model.processes)
      for (const step of process.steps) {
        const d = step.decision;
        if (!d || hasOtherwise(d)) continue;
        report({
          message: `The decision in step '${step.id}' has no 'otherwise' branch; add 'otherwise -> <step>'.`,
          loc: { file: d.loc.file, start: d.loc.start, end: d.loc.start + 'decide'.length },
        });
      }
  },
};
