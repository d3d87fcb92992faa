import { diagnosticTexts } from './catalog/index.js';
import type { OutputLanguage } from './model.js';
/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transpositions, so "agnet" is one edit from
 * "agent"), with an early exit once every cell of a row exceeds `max`.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2 = new Array<number>(b.length + 1).fill(0);
  let prev = new Array<number>(b.length + 1);
  let curr = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    curr[0] = i;
    let rowMin = curr[0];
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let d = Math.min(prev[j]! + 1, curr[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1))
        d = Math.min(d, prev2[j - 2]! + 1);
      curr[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, curr] = [prev, curr, prev2];
  }
  return prev[b.length]!;
}

/**
 * The candidate closest to `word`, if it is close enough to be a likely typo (a third of the word's length,
 * at least 1, at most 3 edits). Ties go to the alphabetically first candidate, so the answer is stable.
 */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const max = Math.min(3, Math.max(1, Math.floor(word.length / 3)));
  const lower = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = max + 1;
  for (const candidate of candidates) {
    const d = editDistance(lower, candidate.toLowerCase(), bestDistance);
    if (d < bestDistance || (d === bestDistance && best !== undefined && candidate < best)) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= max ? best : undefined;
}

/** The letters of a text without their accents (NFD, combining marks dropped). */
function withoutMarks(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '');
}

/** The characters of `a` and `b` at the first place where they differ. */
function firstDifference(a: string, b: string): { here: string; there: string } {
  const x = [...a];
  const y = [...b];
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  return { here: x[i] ?? '', there: y[i] ?? '' };
}

/** How a written id differs from a declared one when only in letter case, Unicode form or accents. */
export interface IdDifference {
  kind: 'case' | 'unicode' | 'accents';
  /** The first differing character as written, and as declared. */
  here: string;
  there: string;
}

/**
 * When a written id and a declared one differ only in letter case, in Unicode compatibility form (a ligature, a
 * full-width letter) or in accents, that difference; undefined when they differ otherwise. Ids are read in Unicode
 * form NFC, so a decomposed spelling of a declared id already resolves.
 */
export function differenceOf(written: string, declared: string): IdDifference | undefined {
  if (written === declared) return undefined;
  if (written.toLowerCase() === declared.toLowerCase()) return { kind: 'case', ...firstDifference(written, declared) };
  const compat = (s: string) => s.normalize('NFKC').toLowerCase();
  if (compat(written) === compat(declared)) return { kind: 'unicode', ...firstDifference(written, declared) };
  if (withoutMarks(written).toLowerCase() === withoutMarks(declared).toLowerCase())
    return { kind: 'accents', ...firstDifference(written.normalize('NFC'), declared.normalize('NFC')) };
  return undefined;
}

/** The difference (see differenceOf) as a sentence from the catalog, in `language` (English when none is given). */
export function differenceNote(written: string, declared: string, language?: OutputLanguage): string | undefined {
  const d = differenceOf(written, declared);
  return d ? diagnosticTexts(language).difference(d) : undefined;
}

/**
 * The candidate that differs from `word` only in case, Unicode form or accents (see differenceNote), else the
 * closest one by spelling; with the note that names the difference, when there is one.
 */
export function closestWithNote(word: string, candidates: Iterable<string>): { id: string; note?: string; difference?: IdDifference } | undefined {
  const list = [...candidates];
  for (const candidate of list) {
    if (Math.abs(candidate.length - word.length) > 3) continue;
    const difference = differenceOf(word, candidate);
    if (difference) return { id: candidate, note: diagnosticTexts('en').difference(difference), difference };
  }
  const id = closest(word, list);
  return id === undefined ? undefined : { id };
}
