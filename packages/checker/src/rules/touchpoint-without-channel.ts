import type { Rule } from '../rule.js';

export const touchpointWithoutChannel: Rule = {
  id: 'touchpoint-without-channel',
  description: 'Say on which channels each touchpoint happens.',
  severity: 'warning',
  check({ model, links, report }) {
    for (const tp of model.touchpoints)
      if (tp.channels.length === 0 && !links.faults.invalid(tp, 'channel')) report({ message: `Touchpoint '${tp.id}' has no channel; add 'channel: phone, email'.`, loc: tp.idLoc });
  },
};
