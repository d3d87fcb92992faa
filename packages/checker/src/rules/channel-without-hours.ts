import type { Rule } from '../rule.js';

export const channelWithoutHours: Rule = {
  id: 'channel-without-hours',
  description: 'Give every channel its opening hours.',
  severity: 'warning',
  check({ model, links, report }) {
    for (const c of model.channels)
      if (!c.hours && !links.faults.invalid(c, 'hours')) report({ message: `Channel '${c.id}' has no opening hours; add 'hours: "Mo-Fr 08:00-20:00"'.`, loc: c.idLoc });
  },
};
