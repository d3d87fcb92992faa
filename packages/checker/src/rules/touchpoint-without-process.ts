import type { Rule } from '../rule.js';

export const touchpointWithoutProcess: Rule = {
  id: 'touchpoint-without-process',
  description: "Make every touchpoint start a process ('starts:').",
  severity: 'warning',
  check({ model, links, report }) {
    for (const tp of model.touchpoints)
      if (!tp.starts && !links.faults.invalid(tp, 'starts')) report({ message: `Touchpoint '${tp.id}' starts no process, so nobody handles it; add 'starts: <process>'.`, loc: tp.idLoc });
  },
};
