import type { Ref } from '@ccp/core';
import type { Rule } from '../rule.js';

export const nextCrossesProcess: Rule = {
  id: 'next-crosses-process',
  description: "Keep 'next' and decision targets inside the step's own process; hand over with 'calls:'.",
  severity: 'error',
  check({ model, index, report }) {
    for (const process of model.processes) {
      const own = index.steps(process.id);
      for (const step of process.steps) {
        const targets: Ref[] = [...step.next, ...(step.decision?.branches.map((b) => b.target) ?? [])];
        for (const ref of targets) {
          if (own.has(ref.id)) continue;
          const home = model.processes.find((p) => p.id !== process.id && index.steps(p.id).has(ref.id));
          if (!home) continue; // undefined-reference reports it
          report({
            message: `Step '${step.id}' of process '${process.id}' goes to step '${ref.id}' of another process ('${home.id}'); use 'calls: ${home.id}' to hand over to that process.`,
            loc: ref.loc,
          });
        }
      }
    }
  },
};
