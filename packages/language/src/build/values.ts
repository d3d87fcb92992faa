import { currencyCode, type ElementKind, type SingleKey, type Loc, type Money, type ProfilePoint, type Ref, type ServiceLevelTarget, type Volume } from '@ccp/core';
import { atomCount, firstAtom, valueAt, valueCount } from '../syntax/lean-nodes.js';
import type { Atom, FieldNode, ValueNode } from '../syntax/syntax-tree.js';
import type { BuildContext } from './build-context.js';

/**
 * Readers that turn the atoms of a field into typed values. Each reports a plain-language error with an example
 * of the right form and returns undefined when the value does not fit, so one bad field never stops the build.
 */

const wordTables = new WeakMap<object, Map<string, unknown>>();

/**
 * `record[key]` for the record's own keys only: a word such as `constructor` or `__proto__` in a .ccp file is no
 * key. Through a map made once per record: looking a word just read from a file up as a property name would
 * search the engine's table of all property names, for every unit, enum value and period read.
 */
export function lookup<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  let table = wordTables.get(record);
  if (!table) wordTables.set(record, (table = new Map(Object.entries(record))));
  return table.get(key) as T | undefined;
}

const durationUnits: Record<string, number> = {
  s: 1,
  sec: 1,
  m: 60,
  min: 60,
  h: 3600,
  d: 86400,
  w: 604800,
};

const isDigit = (c: number) => c >= 48 && c <= 57; // 0-9
const isLower = (c: number) => c >= 97 && c <= 122; // a-z

/**
 * Seconds in `6m`, `20s`, `1h30m`, `1d`, `2w`; undefined if the text is not a duration. The text must be one or
 * more of `<digits>[.<digits>]<letters a-z>` with a known unit; read by hand (it runs for every step's `time:`).
 */
export function parseDuration(text: string): number | undefined {
  const n = text.length;
  let total = 0;
  let i = 0;
  while (i < n) {
    const start = i;
    while (i < n && isDigit(text.charCodeAt(i))) i++;
    if (i === start) return undefined;
    if (text.charCodeAt(i) === 46 /* . */ && isDigit(text.charCodeAt(i + 1))) {
      i += 2;
      while (i < n && isDigit(text.charCodeAt(i))) i++;
    }
    const numberEnd = i;
    while (i < n && isLower(text.charCodeAt(i))) i++;
    if (i === numberEnd) return undefined;
    const unit = lookup(durationUnits, text.slice(numberEnd, i));
    if (unit === undefined) return undefined;
    total += Number(text.slice(start, numberEnd)) * unit;
  }
  return i > 0 ? total : undefined;
}

const retentionUnits: Record<string, number> = {
  d: 1, day: 1, days: 1, dzień: 1, dzien: 1, dni: 1,
  w: 7, week: 7, weeks: 7, tydzień: 7, tydzien: 7, tygodnie: 7, tygodni: 7,
  mo: 30, month: 30, months: 30, miesiąc: 30, miesiac: 30, miesiące: 30, miesiace: 30, miesięcy: 30, miesiecy: 30,
  y: 365, year: 365, years: 365, rok: 365, lata: 365, lat: 365,
};

/**
 * Days in a retention period written as a duration: `90d`, `10y`, `18mo`, `90 days`, `10 years`, or in Polish
 * `90 dni`, `10 lat`, `2 lata`, `1 rok` (a month counts 30 days, a year 365); undefined for any other text (such as
 * "5 years after the contract ends"), which stays a text.
 */
export function parseRetentionDays(text: string): number | undefined {
  const m = /^(\d+(?:[.,]\d+)?)\s*([a-ząćęłńóśźż]+)$/.exec(text.trim().toLowerCase());
  if (!m) return undefined;
  const unit = lookup(retentionUnits, m[2]!);
  return unit === undefined ? undefined : Math.round(Number(m[1]!.replace(',', '.')) * unit);
}

/** A fraction from `80%` (0.8) or a plain number between 0 and 1. */
export function parsePercent(text: string): number | undefined {
  const m = /^([+-]?\d+(?:\.\d+)?)%$/.exec(text);
  if (m) return Number(m[1]) / 100;
  const n = Number(text);
  return /^[+-]?\d+(?:\.\d+)?$/.test(text) && Math.abs(n) <= 1 ? n : undefined;
}

export function atomsText(value: ValueNode): string {
  if (atomCount(value) === 1) return firstAtom(value).text;
  const atoms = value.atoms;
  let text = '';
  for (let i = 0; i < atoms.length; i++) text += i === 0 ? atoms[i]!.text : ' ' + atoms[i]!.text;
  return text;
}

