import type { OutputLanguage } from './model.js';

/**
 * Numbers and money in the output language, written by hand (not Intl): the same text on every Node build, small-ICU
 * or full. English keeps ccp's plain form (`1234.50`, `12.50 PLN`); Polish writes a decimal comma, groups thousands
 * with a no-break space and puts the currency after the amount, with `zł` for złoty (`1 234,50 zł`, `12,50 EUR`).
 */

/** The no-break space Polish puts between groups of thousands and before a currency. */
export const NBSP = '\u00a0';

/** Currencies whose symbol a reader expects rather than the code, per language; the others are shown by their code. */
const localSymbols: Record<OutputLanguage, Readonly<Record<string, { symbol: string; before: boolean }>>> = {
  en: {},
  pl: { PLN: { symbol: 'zł', before: false } },
};

function group(integer: string): string {
  let out = '';
  for (let i = 0; i < integer.length; i++) {
    if (i > 0 && (integer.length - i) % 3 === 0) out += NBSP;
    out += integer[i];
  }
  return out;
}

/**
 * `x` with `digits` decimals in the language: `1234.5` -> `1234.50` (English, unchanged from ccp's plain form) or
 * `1 234,50` (Polish: decimal comma, thousands grouped from 1 000 with a no-break space).
 */
export function formatDecimal(x: number, digits: number, language?: OutputLanguage): string {
  const text = x.toFixed(digits);
  if (language !== 'pl') return text;
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (!m) return text; // Infinity, NaN, exponent forms: as they are
  return `${m[1]}${group(m[2]!)}${m[3] !== undefined ? `,${m[3]}` : ''}`;
}

/** `0.875` -> `87.5%` / `87,5%` with `digits` decimals. */
export function formatPercent(fraction: number, digits: number, language?: OutputLanguage): string {
  return `${formatDecimal(fraction * 100, digits, language)}%`;
}

/**
 * An amount of money in the language: `12.50 PLN` (English), `1 234,50 zł` or `12,50 EUR` (Polish); no currency:
 * the number alone.
 */
export function formatMoney(amount: number, currency: string | undefined, language?: OutputLanguage): string {
  const number = formatDecimal(amount, 2, language);
  if (!currency) return number;
  const local = localSymbols[language ?? 'en']?.[currency];
  if (local) return local.before ? `${local.symbol}${number}` : `${number}${NBSP}${local.symbol}`;
  return `${number}${language === 'pl' ? NBSP : ' '}${currency}`;
}

/** Spreadsheet symbols of the common currencies (a code without one is written as the code). */
const sheetSymbols: Readonly<Record<string, { symbol: string; before: boolean }>> = {
  PLN: { symbol: 'zł', before: false },
  EUR: { symbol: '€', before: true },
  GBP: { symbol: '£', before: true },
  USD: { symbol: '$', before: true },
};

/**
 * The spreadsheet number format of an amount in `currency`, so that money is stored as a number that sums and
 * shows with its currency: `#,##0.00 "zł"`, `"£"#,##0.00`; in Polish every currency follows the amount
 * (`#,##0.00 "€"`). The separators are the reader's locale's (a Polish LibreOffice shows `1 234,50 zł`).
 */
export function currencyNumberFormat(currency: string | undefined, language?: OutputLanguage): string {
  if (!currency) return '#,##0.00';
  const known = sheetSymbols[currency];
  const symbol = (known?.symbol ?? currency).replace(/"/g, '');
  const before = language !== 'pl' && known?.before === true;
  return before ? `"${symbol}"#,##0.00` : `#,##0.00 "${symbol}"`;
}
