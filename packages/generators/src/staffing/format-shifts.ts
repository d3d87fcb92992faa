import { formatDecimal, type OutputLanguage } from '@ccp/core';
import { formatSeconds, type ShiftReport } from '@ccp/staffing';
import { textTable } from './format-table.js';
import { intervalText } from './interval-text.js';
import { staffingWords } from './staffing-words.js';

/**
 * The shift plan as text: per channel the agents planned and their paid hours, the shifts with agents on them, and
 * the intervals planned above their requirement (the price of whole shifts). Empty candidates are in the JSON only.
 * Words, day names and decimals follow the output language (English when none is given).
 */
export function formatShiftTable(plan: ShiftReport, language?: OutputLanguage): string {
  const w = staffingWords(language);
  const interval = (name: string) => intervalText(name, language);
  // `full-time mo 08:00`: the pattern (a default one in the language) and the start in the language's day names
  const defaults = new Set(plan.channels.filter((c) => c.source === 'default').map((c) => c.channel));
  const shift = (channel: string, id: string) =>
    id.replace(/^(\S+) (.+)$/, (_m, pattern: string, start: string) => `${(defaults.has(channel) && w.defaultPatterns[pattern]) || pattern} ${interval(start)}`);
  const out: string[] = [w.shiftPlan({ total: plan.total }), ''];
  if (plan.channels.length) {
    out.push(
      textTable(
        w.shiftChannelHeader,
        plan.channels.map((c) => [c.channel, w.shiftSources[c.source] ?? c.source, w.shiftStatus[c.status] ?? c.status, c.total, formatDecimal(c.paidHours, 1, language), c.uncovered.map(interval).join(', ') || '-']),
      ),
      '',
    );
  }
  const used = plan.patterns.filter((p) => p.agents > 0);
  if (used.length) {
    out.push(
      textTable(
        w.shiftHeader,
        used.map((p) => [p.channel, shift(p.channel, p.id), formatSeconds(p.lengthSeconds), p.breakSeconds ? formatSeconds(p.breakSeconds) : '-', p.agents, p.covers.length ? `${interval(p.covers[0]!)} .. ${interval(p.covers[p.covers.length - 1]!)}` : '-']),
      ),
      '',
    );
  }
  const over = plan.coverage.filter((c) => c.planned > c.required);
  if (over.length) {
    const extra = over.reduce((s, c) => s + c.planned - c.required, 0);
    out.push(w.overPlanned({ over: over.length, all: plan.coverage.length, extra }), '');
  }
  for (const c of plan.channels.filter((x) => x.basis === 'busy-hour')) out.push(w.busyHourBasis({ channel: c.channel }));
  for (const s of plan.skipped) out.push(w.noShiftPlan(s));
  return out.join('\n').trimEnd() + '\n';
}
