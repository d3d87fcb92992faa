import type { Rule } from '../rule.js';

export const unreachableStep: Rule = {
  id: 'unreachable-step',
  description: "Make every step reachable from the process's first step.",
  severity: 'warning',
  check({ model, index, report }) {
    for (const process of model.processes) {
      const first = process.steps[0];
      if (!first) continue;
      const steps = index.steps(process.id);
      const seen = new Set<string>([first.id]);
      const queue = [first];
      while (queue.length) {
        const step = queue.pop()!;
        const targets = [...step.next, ...(step.decision?.branches.map((b) => b.target) ?? [])];
        for (const ref of targets) {
          const target = steps.get(ref.id);
          if (target && !seen.has(target.id)) {
            seen.add(target.id);
            queue.push(target);
          }
        }
      }
      for (const step of process.steps)
        if (!seen.has(step.id) && steps.get(step.id) === step)
          report({
            message: `Step '${step.id}' of process '${process.id}' cannot be reached from its first step '${first.id}'.`,
            loc: step.idLoc,
          });
    }
  },
};
