import { indexModel, label, type Model, type ModelIndex, type Process, type Step } from '@ccp/core';
import { normalizeFlows } from './normalize.js';
import { bpmnWordsFor, type BpmnWords } from './words.js';
import { xmlId } from './xml-id.js';

export type PoolKey = 'center' | 'vendor';

export type NodeKind = 'start' | 'messageStart' | 'userTask' | 'callActivity' | 'exclusive' | 'parallel' | 'end' | 'messageEnd' | 'catch' | 'throw';

/** A flow node of the BPMN file, before layout. */
export interface BpmnNode {
  id: string;
  kind: NodeKind;
  name?: string;
  pool: PoolKey;
  /** Key of the lane (a role id, or '' for steps without a role). */
  lane: string;
  /** The called process's BPMN id, for call activities. */
  calledElement?: string;
}

export interface BpmnFlow {
  id: string;
  source: string;
  target: string;
  name?: string;
  /** The condition in words, written as the flow's conditionExpression. */
  condition?: string;
  /** The gateway's default flow (an `otherwise` branch). */
  isDefault?: boolean;
}

export interface BpmnLane {
  key: string;
  id: string;
  name: string;
  pool: PoolKey;
}

/**
 * A data entity that one activity reads or writes: a data object reference drawn under the activity (one data object
 * per entity and pool, referenced once per activity that uses it, so associations stay short).
 */
export interface BpmnData {
  id: string;
  objectId: string;
  name: string;
  pool: PoolKey;
  lane: string;
  activity: string;
  read: boolean;
  write: boolean;
}

export interface BpmnPool {
  key: PoolKey;
  participantId: string;
  processId: string;
  name: string;
  /** A pool without a process (the center when the vendor does every step). */
  blackBox?: boolean;
}

/** One process as BPMN, before layout: pools, lanes, flow nodes, sequence and message flows, data. */
export interface BpmnGraph {
  processId: string;
  name: string;
  pools: BpmnPool[];
  lanes: BpmnLane[];
  nodes: BpmnNode[];
  flows: BpmnFlow[];
  messageFlows: BpmnFlow[];
  data: BpmnData[];
}

interface Target {
  /** A step id, or undefined for an end event. */
  step?: string;
  name?: string;
  condition?: string;
  isDefault?: boolean;
}

/**
 * The BPMN structure of a process. Each step is a user task (a call activity when it `calls:` another process) in
 * the lane of its role; steps of external (vendor-staffed) roles go to a second pool, the vendor's, and every
 * hand-over between the pools is a message flow (a message start event on the vendor's side, a catch event where
 * the center waits for the case to come back, a message end event when the vendor hands it back). A decision is a
 * task followed by an exclusive gateway whose flows carry the conditions (an `otherwise` branch is the default
 * flow); several `next` steps are a parallel split. Touchpoints that start the process are message start events
 * (a blank start event when none does). Flows are then made explicit for BPMN tools (see normalizeFlows).
 */
