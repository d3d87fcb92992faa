import { dataUse, label, type Model, type ModelIndex, type OutputLanguage } from '@ccp/core';
import { humanize } from '../docs/format.js';
import { docWords } from '../docs/words.js';
import type { Labels } from './labels.js';
import type { SheetTable, TableRow } from './sheet-table.js';

/** `Name (id)`, or the id alone when the element has no name or is not declared. */
function named(id: string, lookup: (id: string) => { id: string; name?: string } | undefined): string {
  const e = lookup(id);
  return e?.name ? `${label(e)} (${id})` : id;
}

/**
 * The Data sheet: one row per data entity, with the system and table that hold it, whether it is personal, its legal
 * basis and retention, and the roles whose steps read and write it (names beside ids, from the one reading of
 * `reads:`/`writes:` the JSON model and the docs use).
 */
export function dataTable(model: Model, ix: ModelIndex, l: Labels, language: OutputLanguage): SheetTable {
  const c = l.data;
  const use = dataUse(model);
  const words = docWords(language);
  const basis = (b: string | undefined) => (b === undefined ? '' : Object.hasOwn(words.values, b) ? words.values[b]! : (humanize(b) ?? b));
  const roles = (ids: string[] | undefined) => (ids ?? []).map((id) => named(id, (r) => ix.roles.get(r))).join('\n');
  const rows: TableRow[] = model.data.map((d) => ({
    cells: [
      d.id,
      label(d),
      d.system ? named(d.system.id, (s) => ix.systems.get(s)) : '',
      d.table ?? '',
      d.personal ? l.roles.yes : '',
      basis(d.legalBasis),
      d.retention ?? '',
      roles(use.get(d.id)?.readBy),
      roles(use.get(d.id)?.writtenBy),
    ],
  }));
  return {
    key: 'data',
    name: l.sheets.data,
    frozenColumns: 1,
    note: c.note,
    columns: [
      { header: c.id, width: 16 },
      { header: c.name, width: 24 },
      { header: c.system, width: 20 },
      { header: c.table, width: 18 },
      { header: c.personal, width: 10 },
      { header: c.legalBasis, width: 18 },
      { header: c.retention, width: 18 },
      { header: c.readBy, width: 30 },
      { header: c.writtenBy, width: 30 },
    ],
    rows,
  };
}
