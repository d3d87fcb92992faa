import type { OutputLanguage } from '@ccp/core';

/** Day abbreviations and the busy hour, per output language: the staffing report names intervals in English. */
const intervalWords: Record<OutputLanguage, { busyHour: string; days: Record<string, string> }> = {
  en: { busyHour: 'busy hour', days: { mo: 'mo', tu: 'tu', we: 'we', th: 'th', fr: 'fr', sa: 'sa', su: 'su' } },
  pl: { busyHour: 'godzina szczytu', days: { mo: 'pn', tu: 'wt', we: 'śr', th: 'cz', fr: 'pt', sa: 'sb', su: 'nd' } },
};

/**
 * `mo 08:00` -> `pn 08:00`, `busy hour` -> `godzina szczytu`: an interval of the staffing report in the output
 * language, for the staffing sheet of the workbook and the staffing section of the docs.
 */
export function intervalText(interval: string, language: OutputLanguage | undefined): string {
  const w = intervalWords[language ?? 'en'] ?? intervalWords.en;
  const [first, ...rest] = interval.split(' ');
  const day = first !== undefined && rest.length > 0 && Object.hasOwn(w.days, first) ? w.days[first] : undefined;
  const tail = day !== undefined ? rest.join(' ') : interval;
  const text = tail === 'busy hour' ? w.busyHour : tail;
  return day !== undefined ? `${day} ${text}` : text;
}
