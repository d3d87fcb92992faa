/**
 * The KPIs a contact center commonly measures (DOMAIN.md, step 10), each with the direction in which it gets better
 * and the unit its target is given in. A KPI whose measure is known may leave the comparison out of its target
 * (`target: 6m` on AHT means `<= 6m`); any other must state it. Occupancy has no direction: too high burns people
 * out, too low wastes them, so its target always states one.
 */
export type KpiDirection = 'lower' | 'higher';

export interface KpiMeasure {
  id: string;
  /** The measure's usual name, in English. */
  label: string;
  /** Which way is better; undefined when it is a band (occupancy). */
  direction?: KpiDirection;
  /** `s` for times, `%` for shares; undefined when either is usual (CSAT as a share or a score). */
  unit?: 's' | '%';
  /** satisfaction, efficiency, business or people */
  group: string;
  /** Words that name it in an id, a name or `measure:` (lower case, words joined by `_`). */
  aliases: readonly string[];
}

export const kpiMeasures: readonly KpiMeasure[] = [
  { id: 'awt', label: 'Average waiting time', direction: 'lower', unit: 's', group: 'satisfaction', aliases: ['awt', 'average_waiting_time', 'waiting_time', 'wait_time', 'czas_oczekiwania'] },
  { id: 'asa', label: 'Average speed of answer', direction: 'lower', unit: 's', group: 'satisfaction', aliases: ['asa', 'average_speed_of_answer', 'speed_of_answer'] },
  { id: 'service_level', label: 'Service level', direction: 'higher', unit: '%', group: 'satisfaction', aliases: ['sl', 'service_level', 'poziom_obsługi', 'poziom_obslugi'] },
  { id: 'abandonment', label: 'Abandonment rate', direction: 'lower', unit: '%', group: 'satisfaction', aliases: ['abandonment', 'abandonment_rate', 'abandon_rate', 'abandoned', 'abandon', 'porzucenia', 'porzucone'] },
  { id: 'blocked_calls', label: 'Blocked calls', direction: 'lower', unit: '%', group: 'satisfaction', aliases: ['blocked_calls', 'blocked', 'blocking', 'busy_signals', 'zablokowane'] },
  { id: 'aht', label: 'Average handling time', direction: 'lower', unit: 's', group: 'efficiency', aliases: ['aht', 'average_handling_time', 'handling_time', 'czas_obsługi', 'czas_obslugi'] },
  { id: 'occupancy', label: 'Occupancy', unit: '%', group: 'efficiency', aliases: ['occupancy', 'obłożenie', 'oblozenie'] },
  { id: 'ftr', label: 'First-time resolution', direction: 'higher', unit: '%', group: 'satisfaction', aliases: ['ftr', 'fcr', 'first_time_resolution', 'first_contact_resolution'] },
  { id: 'csat', label: 'Customer satisfaction', direction: 'higher', group: 'satisfaction', aliases: ['csat', 'customer_satisfaction', 'satisfaction', 'satysfakcja'] },
  { id: 'attrition', label: 'Attrition', direction: 'lower', unit: '%', group: 'people', aliases: ['attrition', 'turnover', 'rotacja', 'fluktuacja'] },
  { id: 'absenteeism', label: 'Absenteeism', direction: 'lower', unit: '%', group: 'people', aliases: ['absenteeism', 'absence', 'absencja'] },
  { id: 'conversion', label: 'Conversion rate', direction: 'higher', unit: '%', group: 'business', aliases: ['conversion', 'conversion_rate', 'konwersja'] },
];

const byAlias = new Map<string, KpiMeasure>();
for (const m of kpiMeasures) for (const a of m.aliases) byAlias.set(a, m);

/** The measure a word names (`aht`, `AHT`, `first_contact_resolution`), if any. */
export function kpiMeasure(word: string): KpiMeasure | undefined {
  return byAlias.get(word.toLowerCase().replace(/[\s-]+/g, '_'));
}

/**
 * The measure an id or display name names: as a whole (`aht`, "Average handling time"), or by exactly one of its
 * words or pairs of words (`aht_phone`, `phone_abandonment_rate`). Undefined when none or several measures match.
 */
export function kpiMeasureOf(text: string): KpiMeasure | undefined {
  const key = text.toLowerCase().replace(/[\s-]+/g, '_');
  const whole = byAlias.get(key);
  if (whole) return whole;
  const words = key.split('_').filter(Boolean);
  const found = new Set<KpiMeasure>();
  for (let i = 0; i < words.length; i++) {
    for (let n = Math.min(4, words.length - i); n >= 1; n--) {
      const m = byAlias.get(words.slice(i, i + n).join('_'));
      if (m) {
        found.add(m);
        i += n - 1;
        break;
      }
    }
  }
  return found.size === 1 ? [...found][0] : undefined;
}
