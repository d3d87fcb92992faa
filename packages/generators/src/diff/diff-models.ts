import type { Model, Process, Role, Step } from '@ccp/core';
import { isBroken, lockBreak, requirementLock, requirementNames } from '../xlsx/requirement-lock.js';
import { fieldChanges, namesOf } from './field-changes.js';
import type {
  DescriptionChange,
  Entry,
  FunctionEntry,
  GrantAdded,
  ModelDiff,
  PriorityChange,
  ProcurementImpact,
  StepAccessAdded,
  StepEntry,
  StepReowned,
} from './model-diff.js';

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byId = <T extends { id: string }>(items: readonly T[]) => {
  const map = new Map<string, T>();
  for (const item of items) if (!map.has(item.id)) map.set(item.id, item);
  return map;
};
const entry = (e: { id: string; name?: string }): Entry => ({ id: e.id, name: e.name ?? null });
const sortedIds = <T>(map: Map<string, T>) => [...map.keys()].sort(cmp);

/** Elements only in `a`, by id, sorted. */
function missingFrom<T extends { id: string }>(a: Map<string, T>, b: Map<string, T>): T[] {
  return sortedIds(a)
    .filter((id) => !b.has(id))
    .map((id) => a.get(id)!);
}

function stepsOf(model: Model): Map<string, { process: Process; step: Step }> {
  const map = new Map<string, { process: Process; step: Step }>();
  for (const process of model.processes) {
    for (const step of process.steps) {
      const key = `${process.id}\u0000${step.id}`;
      if (!map.has(key)) map.set(key, { process, step });
    }
  }
  return map;
}

const stepEntry = ({ process, step }: { process: Process; step: Step }, name: (id: string | null) => string | null): StepEntry => ({
  process: process.id,
  step: step.id,
  name: step.name ?? null,
  role: step.role?.id ?? null,
  roleName: name(step.role?.id ?? null),
});

function grantsOf(role: Role | undefined): Set<string> {
  const set = new Set<string>();
  for (const g of role?.access ?? []) {
    if (g.read) set.add(`${g.target.id}\u0000read`);
    if (g.write) set.add(`${g.target.id}\u0000write`);
  }
  return set;
}

type Described = readonly { id: string; name?: string; description?: string }[];

/** The kinds whose descriptions are compared, in the order they are listed (what vendors read first). */
const described: [string, (m: Model) => Described][] = [
  ['function', (m) => m.functions],
  ['process', (m) => m.processes],
  ['step', () => []],
  ['touchpoint', (m) => m.touchpoints],
  ['role', (m) => m.roles],
  ['system', (m) => m.systems],
  ['data', (m) => m.data],
  ['channel', (m) => m.channels],
  ['kpi', (m) => m.kpis],
];

/** Grants only `a`'s roles have, sorted by role, then target and access. */
function grantsOnlyIn(a: Map<string, Role>, b: Map<string, Role>, name: (id: string | null) => string | null): GrantAdded[] {
  const out: GrantAdded[] = [];
  for (const id of sortedIds(a)) {
    const other = grantsOf(b.get(id));
    for (const key of [...grantsOf(a.get(id))].sort(cmp)) {
      if (other.has(key)) continue;
      const [target, access] = key.split('\u0000') as [string, 'read' | 'write'];
      out.push({ role: id, roleName: name(id), target, targetName: name(target), access });
    }
  }
  return out;
}

/** Reads and writes the steps of `a` have and the same steps of `b` do not (all of them for a step only in `a`). */
function accessOnlyIn(a: Map<string, { process: Process; step: Step }>, b: Map<string, { process: Process; step: Step }>, name: (id: string | null) => string | null): StepAccessAdded[] {
  const out: StepAccessAdded[] = [];
  for (const key of [...a.keys()].sort(cmp)) {
    const { process, step } = a.get(key)!;
    const other = b.get(key)?.step;
    for (const access of ['read', 'write'] as const) {
      const field = access === 'read' ? 'reads' : 'writes';
      const had = new Set((other?.[field] ?? []).map((r) => r.id));
      for (const data of [...new Set(step[field].map((r) => r.id))].sort(cmp)) {
        if (!had.has(data)) out.push({ process: process.id, step: step.id, name: step.name ?? null, role: step.role?.id ?? null, roleName: name(step.role?.id ?? null), data, dataName: name(data), access });
      }
    }
  }
  return out;
}

/**
 * What the scorer would say about answers to the old version's spec scored against the new version: the old
 * version's lock (its requirements in its `output_language` and its scoring hash) compared with the new design by
 * `lockBreak`, the function `ccp vendors score` uses (through `specMismatch`).
 */
export function procurementImpact(oldModel: Model, newModel: Model): ProcurementImpact {
  const lock = requirementLock(oldModel);
  const b = lockBreak(lock, newModel, requirementNames(oldModel, lock.language));
  const entries = (list: { id: string; name: string }[]) => list.map((r) => ({ id: r.id, name: r.name === r.id ? null : r.name }));
  return {
    resend: isBroken(b),
    language: lock.language,
    project: b.project ?? null,
    added: entries(b.added),
    removed: entries(b.removed),
    changed: entries(b.changed),
    scoringRulesChanged: b.scoringRulesChanged,
  };
}

/**
 * The semantic difference between two models: what a reviewer or procurement needs to know, not a text diff.
 * Pure and deterministic (sorted by id); elements are matched by id (steps by process and step id), so a renamed
 * id reads as one removal and one addition.
 */
