import type { Rule } from '../rule.js';

export const unusedFunction: Rule = {
  id: 'unused-function',
  description: 'Use every function in at least one step, touchpoint or channel, or drop it from the vendor spec.',
  severity: 'warning',
  check({ model, links, t, report }) {
    const used = new Set<string>(); // ids named in some step's `uses`
    return {
      step(step) {
        for (const ref of step.uses) used.add(ref.id);
      },
      end() {
        // self-service: functions a touchpoint or a channel offers customers are used too
        for (const tp of model.touchpoints) for (const ref of tp.uses ?? []) used.add(ref.id);
        for (const ch of model.channels) for (const ref of ch.uses ?? []) used.add(ref.id);
        for (const fn of model.functions) {
          if (fn.category !== 'functional') continue; // non-functional requirements apply to the whole center
          if (!used.has(fn.id) && !links.faults.suggested('function', fn.id)) report({ message: t.unusedFunction({ fn: fn.id }), loc: fn.idLoc });
        }
      },
    };
  },
};
