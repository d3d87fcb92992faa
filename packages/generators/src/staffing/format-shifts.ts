import { formatSeconds, type ShiftReport } from '@ccp/staffing';
import { textTable } from './format-table.js';

/**
 * The shift plan as text: per channel the agents planned and their paid hours, the shifts with agents on them, and
 * the intervals planned above their requirement (the price of whole shifts). Empty candidates are in the JSON only.
 */
export function formatShiftTable(plan: ShiftReport): string {
  const out: string[] = [`Shift plan: ${plan.total} agent${plan.total === 1 ? '' : 's'}`, ''];
  if (plan.channels.length) {
    out.push(
      textTable(
        ['channel', 'patterns', 'status', 'agents', 'paid h/week', 'uncovered'],
        plan.channels.map((c) => [c.channel, c.source, c.status, c.total, c.paidHours.toFixed(1), c.uncovered.join(', ') || '-']),
      ),
      '',
    );
  }
  const used = plan.patterns.filter((p) => p.agents > 0);
  if (used.length) {
    out.push(
      textTable(
        ['channel', 'shift', 'length', 'break', 'agents', 'covers'],
        used.map((p) => [p.channel, p.id, formatSeconds(p.lengthSeconds), p.breakSeconds ? formatSeconds(p.breakSeconds) : '-', p.agents, p.covers.length ? `${p.covers[0]} .. ${p.covers[p.covers.length - 1]}` : '-']),
      ),
      '',
    );
  }
  const over = plan.coverage.filter((c) => c.planned > c.required);
  if (over.length) {
    const extra = over.reduce((s, c) => s + c.planned - c.required, 0);
    out.push(`${over.length} of ${plan.coverage.length} intervals are planned above their requirement (${extra} agent-intervals in all; per interval in --format json)`, '');
  }
  for (const c of plan.channels.filter((x) => x.basis === 'busy-hour')) {
    out.push(`${c.channel}: no intraday profile, so every open half hour is planned at the busy hour's agents (an upper bound); an intraday profile gives a plan that follows the day`);
  }
  for (const s of plan.skipped) out.push(`${s.channel}: no shift plan (${s.reason})`);
  return out.join('\n').trimEnd() + '\n';
}
