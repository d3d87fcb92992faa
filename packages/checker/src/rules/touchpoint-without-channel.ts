import type { Rule } from '../rule.js';

export const touchpointWithoutChannel: Rule = {
  id: 'touchpoint-without-channel',
  description: 'Say on which channels each touchpoint happens.',
  severity: 'warning',
  check({ model, links, t, report }) {
    // the fix names the design's own channels (the first two declared), not made-up ones
    const channels = model.channels.slice(0, 2).map((c) => c.id);
    for (const tp of model.touchpoints)
      if (tp.channels.length === 0 && !links.faults.invalid(tp, 'channel')) report({ message: t.touchpointWithoutChannel({ touchpoint: tp.id, channels }), loc: tp.idLoc });
  },
};