function single(field: FieldNode, ctx: BuildContext, expected: SingleKey, example: string): ValueNode | undefined {
  const count = valueCount(field);
  if (count === 0) return undefined;
  if (count > 1) {
    ctx.invalidOne(field, expected, example, valueAt(field, 1)!.loc);
    return undefined;
  }
  return valueAt(field, 0);
}

export function readText(field: FieldNode, ctx: BuildContext): string | undefined {
  const v = single(field, ctx, 'text', '"..."');
  return v ? atomsText(v) : undefined;
}

export function readTexts(field: FieldNode): string[] {
  const count = valueCount(field);
  const texts = new Array<string>(count);
  for (let i = 0; i < count; i++) texts[i] = atomsText(valueAt(field, i)!);
  return texts;
}

export function readWord(field: FieldNode, ctx: BuildContext, example: string): string | undefined {
  const v = single(field, ctx, 'word', example);
  if (!v) return undefined;
  if (!isId(v)) {
    ctx.invalid(field, 'singleWord', example, v.loc);
    return undefined;
  }
  return firstAtom(v).text;
}

const canonicalValues = new WeakMap<object, string[]>();

/** The distinct values of an enum table, computed once per table (readEnum runs for every enum field). */
function canonicalOf<T extends string>(allowed: Record<string, T>): T[] {
  let list = canonicalValues.get(allowed);
  if (!list) canonicalValues.set(allowed, (list = [...new Set(Object.values(allowed))]));
  return list as T[];
}

export function readEnum<T extends string>(
  field: FieldNode,
  ctx: BuildContext,
  allowed: Record<string, T>,
): T | undefined {
  const canonical = canonicalOf(allowed);
  const word = readWord(field, ctx, canonical[0]!);
  if (word === undefined) return undefined;
  const value = lookup(allowed, word.toLowerCase());
  if (value === undefined) {
    ctx.invalid(field, 'oneOf', canonical[0]!, field.values[0]!.loc, canonical.map((c) => `'${c}'`).join(', '));
  }
  return value;
}


const isId = (v: ValueNode) => atomCount(v) === 1 && firstAtom(v).type === 'ident';

/** One id, e.g. `owner: complaints_lead`, as a reference of the element being built to one of `kinds`. */
export function readRef(field: FieldNode, ctx: BuildContext, example: string, kinds: readonly ElementKind[]): Ref | undefined {
  const v = single(field, ctx, 'id', example);
  if (!v) return undefined;
  if (!isId(v)) {
    ctx.invalid(field, 'oneId', example, v.loc);
    return undefined;
  }
  return ctx.ref(firstAtom(v), kinds, field.name);
}

/** A comma-separated list of ids, e.g. `reads: customer, order`, as references of the element being built. */
export function readRefs(field: FieldNode, ctx: BuildContext, example: string, kinds: readonly ElementKind[]): Ref[] {
  const count = valueCount(field);
  let allIds = true;
  for (let i = 0; i < count && allIds; i++) allIds = isId(valueAt(field, i)!);
  if (allIds) {
    // the usual case, in an array of exactly its length: one grown by push has room for 16, ~100 bytes more kept
    // in the model for each of ~400k lists at 100k steps
    const refs = new Array<Ref>(count);
    for (let i = 0; i < count; i++) refs[i] = ctx.ref(firstAtom(valueAt(field, i)!), kinds, field.name);
    return refs;
  }
  const out: Ref[] = [];
  for (const v of field.values) {
    if (isId(v)) out.push(ctx.ref(firstAtom(v), kinds, field.name));
    else ctx.invalid(field, 'ids', example, v.loc);
  }
  return out;
}

export function readNumber(field: FieldNode, ctx: BuildContext, opts: { integer?: boolean; example: string }): number | undefined {
  const v = single(field, ctx, 'number', opts.example);
  if (!v) return undefined;
  const a = firstAtom(v);
  const n = Number(a.text);
  const ok = atomCount(v) === 1 && a.type === 'number' && Number.isFinite(n) && n >= 0 && (!opts.integer || Number.isInteger(n));
  if (!ok) {
    ctx.invalid(field, opts.integer ? 'wholeNumber' : 'number', opts.example, v.loc);
    return undefined;
  }
  return n;
}

export function readDuration(field: FieldNode, ctx: BuildContext, example: string): number | undefined {
  const v = single(field, ctx, 'duration', example);
  if (!v) return undefined;
  const seconds = atomCount(v) === 1 ? parseDuration(firstAtom(v).text) : undefined;
  if (seconds === undefined) ctx.invalid(field, 'duration', example, v.loc);
  return seconds;
}

export function readPercent(field: FieldNode, ctx: BuildContext, example: string): number | undefined {
  const v = single(field, ctx, 'percentage', example);
  if (!v) return undefined;
  const fraction = atomCount(v) === 1 ? parsePercent(firstAtom(v).text) : undefined;
  if (fraction === undefined || fraction < 0 || fraction > 1) {
    ctx.invalid(field, 'percentage', example, v.loc);
    return undefined;
  }
  return fraction;
}

