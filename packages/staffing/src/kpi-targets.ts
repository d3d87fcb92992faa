import { label, type Kpi, type Model } from '@ccp/core';
import { staffingNotes, type StaffingNotes } from './notes.js';
import type { StaffingTarget } from './solve-agents.js';
import type { KpiFinding, StaffingRow } from './types.js';

/** What a KPI measures, as far as staffing can hold a plan to it. */
export type KpiMeasure = 'serviceLevel' | 'asa' | 'abandonment' | 'occupancy';

/** A KPI on a channel that staffing understands: its measure, comparison and value (a fraction or seconds). */
export interface ChannelKpi {
  kpi: Kpi;
  measure: KpiMeasure;
  /** `max`: the plan must stay at or below `value`; `min`: at or above. */
  bound: 'max' | 'min';
  /** A fraction (0..1) for shares, seconds for ASA. */
  value: number;
  /** Seconds of a service-level KPI (`within 20 seconds` in its definition), when it says. */
  seconds?: number;
}

const WORDS: [KpiMeasure, RegExp][] = [
  ['abandonment', /abandon|porzuc|porzuć|utracon/],
  ['occupancy', /occupancy|obłożeni|oblozeni|utili[sz]ation|wykorzystani/],
  ['asa', /\basa\b|speed of answer|time to answer|response time|czas (?:odpowiedzi|oczekiwania|odebrania)|wait/],
  ['serviceLevel', /service[ _-]?level|\bsl\b|poziom[ _]obsługi|poziom[ _]obslugi|answered within/],
];

/** The measure of a KPI, from its id, name and definition; a time target is an ASA, whatever the words. */
export function kpiMeasure(kpi: Kpi): KpiMeasure | undefined {
  if (!kpi.target) return undefined;
  const text = `${kpi.id} ${kpi.name ?? ''} ${kpi.definition ?? ''}`.toLowerCase();
  const found = WORDS.find(([, re]) => re.test(text))?.[0];
  if (kpi.target.unit === 's') return found === 'asa' ? 'asa' : undefined;
  if (kpi.target.unit !== '%' || found === 'asa') return undefined;
  return found;
}

/** The KPIs of one channel that staffing can hold the plan to. */
export function channelKpis(model: Pick<Model, 'kpis'>, channel: string): ChannelKpi[] {
  const out: ChannelKpi[] = [];
  for (const kpi of model.kpis) {
    if (kpi.channel?.id !== channel || !kpi.target) continue;
    const measure = kpiMeasure(kpi);
    if (!measure) continue;
    const t = kpi.target;
    const bound = t.op === '<=' || t.op === '<' ? 'max' : t.op === '>=' || t.op === '>' ? 'min' : undefined;
    if (!bound) continue;
    const value = t.unit === '%' ? t.value / 100 : t.value;
    const within = /(\d+(?:[.,]\d+)?)\s*(s|sec|seconds?|sekund|sek)\b/i.exec(kpi.definition ?? '');
    out.push({ kpi, measure, bound, value, ...(within ? { seconds: Number(within[1]!.replace(',', '.')) } : {}) });
  }
  return out;
}

/**
 * The channel's target made as strict as its KPIs: a service level at least the KPI's share (within the KPI's
 * seconds, or the channel's), an ASA, abandonment or occupancy at most the KPI's value. A KPI that asks for a
 * floor on occupancy cannot be planned for (more agents only lower it); it is checked after (kpiFindings).
 */
export function holdToKpis(target: StaffingTarget, kpis: ChannelKpi[]): StaffingTarget {
  const t: StaffingTarget = { ...target };
  for (const k of kpis) {
    if (k.measure === 'serviceLevel' && k.bound === 'min') {
      const seconds = Math.min(k.seconds ?? t.serviceLevel?.seconds ?? 20, t.serviceLevel?.seconds ?? Infinity);
      t.serviceLevel = { fraction: Math.max(k.value, t.serviceLevel?.fraction ?? 0), seconds };
    } else if (k.measure === 'asa' && k.bound === 'max' && k.value >= 3600 && (t.serviceLevel?.seconds ?? 0) >= 3600) {
      // A response time in hours on deferred work: every item within it.
      t.serviceLevel = { fraction: t.serviceLevel!.fraction, seconds: Math.min(k.value, t.serviceLevel!.seconds) };
    } else if (k.measure === 'asa' && k.bound === 'max') t.asaSeconds = Math.min(k.value, t.asaSeconds ?? Infinity);
    else if (k.measure === 'abandonment' && k.bound === 'max') t.maxAbandoned = Math.min(k.value, t.maxAbandoned ?? Infinity);
    else if (k.measure === 'occupancy' && k.bound === 'max') t.maxOccupancy = Math.min(k.value, t.maxOccupancy ?? Infinity);
  }
  return t;
}

const fmt = (k: ChannelKpi, x: number) => (k.measure === 'asa' ? `${Math.round(x * 10) / 10} s` : `${Math.round(x * 1000) / 10}%`);

/** The rows' figures against each KPI: one finding per interval that misses it, naming the KPI and both figures. */
export function kpiFindings(rows: StaffingRow[], kpis: ChannelKpi[], t: StaffingNotes = staffingNotes(undefined)): KpiFinding[] {
  const out: KpiFinding[] = [];
  for (const k of kpis) {
    for (const r of rows) {
      if (r.model === 'deferred' || !(r.volume > 0)) continue;
      const planned = k.measure === 'serviceLevel' ? r.serviceLevel : k.measure === 'asa' ? r.asaSeconds : k.measure === 'abandonment' ? (r.abandoned ?? 0) : r.occupancy;
      const ok = k.bound === 'max' ? planned <= k.value + 1e-9 : planned >= k.value - 1e-9;
      if (ok) continue;
      out.push({
        kpi: k.kpi.id,
        channel: r.channel,
        interval: r.interval,
        measure: k.measure,
        target: k.kpi.target!.text,
        planned: Math.round(planned * 10000) / 10000,
        message: t.kpiNotMet({ kpi: label(k.kpi), measure: k.measure, target: k.kpi.target!.text, channel: r.channel, interval: r.interval, planned: fmt(k, planned), agents: r.agents }),
      });
    }
  }
  return out;
}
