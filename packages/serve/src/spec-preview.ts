import type { Model } from '@ccp/core';
import type { SheetTable } from '@ccp/generators/xlsx';
import { escapeHtml } from './html.js';
import type { ServeWords } from './serve-words.js';

/** Rows shown per sheet; spec.xlsx has them all. */
export const MAX_PREVIEW_ROWS = 300;

/** The requirement sheets of spec.xlsx that vendors answer, in workbook order. */
const SHEETS = new Set(['functions', 'nfr']);

function tableHtml(table: SheetTable, words: ServeWords): string {
  const keep = table.columns.flatMap((c, i) => (c.role === 'answer' || c.role === 'vendor' || c.role === 'cost' ? [] : [i]));
  const rows = table.rows.slice(0, MAX_PREVIEW_ROWS);
  const cell = (v: string | number | null | undefined) => escapeHtml(v === null || v === undefined ? '' : String(v));
  return [
    `<h3>${escapeHtml(table.name)}</h3>`,
    '<div class="table-scroll"><table class="spec-preview">',
    `<thead><tr>${keep.map((i) => `<th scope="col">${escapeHtml(table.columns[i]!.header)}</th>`).join('')}</tr></thead>`,
    '<tbody>',
    ...rows.map((r) => `<tr${r.style ? ` class="${r.style}"` : ''}>${keep.map((i) => `<td>${cell(r.cells[i])}</td>`).join('')}</tr>`),
    '</tbody></table></div>',
    table.rows.length > rows.length ? `<p class="note">${escapeHtml(words.moreRows(table.rows.length - rows.length))}</p>` : '',
  ].join('\n');
}

/**
 * A preview of the vendor specification: the answerable sheets of spec.xlsx (functions, non-functional requirements)
 * as HTML tables, from the same content the workbook is written from (buildSpecContent). `date` is today's date,
 * which the server passes in (the generator reads no clock).
 */
export async function specPreview(model: Model, date: string, words: ServeWords): Promise<string> {
  const { buildSpecContent } = await import('@ccp/generators/xlsx');
  const content = buildSpecContent(model, { version: 'preview', date });
  const tables = content.tables.filter((t) => SHEETS.has(t.key) && t.rows.length > 0);
  if (tables.length === 0) return '';
  return [`<h2>${escapeHtml(words.specPreview)}</h2>`, `<p class="note">${escapeHtml(words.specNote)}</p>`, ...tables.map((t) => tableHtml(t, words))].join('\n');
}
