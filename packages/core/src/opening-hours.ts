/**
 * Opening hours as people write them, in English and Polish: the one reader of a channel's `hours` text, used by
 * staffing (which intervals have rows), by `ccp check` (text it cannot read is an error at the field) and by the
 * docs. It lives in @ccp/core because the checker, which `ccp check` loads at every start, may depend on nothing
 * heavier, and because it is a value of the model like a duration: no dependencies, no state.
 *
 * Grammar (case-insensitive, any dash `-` `–` `—`, rules apart by `;`, `,`, `|` or a new line):
 *
 *     hours  := rule (sep rule)*
 *     rule   := days? (ranges | "24h" | "całodobowo" | "closed" | "nieczynne") | "24/7"
 *     days   := day ("-" day)? (("," | "i" | "and" | "&") day ("-" day)?)* | "daily" | "codziennie" | "weekdays" | ...
 *     ranges := time "-" time (","? time "-" time)*       time := H | HH | H:MM | HH:MM | H.MM
 *
 * A rule without days means every day. A later rule replaces what an earlier one said for its days (`24/7; Su
 * closed`, `Mo-Su 8-20; Sa 9-13`). A range that ends at or before it starts runs past midnight into the next day.
 */

/** Weekdays in order, as the model writes them in weekly profiles. */
export const WEEKDAYS = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** One open range of a day, in minutes since midnight: 0 <= start < end <= 1440. */
export interface OpenRange {
  start: number;
  end: number;
}

/** Open ranges per weekday, sorted and merged; an empty list is a closed day. */
export type WeekOpening = Record<Weekday, OpenRange[]>;

/** Where in the text the reader stopped, and why (offsets into the text, UTF-16). */
export interface HoursError {
  message: string;
  start: number;
  end: number;
}

export type HoursReading = { ok: true; week: WeekOpening } | { ok: false; error: HoursError };

const dayWords: Record<string, Weekday> = {};
const addDays = (day: Weekday, words: string) => words.split(' ').forEach((w) => (dayWords[w] = day));
addDays('mo', 'mo mon monday pn pon poniedziałek poniedzialek poniedziałku poniedzialku poniedziałki poniedzialki');
addDays('tu', 'tu tue tues tuesday wt wto wtorek wtorku wtorki');
addDays('we', 'we wed wednesday śr sr śro sro środa sroda środy srody środę srode');
addDays('th', 'th thu thur thurs thursday cz czw czwartek czwartku czwartki');
addDays('fr', 'fr fri friday pt pią pia piątek piatek piątku piatku piątki piatki');
addDays('sa', 'sa sat saturday so sb sob sobota soboty sobotę sobote soboty');
addDays('su', 'su sun sunday nd ndz ni nie niedz niedziela niedziele niedzielę niedzieli');

const dayGroups: Record<string, readonly Weekday[]> = {
  daily: WEEKDAYS, everyday: WEEKDAYS, codziennie: WEEKDAYS,
  weekdays: ['mo', 'tu', 'we', 'th', 'fr'], workdays: ['mo', 'tu', 'we', 'th', 'fr'],
  weekend: ['sa', 'su'], weekends: ['sa', 'su'], weekendy: ['sa', 'su'],
};
const allDayWords = new Set(['całodobowo', 'calodobowo', 'nonstop', '24h']);
const closedWords = new Set(['closed', 'off', 'zamknięte', 'zamkniete', 'nieczynne', 'nieczynny', 'nieczynna', 'zamknięty', 'zamkniety']);
const andWords = new Set(['i', 'and', 'oraz', '&']);

type Kind = 'day' | 'group' | 'time' | 'dash' | 'sep' | 'and' | 'allweek' | 'allday' | 'closed' | 'word';
interface Token {
  kind: Kind;
  start: number;
  end: number;
  text: string;
  day?: Weekday;
  days?: readonly Weekday[];
  minutes?: number;
}

const tokenPattern =
  /\s+|(24\s*\/\s*7)|(non-stop|24\s*h(?![\p{L}\d]))|(\d{1,2})(?:[:.](\d{2}))?(?!\d)|([-\u2010-\u2015\u2212])|([;,|\n])|(&)|([\p{L}]+)\.?|(\S)/uy;

