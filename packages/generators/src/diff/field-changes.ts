import type { Model } from '@ccp/core';
import { toJson } from '../json/to-json.js';
import type { ElementChange, Entry, FieldChange } from './model-diff.js';

type Json = Record<string, unknown>;

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The model's lists in the JSON form, with the kind each holds; every field of the schema is compared. */
const lists: [keyof ReturnType<typeof toJson>, string][] = [
  ['personas', 'persona'],
  ['stages', 'stage'],
  ['channels', 'channel'],
  ['touchpoints', 'touchpoint'],
  ['processes', 'process'],
  ['roles', 'role'],
  ['systems', 'system'],
  ['data', 'data'],
  ['functions', 'function'],
  ['kpis', 'kpi'],
  ['scenarios', 'scenario'],
  ['shifts', 'shift'],
];

/** Kinds whose additions and removals have their own lists in the diff (functions, touchpoints, processes, steps). */
export const ownLists = new Set(['function', 'touchpoint', 'process', 'step']);
/** Kinds whose descriptions `descriptionsChanged` reports. */
export const describedKinds = new Set(['function', 'process', 'step', 'touchpoint', 'role', 'system', 'data', 'channel', 'kpi']);

/** Fields reported elsewhere in the diff (or not fields of the design): never a field change. */
const skipped: Record<string, Set<string>> = {
  function: new Set(['priority']),
  step: new Set(['role', 'reads', 'writes']),
  role: new Set(['access']),
  process: new Set(['steps']),
  tender: new Set(['scoringHash']),
  // derived from the steps' reads and writes, which dataAccess reports
  data: new Set(['readBy', 'writtenBy']),
};

/** An item of a list in words: an access grant, a decision branch, a profile point, or its fields. */
function itemText(v: unknown): string {
  if (v === null || typeof v !== 'object') return String(v);
  const o = v as Json;
  if ('target' in o && 'read' in o && 'write' in o) return [o.target, o.read ? 'read' : '', o.write ? 'write' : ''].filter(Boolean).join(' ');
  if ('otherwise' in o && 'target' in o) {
    const share = typeof o.share === 'number' ? `${Math.round(o.share * 10000) / 100}% ` : '';
    return `${share}${o.otherwise ? 'otherwise' : JSON.stringify(o.condition ?? '')} -> ${String(o.target)}`;
  }
  if ('at' in o && 'fraction' in o) return `${String(o.at)} ${Math.round(Number(o.fraction) * 10000) / 100}%`;
  return Object.entries(o)
    .map(([k, x]) => `${k} ${x !== null && typeof x === 'object' ? JSON.stringify(x) : String(x)}`)
    .join(', ');
}

/** A duration in seconds as written in .ccp: `14d`, `8h`, `6m`, `20s`. */
function duration(seconds: number): string {
  for (const [unit, n] of [['d', 86400], ['h', 3600], ['m', 60]] as const) if (seconds !== 0 && seconds % n === 0) return `${seconds / n}${unit}`;
  return `${seconds}s`;
}

/** Leaves of an element's JSON: `sla.resolutionSeconds` -> '864000'; lists stay lists of item texts. */
function flatten(value: Json, prefix: string, out: Map<string, string | string[]>): void {
  for (const [key, v] of Object.entries(value)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (v === undefined) continue;
    if (Array.isArray(v)) out.set(path, v.map(itemText));
    else if (v !== null && typeof v === 'object') {
      const o = v as Json;
      if (typeof o.text === 'string') out.set(path, o.text); // a KPI target: its text says it all
      else flatten(o, path, out);
    } else out.set(path, typeof v === 'number' && key.endsWith('Seconds') ? duration(v) : String(v));
  }
}

/** Items of `a` not matched by an equal item of `b` (as multisets), in `a`'s order. */
function without(a: string[], b: string[]): string[] {
  const left = new Map<string, number>();
  for (const x of b) left.set(x, (left.get(x) ?? 0) + 1);
  const out: string[] = [];
  for (const x of a) {
    const n = left.get(x) ?? 0;
    if (n > 0) left.set(x, n - 1);
    else out.push(x);
  }
  return out;
}

