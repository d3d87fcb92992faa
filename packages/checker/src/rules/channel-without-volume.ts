import type { Rule } from '../rule.js';

export const channelWithoutVolume: Rule = {
  id: 'channel-without-volume',
  description: 'Give every channel its expected volume; staffing depends on it.',
  severity: 'warning',
  check({ model, links, report }) {
    for (const c of model.channels) {
      const v = c.volume;
      if (v.perDay === undefined && v.perWeek === undefined && v.perMonth === undefined && !links.faults.invalid(c, 'volume'))
        report({ message: `Channel '${c.id}' has no volume; add e.g. 'volume: 1200/day'.`, loc: c.idLoc });
    }
  },
};
