import type { Rule } from '../rule.js';

export const unusedFunction: Rule = {
  id: 'unused-function',
  description: 'Use every function in at least one step, or drop it from the vendor spec.',
  severity: 'warning',
  check({ model, links, report }) {
    const used = new Set<string>(); // ids named in some step's `uses`
    return {
      step(step) {
        for (const ref of step.uses) used.add(ref.id);
      },
      end() {
        for (const fn of model.functions) {
          if (fn.category !== 'functional') continue; // non-functional requirements apply to the whole center
          if (!used.has(fn.id) && !links.faults.suggested('function', fn.id)) report({ message: `Function '${fn.id}' is used by no step; add it to a step's 'uses:' or remove it.`, loc: fn.idLoc });
        }
      },
    };
  },
};