function tokenize(text: string): Token[] | HoursError {
  const tokens: Token[] = [];
  tokenPattern.lastIndex = 0;
  while (tokenPattern.lastIndex < text.length) {
    const start = tokenPattern.lastIndex;
    const m = tokenPattern.exec(text)!;
    const end = tokenPattern.lastIndex;
    const t = (kind: Kind, extra: Partial<Token> = {}) => tokens.push({ kind, start, end, text: m[0], ...extra });
    if (m[1]) t('allweek');
    else if (m[2]) t(tokens[tokens.length - 1]?.kind === 'dash' && /^24/.test(m[2]) ? 'time' : 'allday', { minutes: 1440 });
    else if (m[3] !== undefined) {
      const h = Number(m[3]);
      const min = m[4] === undefined ? 0 : Number(m[4]);
      if (h > 24 || min > 59 || (h === 24 && min > 0)) return { message: `'${m[0]}' is not a time of day.`, start, end };
      t('time', { minutes: h * 60 + min });
    } else if (m[5]) t('dash');
    else if (m[6]) t('sep');
    else if (m[7]) t('and');
    else if (m[8]) {
      const w = m[8].toLowerCase();
      if (Object.hasOwn(dayWords, w)) t('day', { day: dayWords[w] });
      else if (Object.hasOwn(dayGroups, w)) t('group', { days: dayGroups[w] });
      else if (allDayWords.has(w)) t('allday');
      else if (closedWords.has(w)) t('closed');
      else if (andWords.has(w)) t('and');
      else if (w === 'do' || w === 'to') t('dash');
      else if (w === 'od' || w === 'from' || w === 'w' || w === 'godz' || w === 'h') {
        // Filler words ("od 8 do 16", "godz. 8-16", "8-16 h"): nothing to read.
      } else t('word');
    } else if (m[0].trim() !== '') t('word');
  }
  return tokens;
}

const fmt = (min: number) => `${String(Math.floor(min / 60)).padStart(2, '0')}:${String(min % 60).padStart(2, '0')}`;

/** Reads opening hours; `{ ok: false }` names the first part it cannot read, never guesses. */
export function readOpeningHours(text: string): HoursReading {
  const tokens = tokenize(text);
  if (!Array.isArray(tokens)) return { ok: false, error: tokens };
  if (!tokens.some((t) => t.kind !== 'sep')) return { ok: false, error: { message: 'The opening hours are empty.', start: 0, end: text.length } };
  const own = new Map<Weekday, OpenRange[]>();
  let i = 0;
  const peek = () => tokens[i];
  const fail = (message: string, t: Token | undefined): HoursReading =>
    ({ ok: false, error: t ? { message, start: t.start, end: t.end } : { message, start: text.length, end: text.length } });
  const unexpected = (t: Token | undefined, wanted: string) =>
    fail(t ? `'${t.text}' is not ${wanted}.` : `The text ends where ${wanted} should follow.`, t);

  while (i < tokens.length) {
    if (peek()!.kind === 'sep' || peek()!.kind === 'and') {
      i++;
      continue;
    }
    // days
    let days: Weekday[] | undefined;
    for (;;) {
      const t = peek();
      if (t?.kind === 'group') {
        days = [...(days ?? []), ...t.days!];
        i++;
      } else if (t?.kind === 'day') {
        i++;
        let to = t.day!;
        if (peek()?.kind === 'dash' && tokens[i + 1]?.kind === 'day') {
          to = tokens[i + 1]!.day!;
          i += 2;
        }
        const list: Weekday[] = [];
        for (let k = WEEKDAYS.indexOf(t.day!); ; k = (k + 1) % 7) {
          list.push(WEEKDAYS[k]!);
          if (WEEKDAYS[k] === to) break;
        }
        days = [...(days ?? []), ...list];
      } else break;
      const next = peek();
      const after = tokens[i + 1];
      if ((next?.kind === 'sep' || next?.kind === 'and') && next.text !== ';' && (after?.kind === 'day' || after?.kind === 'group')) i++;
      else break;
    }
    const t = peek();
    let ranges: OpenRange[];
    if (t?.kind === 'allweek') {
      if (days) return fail(`'24/7' already means every day; write '${t.text}' alone or the days with 'całodobowo' / '24h'.`, t);
      i++;
      ranges = [{ start: 0, end: 1440 }];
    } else if (t?.kind === 'allday') {
      i++;
      ranges = [{ start: 0, end: 1440 }];
    } else if (t?.kind === 'closed') {
      if (!days) return fail(`'${t.text}' needs the days it is said of, e.g. 'Su closed'.`, t);
      i++;
      ranges = [];
    } else if (t?.kind === 'time') {
      ranges = [];
      for (;;) {
        const from = peek();
        const dash = tokens[i + 1];
        const to = tokens[i + 2];
        if (from?.kind !== 'time') return unexpected(from, 'a time such as 08:00');
        if (dash?.kind !== 'dash') return unexpected(dash, `a dash and the closing time after '${from.text}'`);
        if (to?.kind !== 'time') return unexpected(to, 'a closing time such as 20:00');
        i += 3;
        const start = from.minutes! === 1440 ? 0 : from.minutes!;
        const end = to.minutes!;
        if (start === end % 1440 && !(start === 0 && end === 1440)) return fail(`'${from.text}-${to.text}' opens and closes at the same time; write '24h' for a whole day.`, from);
        ranges.push({ start, end });
        const next = peek();
        if (next?.kind === 'time') continue;
        if ((next?.kind === 'sep' || next?.kind === 'and') && next.text !== ';' && tokens[i + 1]?.kind === 'time') {
          i++;
          continue;
        }
        break;
      }
    } else if (days) {
      return unexpected(t, `the hours of ${days.length === 1 ? 'that day' : 'those days'} (e.g. 08:00-16:00, or 'closed')`);
    } else {
      return unexpected(t, 'a day or a time (e.g. Mo-Fr 08:00-20:00)');
    }
    for (const d of days ?? WEEKDAYS) own.set(d, ranges);
    const end = peek();
    if (end && end.kind !== 'sep' && end.kind !== 'and' && end.kind !== 'day' && end.kind !== 'group' && end.kind !== 'allweek') {
      return fail(`'${end.text}' cannot be read after the hours; put a ';' and the next days, or nothing.`, end);
    }
  }
  const week = {} as WeekOpening;
  for (const d of WEEKDAYS) week[d] = [];
  WEEKDAYS.forEach((d, k) => {
    for (const r of own.get(d) ?? []) {
      if (r.end > r.start) week[d].push({ start: r.start, end: Math.min(r.end, 1440) });
      else {
        // past midnight: the rest of the day, and the next morning
        week[d].push({ start: r.start, end: 1440 });
        if (r.end > 0) week[WEEKDAYS[(k + 1) % 7]!].push({ start: 0, end: r.end });
      }
    }
  });
  for (const d of WEEKDAYS) week[d] = merge(week[d]);
  return { ok: true, week };
}

