import type { Model, OutputLanguage } from '@ccp/core';
import { duration } from '../xlsx/format.js';
import type { ExtraSheet, TableRow } from '../xlsx/sheet-table.js';
import { intervalText } from './interval-text.js';
import type { StaffingReport, StaffingRow } from '@ccp/staffing';

/** The sheet's words per output language; the staffing sheet owns them, the vendor spec only places the table. */
const words = {
  en: {
    sheet: 'Staffing',
    channel: 'Channel',
    interval: 'Interval',
    volume: 'Volume',
    aht: 'AHT (s)',
    target: 'Target',
    agents: 'Agents',
    serviceLevel: 'Service level (%)',
    occupancy: 'Occupancy (%)',
    abandoned: 'Abandoned (%)',
    fte: 'FTE',
    within: 'in',
    asa: 'ASA',
    maxOccupancy: 'occupancy ≤',
    shrinkage: (pct: string, causes: string, hours: number) => `Shrinkage ${pct}${causes ? ` (${causes})` : ''}; ${hours} paid hours per FTE per week.`,
    method: 'Agents from Erlang C, or Erlang A where the channel gives a patience; FTE = agents / (1 - shrinkage).',
    gaps: 'People per role (required / headcount / gap)',
    skipped: 'Not staffed',
  },
  pl: {
    sheet: 'Obsada',
    channel: 'Kanał',
    interval: 'Przedział',
    volume: 'Wolumen',
    aht: 'AHT (s)',
    target: 'Cel',
    agents: 'Konsultanci',
    serviceLevel: 'Poziom obsługi (%)',
    occupancy: 'Obłożenie (%)',
    abandoned: 'Porzucone (%)',
    fte: 'Etaty (FTE)',
    within: 'w',
    asa: 'ASA',
    maxOccupancy: 'obłożenie ≤',
    shrinkage: (pct: string, causes: string, hours: number) => `Absencja i czas poza obsługą (shrinkage) ${pct}${causes ? ` (${causes})` : ''}; ${hours} płatnych godzin na etat tygodniowo.`,
    method: 'Konsultanci z modelu Erlang C, a gdy kanał podaje cierpliwość klientów, z modelu Erlang A; etaty = konsultanci / (1 - shrinkage).',
    gaps: 'Osoby w rolach (potrzebne / zatrudnione / różnica)',
    skipped: 'Bez wyliczenia obsady',
  },
} as const;

type Words = (typeof words)[OutputLanguage];

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;
const pct = (fraction: number) => `${round(fraction * 100, 1)}%`;
const signed = (x: number) => `${x > 0 ? '+' : ''}${round(x, 2)}`;

function targetText(r: StaffingRow, w: Words): string {
  const parts: string[] = [];
  if (r.targetPercent !== null) parts.push(`${r.targetPercent}% ${w.within} ${duration(r.targetSeconds ?? 0)}`);
  if (r.targetAsaSeconds !== undefined) parts.push(`${w.asa} ${duration(r.targetAsaSeconds)}`);
  if (r.maxOccupancy !== undefined) parts.push(`${w.maxOccupancy} ${Math.round(r.maxOccupancy * 100)}%`);
  return parts.join(', ');
}

/** The note under the table: shrinkage, the method, the gap per role against headcount, channels left out. */
function noteText(report: StaffingReport, w: Words): string {
  const s = report.summary;
  const causes = s.shrinkageCauses.map((c) => `${c.cause} ${pct(c.fraction)}`).join(', ');
  const lines = [w.shrinkage(pct(s.shrinkage), causes, s.hoursPerWeek), w.method];
  if (s.roles.length) {
    const roles = s.roles.map((r) => `${r.name}: ${round(r.required, 2)} / ${r.headcount ?? '-'} / ${r.gap !== undefined ? signed(r.gap) : '-'}`);
    lines.push(`${w.gaps}: ${roles.join('; ')}.`);
  }
  if (s.skipped.length) lines.push(`${w.skipped}: ${s.skipped.map((x) => x.channel).join(', ')}.`);
  return lines.join(' ');
}

/**
 * The staffing sheet of the vendor specification workbook, placed after the channels sheet: one row per channel
 * and interval (the busy hour when the model gives no intraday profile) with volume, AHT, target, agents,
 * achieved service level and occupancy (in percent) and FTE after shrinkage; the note under the table gives the
 * shrinkage and the gap per role against headcount. Pure and deterministic: numbers are rounded to fixed digits.
 */
export function staffingSpecSheet(report: StaffingReport, language: OutputLanguage): ExtraSheet {
  const w = words[language] ?? words.en;
  const names = new Map(report.summary.channels.map((c) => [c.channel, c.name]));
  const rows: TableRow[] = report.rows.map((r) => ({
    cells: [
      names.get(r.channel) ?? r.channel,
      intervalText(r.interval, language),
      round(r.volume, 1),
      r.ahtSeconds,
      targetText(r, w),
      r.agents,
      round(r.serviceLevel * 100, 1),
      round(r.occupancy * 100, 1),
      round(r.abandoned * 100, 1),
      round(r.fte, 2),
    ],
  }));
  return {
    key: 'staffing',
    name: w.sheet,
    after: 'channels',
    frozenColumns: 2,
    columns: [
      { header: w.channel, width: 22 },
      { header: w.interval, width: 16 },
      { header: w.volume, width: 11, role: 'number' },
      { header: w.aht, width: 9, role: 'number' },
      { header: w.target, width: 24 },
      { header: w.agents, width: 12, role: 'number' },
      { header: w.serviceLevel, width: 13, role: 'number' },
      { header: w.occupancy, width: 13, role: 'number' },
      { header: w.abandoned, width: 13, role: 'number' },
      { header: w.fte, width: 11, role: 'number' },
    ],
    rows,
    note: noteText(report, w),
  };
}

/** True when at least one channel gives a volume: only then do the spec and the docs get a staffing part. */
export function hasChannelVolumes(model: Model): boolean {
  return model.channels.some((c) => c.volume.perDay !== undefined || c.volume.perWeek !== undefined || c.volume.perMonth !== undefined);
}
