import { maxOf } from '@ccp/core';
import { formatAmounts, formatSeconds, type ScenarioComparison, type StaffingReport, type StaffingRow } from '@ccp/staffing';

export { formatSeconds };

/** Left-aligned text columns, numbers right-aligned, two spaces apart. */
export function textTable(header: string[], rows: (string | number)[][]): string {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const numeric = header.map((_, i) => rows.length > 0 && rows.every((r) => typeof r[i] === 'number' || /^[-+]?\d[\d.,]*%?$|^-$/.test(String(r[i]))));
  const widths = header.map((_, i) => maxOf(cells.map((r) => [...(r[i] ?? '')].length)));
  const line = (r: string[]) =>
    r.map((c, i) => (numeric[i] ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(cells[0]!), line(widths.map((w) => '-'.repeat(w))), ...cells.slice(1).map(line)].join('\n');
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function target(r: StaffingRow): string {
  const parts: string[] = [];
  if (r.targetPercent !== null) parts.push(`${r.targetPercent}% in ${formatSeconds(r.targetSeconds ?? 0)}`);
  if (r.targetAsaSeconds !== undefined) parts.push(`ASA ${formatSeconds(r.targetAsaSeconds)}`);
  if (r.maxOccupancy !== undefined) parts.push(`occ<=${Math.round(r.maxOccupancy * 100)}%`);
  if (r.maxAbandoned !== undefined) parts.push(`aband<=${Math.round(r.maxAbandoned * 1000) / 10}%`);
  return parts.join(', ');
}

function rowCells(r: StaffingRow): (string | number)[] {
  return [r.channel, r.interval, r.volume.toFixed(1), r.ahtSeconds, target(r), r.agents, pct(r.serviceLevel), r.asaSeconds.toFixed(1), pct(r.occupancy), pct(r.abandoned), r.backlog !== undefined ? r.backlog.toFixed(1) : '-', r.fte.toFixed(2)];
}

/** The report as plain text tables: intervals, channels, roles and process cost. */
/** The warning that heads every staffing output made with `--force` from a design with errors. */
export function designErrorsLine(errors: number): string {
  return `Made from a design with ${errors} error${errors === 1 ? '' : 's'} (--force): the figures may be incomplete.`;
}

export function formatStaffingTable(report: StaffingReport): string {
  const s = report.summary;
  const out: string[] = [];
  if (report.designErrors) out.push(designErrorsLine(report.designErrors), '');
  const causes = s.shrinkageCauses.map((c) => `${c.cause} ${pct(c.fraction)}`).join(', ');
  out.push(`Staffing${s.month ? ` for ${s.month}` : ''}: shrinkage ${pct(s.shrinkage)}${causes ? ` (${causes})` : ''}, ${s.hoursPerWeek} h per FTE per week`, '');
  if (report.rows.length) {
    out.push(textTable(['channel', 'interval', 'volume', 'aht s', 'target', 'agents', 'SL', 'ASA s', 'occupancy', 'abandoned', 'backlog', 'FTE'], report.rows.map(rowCells)), '');
  }
  if (s.channels.length) {
    out.push('Channels');
    out.push(
      textTable(
        ['channel', 'model', 'contacts/week', 'peak agents', 'at', 'agent h/week', 'FTE', 'cost/contact', 'loaded cost/contact'],
        s.channels.map((c) => [c.channel, c.model, c.weeklyContacts.toFixed(0), c.peakAgents, c.peakInterval, c.weeklyAgentHours.toFixed(1), c.fte.toFixed(2), c.handlingCostPerContact ? formatAmounts([c.handlingCostPerContact]) : '-', c.loadedCostPerContact ? formatAmounts([c.loadedCostPerContact]) : '-']),
      ),
      '',
    );
    for (const c of s.channels) for (const n of c.notes) out.push(`note: ${c.channel}: ${n}`);
    if (s.channels.some((c) => c.notes.length)) out.push('');
  }
  if (s.kpiFindings?.length) {
    out.push('KPIs the plan does not meet');
    for (const f of s.kpiFindings) out.push(`finding: ${f.message}`);
    out.push('');
  }
  if (s.backOffice?.length) {
    out.push('Back office (process volume x step times, per role)');
    out.push(
      textTable(
        ['process', 'role', 'cases/week', 'min per case', 'hours/week', 'FTE'],
        s.backOffice.map((b) => [b.process, b.role, b.casesPerWeek.toFixed(0), (b.secondsPerCase / 60).toFixed(1), b.weeklyHours.toFixed(1), b.fte.toFixed(2)]),
      ),
      '',
    );
  }
  if (s.roles.length) {
    out.push('People per role (supervisors from span of control)');
    out.push(
      textTable(
        ['role', 'channels', 'channel FTE', 'back-office FTE', 'reports', 'span', 'required', 'headcount', 'gap'],
        s.roles.map((r) => [r.role, r.channels.join(', ') || '-', r.channelFte.toFixed(2), r.backOfficeFte !== undefined ? r.backOfficeFte.toFixed(2) : '-', r.reports ? r.reports.toFixed(2) : '-', r.span ?? '-', r.required.toFixed(2), r.headcount ?? '-', r.gap !== undefined ? r.gap.toFixed(2) : '-']),
      ),
      '',
    );
  }
  if (s.processes.length) {
    const anyExpected = s.processes.some((p) => p.expected);
    out.push('Cost of one case per process');
    out.push(
      textTable(
        [...['process', 'cheapest path', 'costliest path'], ...(anyExpected ? ['expected (by shares)'] : []), 'all steps', 'steps without cost'],
        s.processes.map((p) => [
          p.process,
          p.cheapest ? formatAmounts([p.cheapest]) : '-',
          p.costliest ? formatAmounts([p.costliest]) : '-',
          ...(anyExpected ? [p.expected ? formatAmounts([p.expected]) : '-'] : []),
          formatAmounts(p.total),
          p.uncosted.join(', ') || '-',
        ]),
      ),
      '',
    );
  }
  if (!report.rows.length) out.push('No channel has both a volume and an AHT: nothing to staff.');
  for (const k of s.skipped) out.push(`skipped: ${k.channel}: ${k.reason}`);
  return out.join('\n').trimEnd() + '\n';
}

/** Baseline and scenario side by side: per channel, then per interval. */
export function formatComparisonTable(c: ScenarioComparison): string {
  const out: string[] = [];
  out.push(`Scenario ${c.scenario.id}${c.scenario.name !== c.scenario.id ? ` "${c.scenario.name}"` : ''}: ${c.scenario.changes.join('; ') || 'no changes'}`, '');
  out.push(
    textTable(
      ['channel', 'contacts/week', 'scenario', 'peak agents', 'scenario', 'FTE', 'scenario', 'delta FTE'],
      c.channels.map((x) => [x.channel, x.baselineVolume.toFixed(0), x.scenarioVolume.toFixed(0), x.baselinePeakAgents, x.scenarioPeakAgents, x.baselineFte.toFixed(2), x.scenarioFte.toFixed(2), `${x.deltaFte >= 0 ? '+' : ''}${x.deltaFte.toFixed(2)}`]),
    ),
    '',
  );
  const key = (r: StaffingRow) => `${r.channel}\u0000${r.interval}`;
  const after = new Map(c.result.rows.map((r) => [key(r), r]));
  const before = new Map(c.baseline.rows.map((r) => [key(r), r]));
  const keys = [...new Set([...c.baseline.rows, ...c.result.rows].map(key))];
  out.push(
    textTable(
      ['channel', 'interval', 'volume', 'scenario', 'agents', 'scenario', 'SL', 'scenario', 'FTE', 'scenario'],
      keys.map((k) => {
        const b = before.get(k);
        const s = after.get(k);
        const r = (b ?? s)!;
        return [r.channel, r.interval, b ? b.volume.toFixed(1) : '-', s ? s.volume.toFixed(1) : '-', b ? b.agents : '-', s ? s.agents : '-', b ? pct(b.serviceLevel) : '-', s ? pct(s.serviceLevel) : '-', b ? b.fte.toFixed(2) : '-', s ? s.fte.toFixed(2) : '-'];
      }),
    ),
  );
  return out.join('\n').trimEnd() + '\n';
}