export function buildBpmnGraph(model: Model, process: Process, index: ModelIndex = indexModel(model), words: BpmnWords = bpmnWordsFor(model.project?.outputLanguage)): BpmnGraph {
  const steps = uniqueSteps(process.steps);
  const byId = new Map(steps.map((s) => [s.id, s]));
  const isVendor = (s: Step): boolean => s.role !== undefined && index.roles.get(s.role.id)?.external === true;
  const poolOf = (s: Step): PoolKey => (isVendor(s) ? 'vendor' : 'center');
  const laneOf = (s: Step): string => s.role?.id ?? '';

  const pools: BpmnPool[] = [{ key: 'center', participantId: xmlId('Participant', process.id), processId: xmlId('Process', process.id), name: centerName(model, words) }];
  if (steps.some(isVendor)) {
    pools.push({ key: 'vendor', participantId: xmlId('VendorParticipant', process.id), processId: xmlId('VendorProcess', process.id), name: process.vendor ?? words.vendor });
  }
  const lanes: BpmnLane[] = [];
  for (const pool of ['center', 'vendor'] as const) {
    for (const step of steps) {
      if (poolOf(step) !== pool || lanes.some((l) => l.pool === pool && l.key === laneOf(step))) continue;
      const role = step.role ? index.roles.get(step.role.id) : undefined;
      const key = laneOf(step);
      lanes.push({ key, id: xmlId(pool === 'center' ? 'Lane' : 'VendorLane', key || '_none'), name: key === '' ? words.noRole : role ? label(role) : key, pool });
    }
  }

  const nodes: BpmnNode[] = [];
  const flows: BpmnFlow[] = [];
  const nodeOf = new Map<string, BpmnNode>();
  const add = (node: BpmnNode): BpmnNode => (nodes.push(node), nodeOf.set(node.id, node), node);
  const activityId = (stepId: string): string => xmlId('Activity', stepId);
  let flowCount = 0;
  const flow = (source: string, target: string, extra: Partial<BpmnFlow> = {}): void => {
    flows.push({ id: `Flow_${++flowCount}`, source, target, ...extra });
  };

  for (const step of steps) {
    const called = step.calls ? index.processes.get(step.calls.id) : undefined;
    add({
      id: activityId(step.id),
      kind: called ? 'callActivity' : 'userTask',
      name: label(step),
      pool: poolOf(step),
      lane: laneOf(step),
      ...(called ? { calledElement: xmlId('Process', called.id) } : {}),
    });
  }

  const first = steps[0];
  const entries = index.touchpointsStarting(process.id);
  const startPool = first ? poolOf(first) : 'center';
  const startLane = first ? laneOf(first) : (lanes[0]?.key ?? '');
  if (!first && lanes.length === 0) lanes.push({ key: '', id: xmlId('Lane', '_none'), name: words.noRole, pool: 'center' });
  const starts: BpmnNode[] =
    entries.length === 0
      ? [add({ id: 'Event_start', kind: 'start', name: words.start, pool: startPool, lane: startLane })]
      : entries.map((tp) => add({ id: xmlId('Event_touchpoint', tp.id), kind: 'messageStart', name: label(tp), pool: startPool, lane: startLane }));
  let ends = 0;
  const endEvent = (pool: PoolKey, lane: string): string => add({ id: `Event_end_${++ends}`, kind: 'end', name: words.end, pool, lane }).id;
  if (!first) for (const s of starts) flow(s.id, endEvent(s.pool, s.lane));
  else for (const s of starts) flow(s.id, activityId(first.id));

  for (const step of steps) {
    const from = activityId(step.id);
    const targets = targetsOf(step, byId, words);
    const resolve = (t: Target): string => (t.step === undefined ? endEvent(poolOf(step), laneOf(step)) : activityId(t.step));
    if (step.decision && targets.length > 1) {
      const gateway = add({ id: xmlId('Gateway', step.id), kind: 'exclusive', name: gatewayName(label(step)), pool: poolOf(step), lane: laneOf(step) });
      flow(from, gateway.id);
      for (const t of targets) flow(gateway.id, resolve(t), { ...(t.name !== undefined ? { name: t.name } : {}), ...(t.condition !== undefined ? { condition: t.condition } : {}), ...(t.isDefault ? { isDefault: true } : {}) });
    } else {
      // one way on (a decision with one branch left is a plain flow: a label without a condition misleads)
      for (const t of targets) flow(from, resolve(t));
    }
  }

  // steps that nothing leads to (the checker reports them): a start event of their own, so the file stays valid
  const reached = new Set(flows.map((f) => f.target));
  for (const step of steps) {
    const id = activityId(step.id);
    if (reached.has(id)) continue;
    const start = add({ id: xmlId('Event_unreached', step.id), kind: 'messageStart', name: words.noWayIn, pool: poolOf(step), lane: laneOf(step) });
    flow(start.id, id);
  }

  const normalized = normalizeFlows({ nodes, flows, nodeOf, words, nextFlowId: () => `Flow_${++flowCount}` });
  // the vendor does all the work: the center is a black-box pool (a process without flow nodes is not valid BPMN)
  const center = pools[0]!;
  if (!normalized.nodes.some((n) => n.pool === 'center')) center.blackBox = true;
  return {
    processId: process.id,
    name: label(process),
    pools,
    lanes,
    nodes: normalized.nodes,
    flows: normalized.flows,
    messageFlows: normalized.messageFlows,
    data: dataOf(steps, index, poolOf, laneOf, activityId),
  };
}