function compareElement(kind: string, id: string, name: string | null, before: Json, after: Json, out: FieldChange[]): void {
  const skip = skipped[kind];
  const a = new Map<string, string | string[]>();
  const b = new Map<string, string | string[]>();
  const strip = (e: Json) => {
    const copy: Json = { ...e };
    delete copy.id;
    delete copy.source;
    if (describedKinds.has(kind)) delete copy.description;
    for (const f of skip ?? []) delete copy[f];
    return copy;
  };
  flatten(strip(before), '', a);
  flatten(strip(after), '', b);
  const fields = [...new Set([...a.keys(), ...b.keys()])].sort(cmp);
  for (const field of fields) {
    const x = a.get(field);
    const y = b.get(field);
    if (JSON.stringify(x) === JSON.stringify(y)) continue;
    const list = Array.isArray(x) || Array.isArray(y);
    const text = (v: string | string[] | undefined) => (v === undefined ? null : Array.isArray(v) ? (v.length ? v.join(', ') : null) : v);
    const xs = Array.isArray(x) ? x : [];
    const ys = Array.isArray(y) ? y : [];
    // an empty list and an absent one read the same
    if (list && xs.length === 0 && ys.length === 0) continue;
    out.push({ kind, id, name, field, old: text(x), new: text(y), added: list ? without(ys, xs) : [], removed: list ? without(xs, ys) : [] });
  }
}

const byId = (items: readonly Json[]) => {
  const map = new Map<string, Json>();
  for (const item of items) if (!map.has(item.id as string)) map.set(item.id as string, item);
  return map;
};
const nameOf = (e: Json | undefined) => (typeof e?.name === 'string' ? e.name : null);

/**
 * Every field that differs between the two models' JSON forms (the schema's fields, so a field added to the model
 * is compared without a change here), element by element matched by id, plus the elements of the kinds without
 * their own list that were added or removed. Fields that other parts of the diff report are left out.
 */
export function fieldChanges(oldModel: Model, newModel: Model): { changed: FieldChange[]; added: ElementChange[]; removed: ElementChange[] } {
  const before = toJson(oldModel) as unknown as Json;
  const after = toJson(newModel) as unknown as Json;
  const changed: FieldChange[] = [];
  const added: ElementChange[] = [];
  const removed: ElementChange[] = [];
  const entry = (kind: string, e: Json): ElementChange => ({ kind, id: e.id as string, name: nameOf(e) });
  const compareKind = (kind: string, a: Map<string, Json>, b: Map<string, Json>) => {
    for (const id of [...b.keys()].sort(cmp)) {
      const x = a.get(id);
      const y = b.get(id)!;
      if (x) compareElement(kind, id, nameOf(y), x, y, changed);
      else if (!ownLists.has(kind)) added.push(entry(kind, y));
    }
    if (!ownLists.has(kind)) for (const id of [...a.keys()].sort(cmp)) if (!b.has(id)) removed.push(entry(kind, a.get(id)!));
  };
  for (const kind of ['project', 'tender']) {
    const x = before[kind] as Json | undefined;
    const y = after[kind] as Json | undefined;
    // one per design: a renamed project or tender is a change of its id, not a removal and an addition
    if (x && y) compareElement(kind, y.id as string, nameOf(y), { ...x, id: undefined, idChanged: x.id }, { ...y, id: undefined, idChanged: y.id }, changed);
    else if (y) added.push(entry(kind, y));
    else if (x) removed.push(entry(kind, x));
  }
  for (const [key, kind] of lists) {
    compareKind(kind, byId((before[key] as Json[] | undefined) ?? []), byId((after[key] as Json[] | undefined) ?? []));
  }
  // steps, matched by process and step id
  const steps = (json: Json) => {
    const map = new Map<string, Json>();
    for (const p of (json.processes as Json[]) ?? []) for (const s of (p.steps as Json[]) ?? []) if (!map.has(`${p.id}.${s.id}`)) map.set(`${p.id}.${s.id}`, s);
    return map;
  };
  const sa = steps(before);
  const sb = steps(after);
  for (const key of [...sb.keys()].sort(cmp)) if (sa.has(key)) compareElement('step', key, nameOf(sb.get(key)), sa.get(key)!, sb.get(key)!, changed);
  for (const c of changed) if (c.field === 'idChanged') c.field = 'id';
  return { changed, added, removed };
}

/** Display names of every element id in either model (the new one wins), for naming ids in field values. */
export function namesOf(oldModel: Model, newModel: Model): Map<string, string> {
  const names = new Map<string, string>();
  const ambiguous = new Set<string>();
  for (const model of [newModel, oldModel]) {
    const all: Entry[] = [];
    const add = (e: { id: string; name?: string } | undefined) => e && all.push({ id: e.id, name: e.name ?? null });
    add(model.project);
    add(model.tender);
    for (const list of [model.personas, model.stages, model.channels, model.touchpoints, model.processes, model.roles, model.systems, model.data, model.functions, model.kpis, model.scenarios, model.shifts]) {
      for (const e of list) add(e);
    }
    const seen = new Map<string, string | null>();
    for (const e of all) {
      if (seen.has(e.id) && seen.get(e.id) !== e.name) ambiguous.add(e.id);
      seen.set(e.id, e.name);
    }
    for (const [id, name] of seen) if (name !== null && !names.has(id)) names.set(id, name);
  }
  for (const id of ambiguous) names.delete(id);
  return names;
}
