/** Weekdays in order, as the model writes them in weekly profiles. */
export const WEEKDAYS = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const dayNames: Record<string, Weekday> = {
  mo: 'mo', mon: 'mo', tu: 'tu', tue: 'tu', we: 'we', wed: 'we', th: 'th', thu: 'th', fr: 'fr', fri: 'fr',
  sa: 'sa', sat: 'sa', su: 'su', sun: 'su',
  pn: 'mo', pon: 'mo', wt: 'tu', śr: 'we', sr: 'we', cz: 'th', czw: 'th', pt: 'fr', pią: 'fr', so: 'sa', sob: 'sa', nd: 'su', ni: 'su', niedz: 'su',
};

const everyDayWords = new Set(['daily', 'codziennie', 'everyday']);

/** Open hours per weekday (0 when closed), read from a channel's `hours` text. */
export type OpeningHours = Record<Weekday, number>;

/**
 * Reads texts such as `Mo-Fr 08:00-20:00; Sa 09:00-15:00`, `Pn-Pt 8-16`, `24/7` or `Mo-Su 00:00-24:00`. Day ranges
 * win over `24/7` (`24/7, answered Mo-Fr 08:00-18:00` is staffed Mo-Fr); a time range without days means every day.
 * Returns undefined when the text says nothing readable, so callers can fall back to an assumption.
 */
export function parseOpeningHours(text: string | undefined): OpeningHours | undefined {
  if (!text) return undefined;
  const hours: OpeningHours = { mo: 0, tu: 0, we: 0, th: 0, fr: 0, sa: 0, su: 0 };
  let found = false;
  const dash = '\\s*[-\u2013\u2014]\\s*';
  const pattern = new RegExp(`(?:(\\p{L}+)(?:${dash}(\\p{L}+))?\\s+)?(\\d{1,2})(?::(\\d{2}))?${dash}(\\d{1,2})(?::(\\d{2}))?`, 'gu');
  for (const m of text.matchAll(pattern)) {
    const word = m[1]?.toLowerCase();
    const everyDay = word === undefined || everyDayWords.has(word);
    const day = (w: string) => (Object.hasOwn(dayNames, w) ? dayNames[w] : undefined); // not `constructor`
    const from = everyDay ? 'mo' : day(word);
    const to = everyDay ? 'su' : m[2] ? day(m[2].toLowerCase()) : from;
    if (!from || !to) continue;
    const open = Number(m[3]) + Number(m[4] ?? 0) / 60;
    let close = Number(m[5]) + Number(m[6] ?? 0) / 60;
    if (close <= open) close += 24;
    if (open >= 24 || close - open > 24) continue;
    const i = WEEKDAYS.indexOf(from);
    const j = WEEKDAYS.indexOf(to);
    for (let k = i; ; k = (k + 1) % 7) {
      hours[WEEKDAYS[k]!] = close - open;
      if (k === j) break;
    }
    found = true;
  }
  if (!found && /\b24\s*\/\s*7\b/.test(text)) {
    for (const d of WEEKDAYS) hours[d] = 24;
    found = true;
  }
  return found ? hours : undefined;
}
