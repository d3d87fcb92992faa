import type { Rule } from '../rule.js';
import { isAutomatedOutbound } from './automated-channel.js';

export const channelWithoutVolume: Rule = {
  id: 'channel-without-volume',
  description: 'Give every channel its expected volume; staffing depends on it.',
  severity: 'warning',
  check({ model, links, t, report }) {
    for (const c of model.channels) {
      const v = c.volume;
      if (v.perDay === undefined && v.perWeek === undefined && v.perMonth === undefined && !isAutomatedOutbound(c) && !links.faults.invalid(c, 'volume'))
        report({ message: t.channelWithoutVolume({ channel: c.id }), loc: c.idLoc });
    }
  },
};
