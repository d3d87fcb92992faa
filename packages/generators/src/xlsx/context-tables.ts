import { label, type Model, type ModelIndex, type OutputLanguage, type Ref } from '@ccp/core';
import { docWords } from '../docs/words.js';
import { duration, percent, targetText } from './format.js';
import type { Labels } from './labels.js';
import type { SheetTable, TableRow } from './sheet-table.js';

/** The sheets that give vendors the context of the functions: processes, roles, channels, KPIs and SLAs. */

/** A value of the language (a medium, a KPI group) in the output language's words, else as written. */
function valueWords(language: OutputLanguage): (value: string | undefined) => string {
  const words = docWords(language).values;
  return (value) => (value === undefined ? '' : Object.hasOwn(words, value) ? words[value]! : value);
}

function names(refs: Ref[], lookup: (id: string) => { id: string; name?: string } | undefined): string {
  return refs.map((r) => label(lookup(r.id) ?? r)).join(', ');
}

/** One row per step, with its process repeated so that filters work; a process without steps gets one row. */
export function processesTable(model: Model, ix: ModelIndex, l: Labels): SheetTable {
  const c = l.processes;
  const rows: TableRow[] = [];
  for (const p of model.processes) {
    const steps = ix.steps(p.id);
    const sla = [
      p.sla.reactionSeconds !== undefined ? `${c.reaction} ${duration(p.sla.reactionSeconds)}` : '',
      p.sla.reactionBusinessDays !== undefined ? `${c.reaction} ${p.sla.reactionBusinessDays} ${c.businessDays}` : '',
      p.sla.resolutionSeconds !== undefined ? `${c.resolution} ${duration(p.sla.resolutionSeconds)}` : '',
      p.sla.resolutionBusinessDays !== undefined ? `${c.resolution} ${p.sla.resolutionBusinessDays} ${c.businessDays}` : '',
    ]
      .filter(Boolean)
      .join(', ');
    const sourcing = p.sourcing ? c.sourcings[p.sourcing] + (p.vendor ? ` (${p.vendor})` : '') : '';
    const head = [p.id, label(p), c.variants[p.variant], p.owner ? names([p.owner], (id) => ix.roles.get(id)) : '', sourcing, sla];
    if (p.steps.length === 0) rows.push({ cells: [...head, '', '', '', '', '', '', ''] });
    for (const s of p.steps) {
      const stepName = (id: string) => steps.get(id);
      const next = [
        ...s.next.map((n) => label(stepName(n.id) ?? n)),
        ...(s.decision?.branches ?? []).map((b) => `${b.otherwise ? c.otherwise : b.condition ?? ''} → ${label(stepName(b.target.id) ?? b.target)}`),
        ...(s.calls ? [`→ ${label(ix.processes.get(s.calls.id) ?? s.calls)}`] : []),
        ...(s.end ? [c.end] : []),
      ].join('\n');
      rows.push({
        cells: [
          ...head,
          s.id,
          label(s),
          s.role ? names([s.role], (id) => ix.roles.get(id)) : '',
          names(s.uses, (id) => ix.functions.get(id)),
          names(s.reads, (id) => ix.data.get(id)),
          names(s.writes, (id) => ix.data.get(id)),
          next,
        ],
      });
    }
  }
  return {
    key: 'processes',
    name: l.sheets.processes,
    columns: [
      { header: c.process, width: 16 },
      { header: c.processName, width: 26 },
      { header: c.variant, width: 10 },
      { header: c.owner, width: 18 },
      { header: c.sourcing, width: 14 },
      { header: c.sla, width: 20 },
      { header: c.step, width: 14 },
      { header: c.stepName, width: 26 },
      { header: c.role, width: 18 },
      { header: c.uses, width: 26 },
      { header: c.reads, width: 18 },
      { header: c.writes, width: 18 },
      { header: c.next, width: 30 },
    ],
    rows,
  };
}

/**
 * Role × system/data matrix of what each role really has. A system cell is the role's grants on it; a data cell is
 * the role's grants on the data, followed in parentheses by what it has in all when its grant on the system holding
 * the data adds to it (`R (RW)`, or `(RW)` with no grant on the data itself): the reading `missing-data-access`
 * uses. `—`: the role's `deny:` names the system or the data.
 */
