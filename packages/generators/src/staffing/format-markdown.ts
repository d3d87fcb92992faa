import type { OutputLanguage } from '@ccp/core';
import { escapeMarkdown } from '../docs/markdown.js';
import { docWords, type DocWords } from '../docs/words.js';
import { decimal, formatAmounts, formatSeconds, type ScenarioComparison, type StaffingReport, type StaffingRow } from '@ccp/staffing';
import { intervalText } from './interval-text.js';

/** Text from .ccp files for a Markdown table cell, escaped as everywhere in the docs (`|`, `<`, `[`, `&`, ...). */
function cell(text: string | number): string {
  return escapeMarkdown(String(text));
}

function table(header: string[], rows: (string | number)[][]): string {
  return [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');
}

/** The abandonment column's header (every staffing output shows abandonment; 0 under Erlang C). */
const ABANDONED: Record<OutputLanguage, string> = { en: 'Abandoned', pl: 'Porzucone' };

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function target(r: StaffingRow, w: DocWords): string {
  const parts: string[] = [];
  if (r.targetPercent !== null) parts.push(w.serviceLevelTarget(r.targetPercent, formatSeconds(r.targetSeconds ?? 0)));
  if (r.targetAsaSeconds !== undefined) parts.push(`${w.asa} ${formatSeconds(r.targetAsaSeconds)}`);
  if (r.maxOccupancy !== undefined) parts.push(`${w.maxOccupancy} ${Math.round(r.maxOccupancy * 100)}%`);
  return parts.join(', ');
}

/**
 * The staffing section of the generated docs: channel totals, the busiest interval of each channel, people per
 * role against headcount and the cost of one case per process; with a comparison, the scenario beside the
 * baseline. `level` is the heading level of the section (default 2); `language` the output language of its words
 * (the docs' words, as in the HTML section) and interval names (default English).
 */
export function formatStaffingMarkdown(
  report: StaffingReport,
  options: { comparison?: ScenarioComparison; level?: number; language?: OutputLanguage } = {},
): string {
  const w = docWords(options.language);
  const lang = options.language;
  const num = (x: number, digits: number) => decimal(x, digits, lang);
  const money = (a: Parameters<typeof formatAmounts>[0]): string => formatAmounts(a, lang);
  const pct = (x: number) => `${num(x * 100, 1)}%`;
  const interval = (name: string) => intervalText(name, options.language);
  const h = '#'.repeat(options.level ?? 2);
  const s = report.summary;
  const out: string[] = [`${h} ${w.staffing}`, ''];
  const causes = s.shrinkageCauses.map((c) => `${c.cause} ${pct(c.fraction)}`).join(', ');
  out.push(w.staffingSummary(pct(s.shrinkage), causes ? ` (${cell(causes)})` : '', s.hoursPerWeek), '');
  if (s.channels.length) {
    out.push(
      table(
        [w.channel, w.contactsPerWeek, w.target, w.peakAgents, w.busiestInterval, w.fte, w.costPerContact, w.loadedCostPerContact],
        s.channels.map((c) => {
          const peak = report.rows.find((r) => r.channel === c.channel && r.interval === c.peakInterval)!;
          return [c.name, num(c.weeklyContacts, 0), target(peak, w), c.peakAgents, interval(c.peakInterval), num(c.fte, 2), c.handlingCostPerContact ? money([c.handlingCostPerContact]) : '-', c.loadedCostPerContact ? money([c.loadedCostPerContact]) : '-'];
        }),
      ),
      '',
    );
    out.push(
      table(
        [w.channel, w.interval, w.volume, w.agents, w.serviceLevel, w.asa, w.occupancy, ABANDONED[options.language ?? 'en']],
        s.channels.map((c) => {
          const r = report.rows.find((x) => x.channel === c.channel && x.interval === c.peakInterval)!;
          return [c.name, interval(r.interval), num(r.volume, 1), r.agents, pct(r.serviceLevel), `${num(r.asaSeconds, 1)} s`, pct(r.occupancy), pct(r.abandoned)];
        }),
      ),
      '',
    );
  }
  if (s.roles.length) {
    out.push(`${h}# ${w.peoplePerRole}`, '');
    out.push(table([w.role, w.channels, w.span, w.required, w.headcount, w.gap], s.roles.map((r) => [r.name, r.channels.join(', ') || '-', r.span ?? '-', num(r.required, 2), r.headcount ?? '-', r.gap !== undefined ? num(r.gap, 2) : '-'])), '');
  }
  if (s.processes.length) {
    out.push(`${h}# ${w.costOfOneCase}`, '');
    const anyExpected = s.processes.some((p) => p.expected);
    out.push(
      table(
        [w.process, w.cheapestPath, w.costliestPath, ...(anyExpected ? [w.expectedCost] : [])],
        s.processes.map((p) => [
          p.name,
          p.cheapest ? money([p.cheapest]) : money(p.total),
          p.costliest ? money([p.costliest]) : money(p.total),
          ...(anyExpected ? [p.expected ? money([p.expected]) : '-'] : []),
        ]),
      ),
      '',
    );
  }
  const c = options.comparison;
  if (c) {
    out.push(`${h}# ${w.scenario}: ${cell(c.scenario.name)}`, '', cell(c.scenario.changes.join('; ')), '');
    out.push(
      table(
        [w.channel, w.contactsPerWeek, w.scenario, w.peakAgents, w.scenario, w.fte, w.scenario, w.changeInFte],
        c.channels.map((x) => [x.channel, num(x.baselineVolume, 0), num(x.scenarioVolume, 0), x.baselinePeakAgents, x.scenarioPeakAgents, num(x.baselineFte, 2), num(x.scenarioFte, 2), `${x.deltaFte >= 0 ? '+' : ''}${num(x.deltaFte, 2)}`]),
      ),
      '',
    );
  }
  return out.join('\n').trimEnd() + '\n';
}
