import type { Rule } from '../rule.js';

export const touchpointWithoutProcess: Rule = {
  id: 'touchpoint-without-process',
  description: "Make every touchpoint start a process ('starts:'), unless it only informs or is self-service.",
  severity: 'warning',
  check({ model, links, t, report }) {
    for (const tp of model.touchpoints)
      // a notification ('informs:') or a self-service touchpoint ('uses:') needs nobody to handle it
      if (!tp.starts && !tp.informs && !tp.uses?.length && !links.faults.invalid(tp, 'starts')) report({ message: t.touchpointWithoutProcess({ touchpoint: tp.id, company: tp.initiator === 'company' }), loc: tp.idLoc });
  },
};
