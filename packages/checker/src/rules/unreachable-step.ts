import type { Faults } from '@ccp/language';
import type { Ref, Step } from '@ccp/core';
import type { Rule } from '../rule.js';

/** Queues the step a reference leads to (looked up in `steps`) unless it was seen already. */
function reach(ref: Ref, steps: ReadonlyMap<string, Step>, seen: Set<string>, queue: Step[]): void {
  const target = steps.get(ref.id);
  if (target && !seen.has(target.id)) {
    seen.add(target.id);
    queue.push(target);
  }
}

export const unreachableStep: Rule = {
  id: 'unreachable-step',
  description: "Make every step reachable from the process's first step.",
  severity: 'warning',
  check({ index, links, t, report }) {
    const seen = new Set<string>(); // step ids reached in the current process
    const queue: Step[] = [];
    return {
      process(process) {
        const first = process.steps[0];
        if (!first) return;
        // a next step or branch target written wrong was reported; what it would have reached is unknown
        for (const step of process.steps) if (links.faults.broken(step, 'next', step.next) || brokenBranch(step, links.faults)) return;
        const steps = index.steps(process.id);
        seen.clear();
        seen.add(first.id);
        queue.push(first);
        while (queue.length) {
          const step = queue.pop()!;
          for (const ref of step.next) reach(ref, steps, seen, queue);
          if (step.decision) for (const b of step.decision.branches) reach(b.target, steps, seen, queue);
        }
        for (const step of process.steps)
          if (!seen.has(step.id) && steps.get(step.id) === step)
            report({
              message: t.unreachableStep({ step: step.id, process: process.id, first: first.id }),
              loc: step.idLoc,
            });
      },
    };
  },
};

function brokenBranch(step: Step, faults: Faults): boolean {
  if (!step.decision) return false;
  for (const b of step.decision.branches) if (faults.unresolved(b.target)) return true;
  return false;
}
