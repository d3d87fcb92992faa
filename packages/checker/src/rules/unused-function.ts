import type { Rule } from '../rule.js';

export const unusedFunction: Rule = {
  id: 'unused-function',
  description: 'Use every function in at least one step, or drop it from the vendor spec.',
  severity: 'warning',
  check({ model, index, report }) {
    for (const fn of model.functions) {
      if (fn.category !== 'functional') continue; // non-functional requirements apply to the whole center
      if (index.stepsUsingFunction(fn.id).length === 0)
        report({ message: `Function '${fn.id}' is used by no step; add it to a step's 'uses:' or remove it.`, loc: fn.idLoc });
    }
  },
};
