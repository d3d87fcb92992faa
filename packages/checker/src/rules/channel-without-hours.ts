import type { Rule } from '../rule.js';
import { isAutomatedOutbound } from './automated-channel.js';

export const channelWithoutHours: Rule = {
  id: 'channel-without-hours',
  description: 'Give every channel its opening hours.',
  severity: 'warning',
  check({ model, links, t, report }) {
    for (const c of model.channels)
      if (!c.hours && !isAutomatedOutbound(c) && !links.faults.invalid(c, 'hours')) report({ message: t.channelWithoutHours({ channel: c.id }), loc: c.idLoc });
  },
};
