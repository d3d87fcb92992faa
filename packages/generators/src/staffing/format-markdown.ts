import { escapeMarkdown } from '../docs/markdown.js';
import { formatAmounts } from './cost.js';
import { formatSeconds } from './format-table.js';
import type { ScenarioComparison, StaffingReport, StaffingRow } from './types.js';

/** Text from .ccp files for a Markdown table cell, escaped as everywhere in the docs (`|`, `<`, `[`, `&`, ...). */
function cell(text: string | number): string {
  return escapeMarkdown(String(text));
}

function table(header: string[], rows: (string | number)[][]): string {
  return [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function target(r: StaffingRow): string {
  const parts: string[] = [];
  if (r.targetPercent !== null) parts.push(`${r.targetPercent}% in ${formatSeconds(r.targetSeconds ?? 0)}`);
  if (r.targetAsaSeconds !== undefined) parts.push(`ASA ${formatSeconds(r.targetAsaSeconds)}`);
  if (r.maxOccupancy !== undefined) parts.push(`occupancy ≤ ${Math.round(r.maxOccupancy * 100)}%`);
  return parts.join(', ');
}

/**
 * The staffing section of the generated docs: channel totals, the busiest interval of each channel, people per
 * role against headcount and the cost of one case per process; with a comparison, the scenario beside the
 * baseline. `level` is the heading level of the section (default 2).
 */
export function formatStaffingMarkdown(report: StaffingReport, options: { comparison?: ScenarioComparison; level?: number } = {}): string {
  const h = '#'.repeat(options.level ?? 2);
  const s = report.summary;
  const out: string[] = [`${h} Staffing`, ''];
  const causes = s.shrinkageCauses.map((c) => `${c.cause} ${pct(c.fraction)}`).join(', ');
  out.push(`Shrinkage ${pct(s.shrinkage)}${causes ? ` (${cell(causes)})` : ''}; ${s.hoursPerWeek} paid hours per FTE per week. Agents from Erlang C, or Erlang A where the channel gives a patience.`, '');
  if (s.channels.length) {
    out.push(
      table(
        ['Channel', 'Contacts per week', 'Target', 'Peak agents', 'Busiest interval', 'FTE', 'Cost per contact', 'Loaded cost per contact'],
        s.channels.map((c) => {
          const peak = report.rows.find((r) => r.channel === c.channel && r.interval === c.peakInterval)!;
          return [c.name, Math.round(c.weeklyContacts), target(peak), c.peakAgents, c.peakInterval, c.fte.toFixed(2), c.handlingCostPerContact ? formatAmounts([c.handlingCostPerContact]) : '-', c.loadedCostPerContact ? formatAmounts([c.loadedCostPerContact]) : '-'];
        }),
      ),
      '',
    );
    out.push(
      table(
        ['Channel', 'Interval', 'Volume', 'Agents', 'Service level', 'ASA', 'Occupancy'],
        s.channels.map((c) => {
          const r = report.rows.find((x) => x.channel === c.channel && x.interval === c.peakInterval)!;
          return [c.name, r.interval, r.volume.toFixed(1), r.agents, pct(r.serviceLevel), `${r.asaSeconds.toFixed(1)} s`, pct(r.occupancy)];
        }),
      ),
      '',
    );
  }
  if (s.roles.length) {
    out.push(`${h}# People per role`, '');
    out.push(table(['Role', 'Channels', 'Span', 'Required', 'Headcount', 'Gap'], s.roles.map((r) => [r.name, r.channels.join(', ') || '-', r.span ?? '-', r.required.toFixed(2), r.headcount ?? '-', r.gap !== undefined ? r.gap.toFixed(2) : '-'])), '');
  }
  if (s.processes.length) {
    out.push(`${h}# Cost of one case`, '');
    out.push(table(['Process', 'Cheapest path', 'Costliest path'], s.processes.map((p) => [p.name, p.cheapest ? formatAmounts([p.cheapest]) : formatAmounts(p.total), p.costliest ? formatAmounts([p.costliest]) : formatAmounts(p.total)])), '');
  }
  const c = options.comparison;
  if (c) {
    out.push(`${h}# Scenario: ${cell(c.scenario.name)}`, '', cell(c.scenario.changes.join('; ')), '');
    out.push(
      table(
        ['Channel', 'Contacts per week', 'Scenario', 'Peak agents', 'Scenario', 'FTE', 'Scenario', 'Change in FTE'],
        c.channels.map((x) => [x.channel, Math.round(x.baselineVolume), Math.round(x.scenarioVolume), x.baselinePeakAgents, x.scenarioPeakAgents, x.baselineFte.toFixed(2), x.scenarioFte.toFixed(2), `${x.deltaFte >= 0 ? '+' : ''}${x.deltaFte.toFixed(2)}`]),
      ),
      '',
    );
  }
  return out.join('\n').trimEnd() + '\n';
}