export function diffModels(oldModel: Model, newModel: Model): ModelDiff {
  const oldFns = byId(oldModel.functions);
  const newFns = byId(newModel.functions);
  const fnEntry = (f: Model['functions'][number]): FunctionEntry => ({ ...entry(f), priority: f.priority ?? null });
  const added = missingFrom(newFns, oldFns).map(fnEntry);
  const removed = missingFrom(oldFns, newFns).map(fnEntry);
  const procurement = procurementImpact(oldModel, newModel);
  const brokenIds = new Set(procurement.changed.map((r) => r.id));
  const names = namesOf(oldModel, newModel);
  const name = (id: string | null) => (id === null ? null : (names.get(id) ?? null));
  const priorityChanged: PriorityChange[] = [];
  for (const id of sortedIds(newFns)) {
    const before = oldFns.get(id);
    const after = newFns.get(id)!;
    if (!before || (before.priority ?? null) === (after.priority ?? null)) continue;
    const old = before.priority ?? null;
    const now = after.priority ?? null;
    priorityChanged.push({ function: id, name: after.name ?? null, old, new: now, procurementResend: brokenIds.has(id) });
  }

  const oldSteps = stepsOf(oldModel);
  const newSteps = stepsOf(newModel);
  const stepKeys = (m: Map<string, unknown>) => [...m.keys()].sort(cmp);
  const descriptionsChanged: DescriptionChange[] = [];
  for (const [kind, list] of described) {
    if (kind === 'step') {
      for (const key of stepKeys(newSteps)) {
        const before = oldSteps.get(key)?.step;
        const { process, step } = newSteps.get(key)!;
        if (before && (before.description ?? null) !== (step.description ?? null)) {
          descriptionsChanged.push({ kind, id: `${process.id}.${step.id}`, name: step.name ?? null, old: before.description ?? null, new: step.description ?? null });
        }
      }
      continue;
    }
    const a = byId(list(oldModel));
    const b = byId(list(newModel));
    for (const id of sortedIds(b)) {
      const before = a.get(id);
      const after = b.get(id)!;
      if (before && (before.description ?? null) !== (after.description ?? null)) {
        descriptionsChanged.push({ kind, id, name: (after as { name?: string }).name ?? null, old: before.description ?? null, new: after.description ?? null });
      }
    }
  }

  const stepsAdded = stepKeys(newSteps).filter((k) => !oldSteps.has(k)).map((k) => stepEntry(newSteps.get(k)!, name));
  const stepsRemoved = stepKeys(oldSteps).filter((k) => !newSteps.has(k)).map((k) => stepEntry(oldSteps.get(k)!, name));
  const reowned: StepReowned[] = [];
  for (const key of stepKeys(newSteps)) {
    const { process, step } = newSteps.get(key)!;
    const before = oldSteps.get(key)?.step;
    const oldRole = before?.role?.id ?? null;
    const newRole = step.role?.id ?? null;
    if (before && oldRole !== newRole) reowned.push({ process: process.id, step: step.id, name: step.name ?? null, old: oldRole, new: newRole, oldName: name(oldRole), newName: name(newRole) });
  }
  const stepAccess: StepAccessAdded[] = accessOnlyIn(newSteps, oldSteps, name);
  const stepAccessRemoved = accessOnlyIn(oldSteps, newSteps, name);

  const oldRoles = byId(oldModel.roles);
  const newRoles = byId(newModel.roles);
  const grants: GrantAdded[] = grantsOnlyIn(newRoles, oldRoles, name);
  const grantsRemoved = grantsOnlyIn(oldRoles, newRoles, name);
  const fields = fieldChanges(oldModel, newModel);
  const mentioned: Record<string, string> = Object.create(null);
  for (const c of fields.changed) {
    for (const v of [c.old, c.new, ...c.added, ...c.removed]) {
      for (const part of (v ?? '').split(/[ ,]+/)) {
        const n = names.get(part);
        if (n !== undefined && n !== part) mentioned[part] = n;
      }
    }
  }

  const oldTps = byId(oldModel.touchpoints);
  const newTps = byId(newModel.touchpoints);
  const oldProcs = byId(oldModel.processes);
  const newProcs = byId(newModel.processes);
  const diff: ModelDiff = {
    version: 1,
    summary: { changes: 0, procurementResend: procurement.resend },
    procurement,
    functions: { added, removed, priorityChanged },
    descriptionsChanged,
    steps: { added: stepsAdded, removed: stepsRemoved, reowned },
    dataAccess: { grants, steps: stepAccess, grantsRemoved, stepsRemoved: stepAccessRemoved },
    touchpoints: { added: missingFrom(newTps, oldTps).map(entry), removed: missingFrom(oldTps, newTps).map(entry) },
    processes: { added: missingFrom(newProcs, oldProcs).map(entry), removed: missingFrom(oldProcs, newProcs).map(entry) },
    elements: { added: fields.added, removed: fields.removed },
    fieldsChanged: fields.changed,
    names: Object.fromEntries(Object.entries(mentioned).sort(([a], [b]) => cmp(a, b))),
  };
  diff.summary.changes = [
    added, removed, priorityChanged, descriptionsChanged, stepsAdded, stepsRemoved, reowned, grants, stepAccess, grantsRemoved, stepAccessRemoved,
    diff.touchpoints.added, diff.touchpoints.removed, diff.processes.added, diff.processes.removed, fields.added, fields.removed, fields.changed,
  ].reduce((n, list) => n + list.length, 0);
  return diff;
}
