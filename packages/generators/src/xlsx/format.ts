import type { KpiTarget, Volume } from '@ccp/core';

/** Largest text a spreadsheet cell holds (Excel's limit). */
export const maxCellText = 32_767;

// Characters XML 1.0 cannot carry (control characters other than tab, LF, CR; lone surrogates; U+FFFE/U+FFFF).
const invalidXml = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Model text made safe for a cell: characters that would corrupt the XML are dropped and the text is cut to
 * Excel's cell limit; line breaks become LF. The text is always written as a string cell (a shared string), never as a formula, so a
 * leading `=`, `+`, `-`, `@`, tab or CR stays literal text.
 */
const suspicious = /[\u0000-\u0008\u000B-\u000D\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

export function cellText(text: string): string {
  if (text.length < maxCellText && !suspicious.test(text)) return text; // the common case, one cheap scan
  // XML readers turn a raw CR into LF anyway; normalising here keeps what is written equal to what is read.
  const clean = text.replace(invalidXml, '').replace(/\r\n?/g, '\n');
  return clean.length > maxCellText ? clean.slice(0, maxCellText - 1) + '…' : clean;
}

/** True when a spreadsheet would read the text as a formula if it were typed in (for tests and docs). */
export function looksLikeFormula(text: string): boolean {
  return /^[=+\-@\t\r]/.test(text);
}

/** `86400` -> `1 d`, `360` -> `6 min`, `20` -> `20 s`. */
export function duration(seconds: number | undefined): string {
  if (seconds === undefined) return '';
  if (seconds > 0 && seconds % 86_400 === 0) return `${seconds / 86_400} d`;
  if (seconds > 0 && seconds % 3_600 === 0) return `${seconds / 3_600} h`;
  if (seconds > 0 && seconds % 60 === 0) return `${seconds / 60} min`;
  return `${seconds} s`;
}

/** `<= 20s` -> `≤ 20 s`. */
export function targetText(target: KpiTarget | undefined): string {
  if (!target) return '';
  const op = { '<=': '≤', '>=': '≥', '<': '<', '>': '>', '=': '=' }[target.op];
  if (target.unit === 's') return `${op} ${duration(target.value)}`;
  const unit = target.unit === '%' ? '%' : target.unit ? ` ${target.unit}` : '';
  const within = target.withinSeconds !== undefined ? ` in ${duration(target.withinSeconds)}` : '';
  return `${op} ${target.value}${unit}${within}`;
}

export function volumeOf(v: Volume): { perDay?: number; perWeek?: number; perMonth?: number } {
  return { perDay: v.perDay, perWeek: v.perWeek, perMonth: v.perMonth };
}

/** Percent of a fraction, without float noise: 0.8 -> `80%`. */
export function percent(fraction: number): string {
  return `${Math.round(fraction * 10_000) / 100}%`;
}
