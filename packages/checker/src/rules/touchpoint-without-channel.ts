import type { Rule } from '../rule.js';

export const touchpointWithoutChannel: Rule = {
  id: 'touchpoint-without-channel',
  description: 'Say on which channels each touchpoint happens.',
  severity: 'warning',
  check({ model, links, t, report }) {
    for (const tp of model.touchpoints)
      if (tp.channels.length === 0 && !links.faults.invalid(tp, 'channel')) report({ message: t.touchpointWithoutChannel({ touchpoint: tp.id }), loc: tp.idLoc });
  },
};