function centerName(model: Model, words: BpmnWords): string {
  return model.project ? label(model.project) : words.center;
}

function gatewayName(stepLabel: string): string {
  return /[?？]\s*$/.test(stepLabel) ? stepLabel : `${stepLabel}?`;
}

/** Where a step goes on: its decision's branches, or its `next` steps and an end; unresolved targets are left out. */
function targetsOf(step: Step, byId: Map<string, Step>, words: BpmnWords): Target[] {
  const out: Target[] = [];
  const seen = new Set<string>();
  if (step.decision && step.decision.branches.length > 0) {
    for (const b of step.decision.branches) {
      if (!byId.has(b.target.id) || seen.has(b.target.id)) continue;
      seen.add(b.target.id);
      const text = b.otherwise ? undefined : (b.condition ?? comparisonText(b.comparison) ?? b.target.id);
      out.push({ step: b.target.id, ...(text !== undefined ? { name: text, condition: text } : {}), ...(b.otherwise ? { isDefault: true, name: words.otherwise } : {}) });
    }
  }
  if (out.length === 0) {
    for (const ref of step.next) {
      if (!byId.has(ref.id) || seen.has(ref.id)) continue;
      seen.add(ref.id);
      out.push({ step: ref.id });
    }
    if (step.end || out.length === 0) out.push({});
  }
  return out;
}

function comparisonText(c: { quantity: string; op: string; value?: number; unit?: string; other?: string } | undefined): string | undefined {
  if (!c) return undefined;
  const right = c.other ?? `${c.value ?? ''}${c.unit ? ` ${c.unit}` : ''}`;
  return `${c.quantity} ${c.op} ${right}`;
}

function dataOf(steps: Step[], index: ModelIndex, poolOf: (s: Step) => PoolKey, laneOf: (s: Step) => string, activityId: (id: string) => string): BpmnData[] {
  const out: BpmnData[] = [];
  const uses = new Map<string, number>();
  for (const step of steps) {
    const pool = poolOf(step);
    const mine = new Map<string, BpmnData>();
    const use = (dataId: string, how: 'read' | 'write'): void => {
      let d = mine.get(dataId);
      if (!d) {
        const entity = index.data.get(dataId);
        const objectId = xmlId(pool === 'center' ? 'DataObject' : 'VendorDataObject', dataId);
        const n = (uses.get(objectId) ?? 0) + 1;
        uses.set(objectId, n);
        d = { id: `${xmlId(pool === 'center' ? 'DataRef' : 'VendorDataRef', dataId)}_${n}`, objectId, name: entity ? label(entity) : dataId, pool, lane: laneOf(step), activity: activityId(step.id), read: false, write: false };
        mine.set(dataId, d);
        out.push(d);
      }
      d[how] = true;
    };
    for (const r of step.reads) use(r.id, 'read');
    for (const w of step.writes) use(w.id, 'write');
  }
  return out;
}

/** Steps with duplicate ids (an error the resolver reports) keep their first declaration only. */
function uniqueSteps(steps: Step[]): Step[] {
  const seen = new Set<string>();
  return steps.filter((s) => (seen.has(s.id) ? false : (seen.add(s.id), true)));
}
