import type { Messages } from '../messages/index.js';
import type { Model, ModelIndex, Process, Ref, Step } from '@ccp/core';
import type { Finding, Rule } from '../rule.js';

/** The finding for a step that goes to a step of another process, if `ref` names one (and not one of its own). */
function crossing(ref: Ref, step: Step, process: Process, own: ReadonlyMap<string, Step>, model: Model, index: ModelIndex, t: Messages): Finding | undefined {
  if (own.has(ref.id)) return undefined;
  const home = model.processes.find((p) => p.id !== process.id && index.steps(p.id).has(ref.id));
  if (!home) return undefined; // undefined-reference reports it
  return {
    message: t.nextCrossesProcess({ step: step.id, process: process.id, target: ref.id, home: home.id }),
    loc: ref.loc,
  };
}

export const nextCrossesProcess: Rule = {
  id: 'next-crosses-process',
  description: "Keep 'next' and decision targets inside the step's own process; hand over with 'calls:'.",
  severity: 'error',
  check({ model, index, t, report }) {
    let own: ReadonlyMap<string, Step> = new Map(); // the steps of the process being visited
    return {
      process(process) {
        own = index.steps(process.id);
      },
      step(step, process) {
        for (const ref of step.next) {
          const f = crossing(ref, step, process, own, model, index, t);
          if (f) report(f);
        }
        if (step.decision)
          for (const b of step.decision.branches) {
            const f = crossing(b.target, step, process, own, model, index, t);
            if (f) report(f);
          }
      },
    };
  },
};