function merge(ranges: OpenRange[]): OpenRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const out: OpenRange[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}

/** Open hours per weekday (0 when closed). */
export function openHoursPerDay(week: WeekOpening): Record<Weekday, number> {
  const out = {} as Record<Weekday, number>;
  for (const d of WEEKDAYS) out[d] = week[d].reduce((sum, r) => sum + (r.end - r.start), 0) / 60;
  return out;
}

/** Whether minute `at` of a day (0..1439) falls inside one of its open ranges. */
export function isOpenAt(ranges: readonly OpenRange[], at: number): boolean {
  return ranges.some((r) => at >= r.start && at < r.end);
}

const dayLabels: Record<'en' | 'pl', { days: Record<Weekday, string>; closed: string; allWeek: string }> = {
  en: { days: { mo: 'Mo', tu: 'Tu', we: 'We', th: 'Th', fr: 'Fr', sa: 'Sa', su: 'Su' }, closed: 'closed', allWeek: '24/7' },
  pl: { days: { mo: 'Pn', tu: 'Wt', we: 'Śr', th: 'Cz', fr: 'Pt', sa: 'Sb', su: 'Nd' }, closed: 'nieczynne', allWeek: 'całodobowo' },
};

/**
 * The hours as read, in one plain form in the output language: `Mo-Fr 08:00-20:00; Sa 09:00-13:00; Su closed`,
 * `Pn-Pt 08:00-20:00; Sb 09:00-13:00; Nd nieczynne`. Days with the same hours are joined into ranges.
 */
export function formatOpeningHours(week: WeekOpening, language: 'en' | 'pl' = 'en'): string {
  const w = dayLabels[language] ?? dayLabels.en;
  const key = (d: Weekday) => week[d].map((r) => `${fmt(r.start)}-${fmt(r.end)}`).join(', ');
  if (WEEKDAYS.every((d) => key(d) === '00:00-24:00')) return w.allWeek;
  const parts: string[] = [];
  for (let i = 0; i < 7; ) {
    let j = i;
    while (j + 1 < 7 && key(WEEKDAYS[j + 1]!) === key(WEEKDAYS[i]!)) j++;
    const days = i === j ? w.days[WEEKDAYS[i]!] : `${w.days[WEEKDAYS[i]!]}-${w.days[WEEKDAYS[j]!]}`;
    parts.push(`${days} ${key(WEEKDAYS[i]!) || w.closed}`);
    i = j + 1;
  }
  return parts.join('; ');
}
