import type { Model, Process, Role, Step } from '@ccp/core';
import type {
  DescriptionChange,
  Entry,
  FunctionEntry,
  GrantAdded,
  ModelDiff,
  PriorityChange,
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

const stepEntry = ({ process, step }: { process: Process; step: Step }): StepEntry => ({
  process: process.id,
  step: step.id,
  name: step.name ?? null,
  role: step.role?.id ?? null,
});

function grantsOf(role: Role | undefined): Set<string> {
  const set = new Set<string>();
  for (const g of role?.access ?? []) {
    if (g.read) set.add(`${g.target.id}\u0000read`);
    if (g.write) set.add(`${g.target.id}\u0000write`);
  }
  return set;
}

type Described = readonly { id: string; description?: string }[];

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
  const priorityChanged: PriorityChange[] = [];
  for (const id of sortedIds(newFns)) {
    const before = oldFns.get(id);
    const after = newFns.get(id)!;
    if (!before || (before.priority ?? null) === (after.priority ?? null)) continue;
    const old = before.priority ?? null;
    const now = after.priority ?? null;
    priorityChanged.push({ function: id, name: after.name ?? null, old, new: now, procurementResend: now === 'must' });
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
          descriptionsChanged.push({ kind, id: `${process.id}.${step.id}`, old: before.description ?? null, new: step.description ?? null });
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
        descriptionsChanged.push({ kind, id, old: before.description ?? null, new: after.description ?? null });
      }
    }
  }

  const stepsAdded = stepKeys(newSteps).filter((k) => !oldSteps.has(k)).map((k) => stepEntry(newSteps.get(k)!));
  const stepsRemoved = stepKeys(oldSteps).filter((k) => !newSteps.has(k)).map((k) => stepEntry(oldSteps.get(k)!));
  const reowned: StepReowned[] = [];
  const stepAccess: StepAccessAdded[] = [];
  for (const key of stepKeys(newSteps)) {
    const { process, step } = newSteps.get(key)!;
    const before = oldSteps.get(key)?.step;
    const oldRole = before?.role?.id ?? null;
    const newRole = step.role?.id ?? null;
    if (before && oldRole !== newRole) reowned.push({ process: process.id, step: step.id, old: oldRole, new: newRole });
    for (const access of ['read', 'write'] as const) {
      const field = access === 'read' ? 'reads' : 'writes';
      const had = new Set((before?.[field] ?? []).map((r) => r.id));
      const ids = [...new Set(step[field].map((r) => r.id))].sort(cmp);
      for (const data of ids) if (!had.has(data)) stepAccess.push({ process: process.id, step: step.id, role: newRole, data, access });
    }
  }

  const oldRoles = byId(oldModel.roles);
  const newRoles = byId(newModel.roles);
  const grants: GrantAdded[] = [];
  for (const id of sortedIds(newRoles)) {
    const had = grantsOf(oldRoles.get(id));
    for (const key of [...grantsOf(newRoles.get(id))].sort(cmp)) {
      if (had.has(key)) continue;
      const [target, access] = key.split('\u0000') as [string, 'read' | 'write'];
      grants.push({ role: id, target, access });
    }
  }

  const oldTps = byId(oldModel.touchpoints);
  const newTps = byId(newModel.touchpoints);
  const oldProcs = byId(oldModel.processes);
  const newProcs = byId(newModel.processes);
  const diff: ModelDiff = {
    version: 1,
    summary: { changes: 0, procurementResend: false },
    functions: { added, removed, priorityChanged },
    descriptionsChanged,
    steps: { added: stepsAdded, removed: stepsRemoved, reowned },
    dataAccess: { grants, steps: stepAccess },
    touchpoints: { added: missingFrom(newTps, oldTps).map(entry), removed: missingFrom(oldTps, newTps).map(entry) },
    processes: { added: missingFrom(newProcs, oldProcs).map(entry), removed: missingFrom(oldProcs, newProcs).map(entry) },
  };
  diff.summary = {
    changes:
      added.length + removed.length + priorityChanged.length + descriptionsChanged.length + stepsAdded.length + stepsRemoved.length +
      reowned.length + grants.length + stepAccess.length + diff.touchpoints.added.length + diff.touchpoints.removed.length +
      diff.processes.added.length + diff.processes.removed.length,
    procurementResend: priorityChanged.some((c) => c.procurementResend) || added.some((f) => f.priority === 'must'),
  };
  return diff;
}
