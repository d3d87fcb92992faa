import { indexModel, label, type FunctionReq, type Model, type ModelIndex, type OutputLanguage, type Ref } from '@ccp/core';
import { channelsTable, kpisTable, processesTable, rolesTable } from './context-tables.js';
import { dataTable } from './data-table.js';
import type { Labels } from './labels.js';
import { nonFunctionalCategories, type Requirement } from './requirements.js';
import type { SheetTable, TableRow } from './sheet-table.js';

function names(refs: Ref[], lookup: (id: string) => { id: string; name?: string } | undefined): string {
  return refs.map((r) => label(lookup(r.id) ?? r)).join(', ');
}

function priorityText(l: Labels, p: string | undefined): string {
  return p === 'must' ? l.priority.must : p === 'nice' ? l.priority.nice : '';
}

/** The area a function is shown under: its `system:` kind with the system's name (`crm (CRM)`), or the kind alone. */
export function functionArea(f: FunctionReq, ix: ModelIndex): string {
  const system = f.system ? ix.systems.get(f.system.id) : undefined;
  return system?.name ? `${f.area ?? system.systemKind ?? ''} (${system.name})`.trim() : f.area ?? '';
}

/** The function table: one answerable row per function, spec columns then the vendor's columns. */
export function functionsTable(model: Model, ix: ModelIndex, l: Labels, reqs: Requirement[]): SheetTable {
  const c = l.functions;
  const rows: TableRow[] = [];
  for (const r of reqs) {
    const f = r.fn;
    if (!f) continue;
    const area = functionArea(f, ix);
    const acceptance = f.acceptance.length ? `${f.description ? '\n\n' : ''}${c.acceptance}:\n${f.acceptance.map((a) => `• ${a}`).join('\n')}` : '';
    const neededBy = [
      ...ix.stepsUsingFunction(f.id).map((s) => `${label(ix.processes.get(s.process) ?? { id: s.process })} › ${label(s)}`),
      // self-service: offered to customers at a touchpoint or on a channel
      ...model.touchpoints.filter((t) => t.uses?.some((u) => u.id === f.id)).map((t) => `${c.selfService} › ${label(t)}`),
      ...model.channels.filter((ch) => ch.uses?.some((u) => u.id === f.id)).map((ch) => `${c.selfService} › ${label(ch)}`),
    ].join('\n');
    rows.push({
      cells: [
        f.id,
        area,
        label(f),
        (f.description ?? '') + acceptance,
        priorityText(l, f.priority),
        neededBy,
        names(f.roles, (id) => ix.roles.get(id)),
        names(f.records, (id) => ix.data.get(id)),
        null,
        null,
        null,
      ],
      style: f.priority === 'must' ? 'must' : undefined,
      answerable: true,
    });
  }
  return {
    key: 'functions',
    name: l.sheets.functions,
    frozenColumns: 1,
    columns: [
      { header: c.id, width: 18 },
      { header: c.area, width: 16 },
      { header: c.name, width: 30 },
      { header: c.description, width: 50 },
      { header: c.priority, width: 11 },
      { header: c.neededBy, width: 32 },
      { header: c.roles, width: 20 },
      { header: c.records, width: 20 },
      { header: c.supported, width: 13, role: 'answer' },
      { header: c.comment, width: 40, role: 'vendor' },
      { header: c.cost, width: 12, role: 'cost' },
    ],
    rows,
  };
}

/** Non-functional requirements: derived ones (answerable) first, then functions of those categories (reference). */
export function nfrTable(l: Labels, reqs: Requirement[]): SheetTable {
  const c = l.nfr;
  const cat = (k: string) => c.categories[k] ?? k;
  const rows: TableRow[] = [];
  for (const r of reqs)
    if (r.sheet === 'nfr')
      rows.push({
        cells: [r.id, cat(r.category), r.name, r.description, priorityText(l, r.priority), `${c.derived}. ${r.source ?? ''}`, null, null, null],
        style: r.priority === 'must' ? 'must' : undefined,
        answerable: true,
      });
  for (const r of reqs)
    if (r.sheet === 'functions' && (nonFunctionalCategories as readonly string[]).includes(r.category))
      rows.push({
        cells: [r.id, cat(r.category), r.name, r.description, priorityText(l, r.priority), c.seeFunctions, null, null, null],
        style: 'muted',
      });
  return {
    key: 'nfr',
    name: l.sheets.nfr,
    frozenColumns: 1,
    columns: [
      { header: c.id, width: 18 },
      { header: c.category, width: 16 },
      { header: c.requirement, width: 32 },
      { header: c.description, width: 55 },
      { header: c.priority, width: 11 },
      { header: c.source, width: 32 },
      { header: l.functions.supported, width: 13, role: 'answer' },
      { header: l.functions.comment, width: 40, role: 'vendor' },
      { header: l.functions.cost, width: 12, role: 'cost' },
    ],
    rows,
  };
}

/** All built-in tables in workbook order (the cover and metadata sheets are rendered separately). */
export function specTables(model: Model, l: Labels, reqs: Requirement[], language: OutputLanguage): SheetTable[] {
  const ix = indexModel(model);
  return [
    functionsTable(model, ix, l, reqs),
    processesTable(model, ix, l),
    dataTable(model, ix, l, language),
    rolesTable(model, ix, l),
    channelsTable(model, ix, l, language),
    kpisTable(model, ix, l, language),
    nfrTable(l, reqs),
  ];
}
