import { formatDecimal, formatPercent, maxOf, type OutputLanguage } from '@ccp/core';
import { formatAmounts, formatSeconds, type ScenarioComparison, type StaffingReport, type StaffingRow } from '@ccp/staffing';
import { intervalText } from './interval-text.js';
import { staffingWords, type StaffingWords } from './staffing-words.js';

export { formatSeconds };

/** Left-aligned text columns, numbers right-aligned, two spaces apart. */
export function textTable(header: string[], rows: (string | number)[][]): string {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const numeric = header.map((_, i) => rows.length > 0 && rows.every((r) => typeof r[i] === 'number' || /^[-+]?\d[\d.,\u00a0]*%?$|^-$/.test(String(r[i]))));
  const widths = header.map((_, i) => maxOf(cells.map((r) => [...(r[i] ?? '')].length)));
  const line = (r: string[]) =>
    r.map((c, i) => (numeric[i] ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(cells[0]!), line(widths.map((w) => '-'.repeat(w))), ...cells.slice(1).map(line)].join('\n');
}

/** Number and word helpers of one language, shared by the tables below. */
function texts(language: OutputLanguage | undefined) {
  const w = staffingWords(language);
  return {
    w,
    language,
    n: (x: number, digits: number) => formatDecimal(x, digits, language),
    pct: (x: number) => formatPercent(x, 1, language),
    money: (a: Parameters<typeof formatAmounts>[0]) => formatAmounts(a, language),
    interval: (name: string) => intervalText(name, language),
  };
}
type Texts = ReturnType<typeof texts>;

/** A number as short as it is (`5`, `2.5`), with the language's decimal separator. */
const plain = (x: number, t: Texts) => (t.language === 'pl' ? String(x).replace('.', ',') : String(x));

function target(r: StaffingRow, t: Texts): string {
  const w: StaffingWords = t.w;
  const parts: string[] = [];
  if (r.targetPercent !== null) parts.push(`${r.targetPercent}% ${w.targetIn} ${formatSeconds(r.targetSeconds ?? 0)}`);
  if (r.targetAsaSeconds !== undefined) parts.push(`ASA ${formatSeconds(r.targetAsaSeconds)}`);
  if (r.maxOccupancy !== undefined) parts.push(`${w.occupancyAtMost}${Math.round(r.maxOccupancy * 100)}%`);
  if (r.maxAbandoned !== undefined) parts.push(`${w.abandonedAtMost}${plain(Math.round(r.maxAbandoned * 1000) / 10, t)}%`);
  return parts.join(', ');
}

function rowCells(r: StaffingRow, t: Texts): (string | number)[] {
  const { n, pct } = t;
  return [r.channel, t.interval(r.interval), n(r.volume, 1), r.ahtSeconds, target(r, t), r.agents, pct(r.serviceLevel), n(r.asaSeconds, 1), pct(r.occupancy), pct(r.abandoned), r.backlog !== undefined ? n(r.backlog, 1) : '-', n(r.fte, 2)];
}

/** The warning that heads every staffing output made with `--force` from a design with errors, in the language. */
export function designErrorsLine(errors: number, language?: OutputLanguage): string {
  return staffingWords(language).designErrors({ errors });
}

/**
 * The report as plain text tables: intervals, channels, roles and process cost, in the output language (labels,
 * day names, decimal comma and money in Polish; English when none is given).
 */
export function formatStaffingTable(report: StaffingReport, language?: OutputLanguage): string {
  const t = texts(language);
  const { w, n, pct, money } = t;
  const s = report.summary;
  const out: string[] = [];
  if (report.designErrors) out.push(designErrorsLine(report.designErrors, language), '');
  const causes = s.shrinkageCauses.map((c) => `${c.cause} ${pct(c.fraction)}`).join(', ');
  out.push(w.heading({ ...(s.month ? { month: s.month } : {}), shrinkage: pct(s.shrinkage), causes, hours: s.hoursPerWeek }), '');
  if (report.rows.length) out.push(textTable(w.rowHeader, report.rows.map((r) => rowCells(r, t))), '');
  if (s.channels.length) {
    out.push(w.channels);
    out.push(
      textTable(
        w.channelHeader,
        s.channels.map((c) => [c.channel, w.models[c.model] ?? c.model, n(c.weeklyContacts, 0), c.peakAgents, t.interval(c.peakInterval), n(c.weeklyAgentHours, 1), n(c.fte, 2), c.handlingCostPerContact ? money([c.handlingCostPerContact]) : '-', c.loadedCostPerContact ? money([c.loadedCostPerContact]) : '-']),
      ),
      '',
    );
    for (const c of s.channels) for (const note of c.notes) out.push(`${w.note}: ${c.channel}: ${note}`);
    if (s.channels.some((c) => c.notes.length)) out.push('');
  }
  if (s.kpiFindings?.length) {
    out.push(w.kpisNotMet);
    for (const f of s.kpiFindings) out.push(`${w.finding}: ${f.message}`);
    out.push('');
  }
  if (s.backOffice?.length) {
    out.push(w.backOffice);
    out.push(
      textTable(
        w.backOfficeHeader,
        s.backOffice.map((b) => [b.process, b.role, n(b.casesPerWeek, 0), n(b.secondsPerCase / 60, 1), n(b.weeklyHours, 1), n(b.fte, 2)]),
      ),
      '',
    );
  }
  if (s.roles.length) {
    out.push(w.peoplePerRole);
    out.push(
      textTable(
        w.roleHeader,
        s.roles.map((r) => [r.role, r.channels.join(', ') || '-', n(r.channelFte, 2), r.backOfficeFte !== undefined ? n(r.backOfficeFte, 2) : '-', r.reports ? n(r.reports, 2) : '-', r.span ?? '-', n(r.required, 2), r.headcount ?? '-', r.gap !== undefined ? n(r.gap, 2) : '-']),
      ),
      '',
    );
  }
  if (s.processes.length) {
    const anyExpected = s.processes.some((p) => p.expected);
    out.push(w.costPerCase);
    out.push(
      textTable(
        [w.process, w.cheapest, w.costliest, ...(anyExpected ? [w.expected] : []), w.allSteps, w.uncosted],
        s.processes.map((p) => [
          p.process,
          p.cheapest ? money([p.cheapest]) : '-',
          p.costliest ? money([p.costliest]) : '-',
          ...(anyExpected ? [p.expected ? money([p.expected]) : '-'] : []),
          money(p.total),
          p.uncosted.join(', ') || '-',
        ]),
      ),
      '',
    );
  }
  if (!report.rows.length) out.push(w.nothingToStaff);
  for (const k of s.skipped) out.push(`${w.skipped}: ${k.channel}: ${k.reason}`);
  return out.join('\n').trimEnd() + '\n';
}

/** Baseline and scenario side by side: per channel, then per interval. */
export function formatComparisonTable(c: ScenarioComparison, language?: OutputLanguage): string {
  const t = texts(language);
  const { w, n, pct } = t;
  const out: string[] = [];
  out.push(w.scenarioHeading({ id: c.scenario.id, ...(c.scenario.name !== c.scenario.id ? { name: c.scenario.name } : {}), changes: c.scenario.changes.join('; ') || w.noChanges }), '');
  out.push(
    textTable(
      w.comparisonHeader,
      c.channels.map((x) => [x.channel, n(x.baselineVolume, 0), n(x.scenarioVolume, 0), x.baselinePeakAgents, x.scenarioPeakAgents, n(x.baselineFte, 2), n(x.scenarioFte, 2), `${x.deltaFte >= 0 ? '+' : ''}${n(x.deltaFte, 2)}`]),
    ),
    '',
  );
  const key = (r: StaffingRow) => `${r.channel}\u0000${r.interval}`;
  const after = new Map(c.result.rows.map((r) => [key(r), r]));
  const before = new Map(c.baseline.rows.map((r) => [key(r), r]));
  const keys = [...new Set([...c.baseline.rows, ...c.result.rows].map(key))];
  out.push(
    textTable(
      w.comparisonRowHeader,
      keys.map((k) => {
        const b = before.get(k);
        const s = after.get(k);
        const r = (b ?? s)!;
        return [r.channel, t.interval(r.interval), b ? n(b.volume, 1) : '-', s ? n(s.volume, 1) : '-', b ? b.agents : '-', s ? s.agents : '-', b ? pct(b.serviceLevel) : '-', s ? pct(s.serviceLevel) : '-', b ? n(b.fte, 2) : '-', s ? n(s.fte, 2) : '-'];
      }),
    ),
  );
  return out.join('\n').trimEnd() + '\n';
}
