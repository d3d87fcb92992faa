import { readOpeningHours, type Loc } from '@ccp/core';
import type { Rule } from '../rule.js';

/**
 * The part of the `hours` text the reader stopped at, when the value in the file is exactly the quoted text (no
 * escapes, one unit per character): then offsets in the text are offsets in the file, one past the quote.
 * Otherwise the whole value.
 */
function narrow(loc: Loc, text: string, start: number, end: number): Loc {
  if (loc.end - loc.start !== text.length + 2) return loc;
  const s = loc.start + 1 + start;
  return { ...loc, start: s, end: Math.min(loc.end - 1, Math.max(s + 1, loc.start + 1 + end)) };
}

export const unreadableHours: Rule = {
  id: 'unreadable-hours',
  description: "Write a channel's opening hours so that they can be read.",
  severity: 'error',
  check({ model, t, report }) {
    for (const c of model.channels) {
      if (c.hours === undefined) continue;
      const reading = readOpeningHours(c.hours);
      if (reading.ok) continue;
      const field = c.fieldLocs?.hours ?? c.idLoc;
      const e = reading.error;
      report({
        message: t.unreadableHours({ channel: c.id, hours: c.hours, reason: e.message }),
        loc: e.end > e.start ? narrow(field, c.hours, e.start, e.end) : field,
        suggestion: `Write days and hours such as "Mo-Fr 08:00-20:00; Sa 09:00-15:00", "pon.-pt. 8-20, sob. 9-15" or "24/7".`,
      });
    }
  },
};
