import { describe, expect, it } from 'vitest';
import { currencyNumberFormat, formatDecimal, formatMoney, formatPercent } from './number-format.js';

const nb = (s: string) => s.replace(/ /g, '\u00a0');

describe('numbers and money in the output language', () => {
  it('English keeps the plain form ccp always printed', () => {
    expect(formatDecimal(1234.5, 2, 'en')).toBe('1234.50');
    expect(formatDecimal(-0.25, 1)).toBe('-0.3');
    expect(formatMoney(4.2, 'PLN', 'en')).toBe('4.20 PLN');
    expect(formatMoney(12, undefined, 'en')).toBe('12.00');
    expect(formatPercent(0.875, 1, 'en')).toBe('87.5%');
  });

  it('Polish: decimal comma, thousands grouped with a no-break space, zł after the amount', () => {
    expect(formatDecimal(1234.5, 2, 'pl')).toBe(nb('1 234,50'));
    expect(formatDecimal(999.95, 1, 'pl')).toBe('1' + '\u00a0' + '000,0');
    expect(formatDecimal(1234567, 0, 'pl')).toBe(nb('1 234 567'));
    expect(formatDecimal(-12345.678, 2, 'pl')).toBe(nb('-12 345,68'));
    expect(formatMoney(1234.5, 'PLN', 'pl')).toBe(nb('1 234,50 zł'));
    expect(formatMoney(4.2, 'EUR', 'pl')).toBe(nb('4,20 EUR'));
    expect(formatPercent(0.19, 1, 'pl')).toBe('19,0%');
  });

  it('spreadsheet currency formats: the symbol before (English £ € $) or after (Polish, zł, other codes)', () => {
    expect(currencyNumberFormat('PLN', 'pl')).toBe('#,##0.00 "zł"');
    expect(currencyNumberFormat('PLN', 'en')).toBe('#,##0.00 "zł"');
    expect(currencyNumberFormat('GBP', 'en')).toBe('"£"#,##0.00');
    expect(currencyNumberFormat('EUR', 'en')).toBe('"€"#,##0.00');
    expect(currencyNumberFormat('EUR', 'pl')).toBe('#,##0.00 "€"');
    expect(currencyNumberFormat('CHF', 'en')).toBe('#,##0.00 "CHF"');
    expect(currencyNumberFormat(undefined, 'en')).toBe('#,##0.00');
  });
});