export function rolesTable(model: Model, ix: ModelIndex, l: Labels): SheetTable {
  const c = l.roles;
  const rw = (bits: number) => (bits & 1 ? 'R' : '') + (bits & 2 ? 'W' : '');
  const rows: TableRow[] = model.roles.map((role) => {
    const grants = new Map<string, number>();
    for (const g of role.access) grants.set(g.target.id, (grants.get(g.target.id) ?? 0) | (g.read ? 1 : 0) | (g.write ? 2 : 0));
    const denied = new Set((role.deny ?? []).map((d) => d.id));
    const bySystem = model.systems.map((s) => (denied.has(s.id) ? '—' : rw(grants.get(s.id) ?? 0)));
    const byData = model.data.map((d) => {
      if (denied.has(d.id) || (d.system && denied.has(d.system.id))) return '—';
      const own = grants.get(d.id) ?? 0;
      const all = own | (d.system ? (grants.get(d.system.id) ?? 0) : 0);
      if (all === own) return rw(own);
      return own ? `${rw(own)} (${rw(all)})` : `(${rw(all)})`;
    });
    return {
      cells: [
        role.id,
        label(role),
        role.reportsTo ? names([role.reportsTo], (id) => ix.roles.get(id)) : '',
        role.headcount ?? null,
        role.external ? c.yes : '',
        ...bySystem,
        ...byData,
      ],
    };
  });
  return {
    key: 'roles',
    name: l.sheets.roles,
    frozenColumns: 2,
    note: c.legend,
    columns: [
      { header: c.role, width: 16 },
      { header: c.roleName, width: 24 },
      { header: c.reportsTo, width: 18 },
      { header: c.headcount, width: 11, role: 'number' },
      { header: c.external, width: 11 },
      ...model.systems.map((s) => ({ header: label(s), width: 12 })),
      ...model.data.map((d) => ({ header: label(d), width: 12 })),
    ],
    rows,
  };
}

export function channelsTable(model: Model, ix: ModelIndex, l: Labels, language: OutputLanguage): SheetTable {
  const c = l.channels;
  const value = valueWords(language);
  const rows: TableRow[] = model.channels.map((ch) => ({
    cells: [
      ch.id,
      label(ch),
      value(ch.medium),
      ch.hours ?? '',
      ch.volume.perDay ?? null,
      ch.volume.perWeek ?? null,
      ch.volume.perMonth ?? null,
      ch.peakFactor ?? null,
      duration(ch.ahtSeconds),
      ch.serviceLevel ? `${percent(ch.serviceLevel.fraction)} ${c.within} ${duration(ch.serviceLevel.seconds)}` : '',
      duration(ch.asaSeconds),
      names(ch.handledBy, (id) => ix.roles.get(id)),
    ],
  }));
  return {
    key: 'channels',
    name: l.sheets.channels,
    columns: [
      { header: c.id, width: 14 },
      { header: c.name, width: 22 },
      { header: c.medium, width: 10 },
      { header: c.hours, width: 26 },
      { header: c.perDay, width: 12, role: 'number' },
      { header: c.perWeek, width: 12, role: 'number' },
      { header: c.perMonth, width: 12, role: 'number' },
      { header: c.peak, width: 12, role: 'number' },
      { header: c.aht, width: 10 },
      { header: c.serviceLevel, width: 16 },
      { header: c.asa, width: 10 },
      { header: c.handledBy, width: 22 },
    ],
    rows,
  };
}

/** KPIs with targets, then each process's SLA (reaction and resolution) as rows of the same table. */
export function kpisTable(model: Model, ix: ModelIndex, l: Labels, language: OutputLanguage): SheetTable {
  const c = l.kpis;
  const value = valueWords(language);
  const pc = l.processes;
  const rows: TableRow[] = model.kpis.map((k) => ({
    cells: [
      c.kpi,
      k.id,
      label(k),
      value(k.group),
      k.channel ? names([k.channel], (id) => ix.channels.get(id)) : '',
      targetText(k.target),
      k.source ? names([k.source], (id) => ix.systems.get(id)) : '',
      k.definition ?? k.description ?? '',
    ],
  }));
  for (const p of model.processes) {
    const add = (what: string, limit: string | undefined) => {
      if (limit !== undefined) rows.push({ cells: [c.sla, p.id, what, '', label(p), `≤ ${limit}`, '', ''] });
    };
    const days = (n: number | undefined) => (n === undefined ? undefined : `${n} ${pc.businessDays}`);
    add(pc.reaction, p.sla.reactionSeconds !== undefined ? duration(p.sla.reactionSeconds) : days(p.sla.reactionBusinessDays));
    add(pc.resolution, p.sla.resolutionSeconds !== undefined ? duration(p.sla.resolutionSeconds) : days(p.sla.resolutionBusinessDays));
  }
  return {
    key: 'kpis',
    name: l.sheets.kpis,
    columns: [
      { header: c.type, width: 8 },
      { header: c.id, width: 14 },
      { header: c.name, width: 28 },
      { header: c.group, width: 14 },
      { header: c.appliesTo, width: 24 },
      { header: c.target, width: 14 },
      { header: c.source, width: 18 },
      { header: c.definition, width: 50 },
    ],
    rows,
  };
}