const truthy: Record<string, boolean> = { true: true, yes: true, tak: true, false: false, no: false, nie: false };

export function readBool(field: FieldNode, ctx: BuildContext): boolean | undefined {
  const word = readWord(field, ctx, 'true');
  if (word === undefined) return undefined;
  const value = lookup(truthy, word.toLowerCase());
  if (value === undefined) ctx.invalid(field, 'boolean', 'true', field.values[0]!.loc);
  return value;
}

const periods: Record<string, keyof Volume> = {
  day: 'perDay',
  d: 'perDay',
  dzień: 'perDay',
  week: 'perWeek',
  w: 'perWeek',
  tydzień: 'perWeek',
  month: 'perMonth',
  mo: 'perMonth',
  miesiąc: 'perMonth',
};

/** `1200/day, 6000/week, 26000/month`. */
export function readVolume(field: FieldNode, ctx: BuildContext): Volume {
  const volume: Volume = {};
  for (const v of field.values) {
    const a = v.atoms;
    const per = a[2];
    const key = per ? lookup(periods, per.text.toLowerCase()) : undefined;
    if (a.length === 3 && a[0]!.type === 'number' && a[1]!.type === 'slash' && key && Number.isFinite(Number(a[0]!.text))) {
      volume[key] = Number(a[0]!.text);
    } else ctx.invalid(field, 'volume', '1200/day, 26000/month', v.loc);
  }
  return volume;
}

/** `80% in 20s` (or `80/20`). */
export function readServiceLevel(field: FieldNode, ctx: BuildContext): ServiceLevelTarget | undefined {
  const v = single(field, ctx, 'serviceLevel', '80% in 20s');
  if (!v) return undefined;
  const a = v.atoms;
  let fraction: number | undefined;
  let seconds: number | undefined;
  if (a.length === 3 && a[1]!.type === 'ident' && ['in', 'w'].includes(a[1]!.text)) {
    fraction = parsePercent(a[0]!.text);
    seconds = parseDuration(a[2]!.text);
  } else if (a.length === 3 && a[1]!.type === 'slash') {
    const p = Number(a[0]!.text);
    fraction = Number.isFinite(p) ? p / 100 : undefined;
    seconds = Number(a[2]!.text);
  }
  if (fraction === undefined || seconds === undefined || !Number.isFinite(seconds) || fraction <= 0 || fraction > 1) {
    ctx.invalid(field, 'serviceLevel', '80% in 20s', v.loc);
    return undefined;
  }
  return { fraction, seconds };
}

const slaKeys: Record<string, 'reactionSeconds' | 'resolutionSeconds'> = {
  respond: 'reactionSeconds',
  reaction: 'reactionSeconds',
  react: 'reactionSeconds',
  resolve: 'resolutionSeconds',
  resolution: 'resolutionSeconds',
};

const businessDayKeys: Record<string, 'reactionBusinessDays' | 'resolutionBusinessDays'> = {
  reactionSeconds: 'reactionBusinessDays',
  resolutionSeconds: 'resolutionBusinessDays',
};

type Sla = { reactionSeconds?: number; resolutionSeconds?: number; reactionBusinessDays?: number; resolutionBusinessDays?: number; loc: Loc };

/** `20bd` (business days; `dr`, dni robocze, in Polish): the number of days, or undefined. */
function businessDays(text: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)(bd|dr)$/.exec(text);
  return m ? Number(m[1]) : undefined;
}

/** `respond 1d, resolve 14d` (also `reaction`/`resolution`); business days as `resolve 20bd`. */
export function readSla(field: FieldNode, ctx: BuildContext): Sla {
  const sla: Sla = { loc: field.loc };
  for (const v of field.values) {
    const what = v.atoms[0];
    const time = v.atoms[1];
    const key = what ? lookup(slaKeys, what.text) : undefined;
    const days = time ? businessDays(time.text) : undefined;
    const seconds = time && days === undefined ? parseDuration(time.text) : undefined;
    if (v.atoms.length === 2 && key && days !== undefined) sla[businessDayKeys[key]!] = days;
    else if (v.atoms.length === 2 && key && seconds !== undefined) sla[key] = seconds;
    else ctx.invalid(field, 'sla', 'respond 1d, resolve 20bd', v.loc);
  }
  return sla;
}

/** A KPI target as written: the comparison may be left out (the KPI's measure then implies it). */
export interface WrittenTarget {
  op?: '<=' | '>=' | '<' | '>' | '=';
  value: number;
  unit?: string;
  withinSeconds?: number;
  text: string;
}

