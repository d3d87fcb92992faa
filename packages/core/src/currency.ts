/** Currency symbols and local words as written before or after an amount, with their ISO 4217 codes. */
const symbols: Readonly<Record<string, string>> = { '£': 'GBP', '€': 'EUR', $: 'USD', zł: 'PLN', zl: 'PLN' };

/**
 * The ISO code of a currency as written: a symbol (`£`, `€`, `$`, `zł`) or a three-letter code (`GBP`, `pln`);
 * undefined for any other word.
 */
export function currencyCode(word: string): string | undefined {
  if (Object.hasOwn(symbols, word)) return symbols[word];
  if (/^[A-Za-z]{3}$/.test(word) && word !== 'day' && word !== 'min' && word !== 'sec') return word.toUpperCase();
  return undefined;
}
