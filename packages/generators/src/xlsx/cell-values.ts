/** Reading cell values as exceljs gives them: text, costs, and whether a vendor typed a formula. */

type Cell = unknown;

/** The text a cell shows, whatever exceljs made of it (rich text, hyperlink, formula result, date). */
export function cellString(v: Cell): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    const o = v as { richText?: unknown; text?: unknown; result?: unknown; error?: unknown };
    if (Array.isArray(o.richText)) return o.richText.map((r: unknown) => (r && typeof r === 'object' ? cellString((r as { text?: unknown }).text) : '')).join('');
    if (o.text !== undefined) return cellString(o.text);
    if (o.result !== undefined) return cellString(o.result);
  }
  return '';
}

/** The formula of a formula cell (`100*12`), or undefined for a plain value. */
export function cellFormula(v: Cell): string | undefined {
  if (!v || typeof v !== 'object') return undefined;
  const o = v as { formula?: unknown; sharedFormula?: unknown };
  if (typeof o.formula === 'string') return o.formula;
  if (typeof o.sharedFormula === 'string') return o.sharedFormula;
  return undefined;
}

// A number as people write costs: `1200`, `1 200,50`, `1,200.50`, `1.200,50`, `-5`.
const amount = /^-?\d[\d\s\u00a0.,]*$/;
// What may stand before or after it: a currency symbol or a three-letter code (`PLN`, `zł`, `€`, `$`, `EUR.`), nothing
// else: a qualifier such as `ok.`, `ca.`, `od`, `do` (about, from, up to) changes what the number means, so such a
// cost is not read as the number alone.
const currency = /^(?:[A-Z]{0,2}\p{Sc}{1,2}|[A-Za-z]{3}\.?|z[łl]\.?)?$/u;

/**
 * A cost as a number: `1200`, `1 200,50`, `1,200.50 PLN`, `€ 99`; undefined when empty; 'invalid' for anything else,
 * including text that only looks like a number inside other signs (`@SUM(1,2)` is not 1.2).
 */
export function parseCost(v: Cell): number | undefined | 'invalid' {
  if (typeof v === 'number') return Number.isFinite(v) ? v : 'invalid';
  if (v && typeof v === 'object' && 'result' in (v as object)) return parseCost((v as { result: unknown }).result);
  const text = cellString(v).trim();
  if (!text) return undefined;
  const m = /^([^\d-]*?)\s*(-?\d[\d\s\u00a0.,]*\d|-?\d)\s*([^\d]*)$/u.exec(text);
  if (!m || !currency.test(m[1]!) || !currency.test(m[3]!) || !amount.test(m[2]!)) return 'invalid';
  const s = m[2]!.replace(/[\s\u00a0]/g, '');
  let norm: string;
  if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) norm = s.replace(/,/g, '');
  else if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) norm = s.replace(/\./g, '').replace(',', '.');
  else norm = s.replace(',', '.');
  const n = Number(norm);
  return /^-?\d+(\.\d+)?$/.test(norm) && Number.isFinite(n) ? n : 'invalid';
}