/** `<= 20s`, `>= 80%`, `90%`, `80% in 20s` (a service level: a share answered within a time). */
export function readTarget(field: FieldNode, ctx: BuildContext): WrittenTarget | undefined {
  const v = single(field, ctx, 'target', '<= 20s');
  if (!v) return undefined;
  const a = v.atoms;
  const hasOp = a[0]?.type === 'op';
  const rest = a.slice(hasOp ? 1 : 0);
  let withinSeconds: number | undefined;
  if (rest.length === 3 && rest[1]!.type === 'ident' && (rest[1]!.text === 'in' || rest[1]!.text === 'w')) {
    withinSeconds = parseDuration(rest[2]!.text);
    if (withinSeconds === undefined || !rest[0]!.text.endsWith('%')) {
      ctx.invalid(field, 'shareWithin', '80% in 20s', v.loc);
      return undefined;
    }
    rest.length = 1;
  }
  const m = rest.length === 1 ? /^([+-]?\d+(?:\.\d+)?)([a-z%]*)$/i.exec(rest[0]!.text) : null;
  if (!m) {
    ctx.invalid(field, 'comparison', '<= 20s', v.loc);
    return undefined;
  }
  const op = hasOp ? (a[0]!.text as WrittenTarget['op']) : undefined;
  const seconds = m[2] && m[2] !== '%' ? parseDuration(rest[0]!.text) : undefined;
  const text = atomsText(v);
  const target: WrittenTarget =
    seconds !== undefined ? { op, value: seconds, unit: 's', text } : { op, value: Number(m[1]), unit: m[2] || undefined, text };
  if (withinSeconds !== undefined) target.withinSeconds = withinSeconds;
  return target;
}

/**
 * An amount with an optional currency before or after it and an optional `/h`: `45 PLN`, `PLN 45`, `£19/h`,
 * `19 zł/h`, `€ 45`, `45`. The currency is kept as its ISO code (`£` is GBP, `zł` is PLN); undefined if the atoms
 * are not an amount.
 */
export function readAmount(atoms: readonly Atom[]): Money | undefined {
  let a = atoms;
  if (a.length >= 2 && a[a.length - 2]!.type === 'slash' && a[a.length - 1]!.text === 'h') a = a.slice(0, -2);
  let currency: string | undefined;
  if (a.length === 2 && a[0]!.type === 'ident' && a[1]!.type === 'number') currency = a[0]!.text;
  else if (a.length === 2 && a[0]!.type === 'number' && a[1]!.type === 'ident') currency = a[1]!.text;
  else if (a.length !== 1) return undefined;
  const number = a.find((x) => x.type === 'number');
  const amount = number && /^\d+(?:\.\d+)?$/.test(number.text) ? Number(number.text) : NaN;
  if (!Number.isFinite(amount)) return undefined;
  return currency ? { amount, currency: currencyCode(currency) ?? currency } : { amount };
}

/** `45 PLN`, `45 PLN/h`, `£19/h`, `19 zł/h`, `45`. */
export function readMoney(field: FieldNode, ctx: BuildContext, example: string): Money | undefined {
  const v = single(field, ctx, 'amount', example);
  if (!v) return undefined;
  const money = readAmount(v.atoms);
  if (!money) {
    ctx.invalid(field, 'amount', example, v.loc);
    return undefined;
  }
  return money;
}

const weekdays = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];
const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** `08:00 6%, 09:00 10%` (intraday), `mo 22%, tu 20%` (weekly) or `jan 90%, dec 140%` (seasonality). */
export function readProfile(field: FieldNode, ctx: BuildContext, kind: 'intraday' | 'weekly' | 'seasonality'): ProfilePoint[] {
  const example = { intraday: '08:00 6%, 09:00 10%', weekly: 'mo 22%, tu 20%', seasonality: 'jan 90%, dec 140%' }[kind];
  const points: ProfilePoint[] = [];
  for (const v of field.values) {
    const [at, share] = v.atoms;
    const fraction = share ? /^(\d+(?:\.\d+)?)%$/.exec(share.text) : null;
    let key: string | undefined;
    if (at && kind === 'intraday' && at.type === 'time') key = at.text.padStart(5, '0');
    if (at && kind === 'weekly' && weekdays.includes(at.text.toLowerCase())) key = at.text.toLowerCase();
    if (at && kind === 'seasonality' && months.includes(at.text.toLowerCase())) key = at.text.toLowerCase();
    if (v.atoms.length === 2 && key && fraction) points.push({ at: key, fraction: Number(fraction[1]) / 100 });
    else ctx.invalid(field, kind === 'intraday' ? 'intradayProfile' : kind === 'weekly' ? 'weeklyProfile' : 'monthlyProfile', example, v.loc);
  }
  return points;
}
