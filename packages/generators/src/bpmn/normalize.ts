import type { BpmnFlow, BpmnNode, NodeKind } from './bpmn-graph.js';
import type { BpmnWords } from './words.js';

interface NormalizeInput {
  nodes: BpmnNode[];
  flows: BpmnFlow[];
  nodeOf: Map<string, BpmnNode>;
  words: BpmnWords;
  nextFlowId: () => string;
}

const GATEWAYS: ReadonlySet<NodeKind> = new Set(['exclusive', 'parallel']);

/**
 * Makes the flows explicit, as BPMN tools and bpmnlint's recommended rules expect:
 * - a flow between the center's pool and the vendor's becomes a message flow: on the vendor's side a message
 *   start event (the hand-over) or a message end event (the hand-back); on the center's side a catch event where
 *   the center waits for the case to come back (a message start event when the case starts at the vendor), or an
 *   end event when the vendor finishes it; a gateway hands over through a message throw event;
 * - a node with several outgoing flows gets a parallel split after it, and a node with several incoming flows an
 *   exclusive merge before it (no implicit splits, no fake joins, no gateway both joins and forks).
 */
export function normalizeFlows(input: NormalizeInput): { nodes: BpmnNode[]; flows: BpmnFlow[]; messageFlows: BpmnFlow[] } {
  const { nodes, nodeOf, words, nextFlowId } = input;
  const node = (id: string): BpmnNode => nodeOf.get(id)!;
  const add = (n: BpmnNode): BpmnNode => (nodes.push(n), nodeOf.set(n.id, n), n);
  const original = input.flows;
  let flows: BpmnFlow[] = [];
  const messageFlows: BpmnFlow[] = [];
  let counter = 0;
  const waits = new Map<string, BpmnNode>();
  const waitFor = (target: BpmnNode): BpmnNode => {
    let w = waits.get(target.id);
    if (!w) {
      w = add({ id: `Wait_${++counter}`, kind: 'catch', name: words.backFromVendor, pool: 'center', lane: target.lane });
      waits.set(target.id, w);
      flows.push({ id: nextFlowId(), source: w.id, target: target.id });
    }
    return w;
  };
  const extra = (f: BpmnFlow): Partial<BpmnFlow> => ({
    ...(f.name !== undefined ? { name: f.name } : {}),
    ...(f.condition !== undefined ? { condition: f.condition } : {}),
    ...(f.isDefault ? { isDefault: true } : {}),
  });

  for (const f of original) {
    const from = node(f.source);
    const to = node(f.target);
    if (from.pool === to.pool) {
      flows.push(f);
    } else if (from.pool === 'center') {
      const handover = add({ id: `Handover_${++counter}`, kind: 'messageStart', name: words.handedOver, pool: 'vendor', lane: to.lane });
      flows.push({ id: nextFlowId(), source: handover.id, target: to.id });
      let sender = from;
      let rest = extra(f);
      if (GATEWAYS.has(from.kind)) {
        sender = add({ id: `Send_${++counter}`, kind: 'throw', name: words.handedOver, pool: 'center', lane: from.lane });
        flows.push({ id: nextFlowId(), source: from.id, target: sender.id, ...rest });
        rest = {};
      }
      messageFlows.push({ id: `MessageFlow_${messageFlows.length + 1}`, source: sender.id, target: handover.id });
      const returns = returnsFrom(to, original, nodeOf);
      if (returns.length === 0) {
        const end = add({ id: `Finished_${++counter}`, kind: 'end', name: words.finishedByVendor, pool: 'center', lane: sender.lane });
        flows.push({ id: nextFlowId(), source: sender.id, target: end.id, ...rest });
      }
      for (const back of returns) flows.push({ id: nextFlowId(), source: sender.id, target: waitFor(back).id, ...rest });
    } else {
      const handback = add({ id: `Handback_${++counter}`, kind: 'messageEnd', name: words.handedBack, pool: 'vendor', lane: from.lane });
      flows.push({ id: nextFlowId(), source: from.id, target: handback.id, ...extra(f) });
      messageFlows.push({ id: `MessageFlow_${messageFlows.length + 1}`, source: handback.id, target: waitFor(to).id });
    }
  }
  // a wait that nothing in the center leads to: the case starts at the vendor
  for (const w of waits.values()) if (!flows.some((f) => f.target === w.id)) w.kind = 'messageStart';

  flows = dedupe(flows);
  for (const n of [...nodes]) {
    const out = flows.filter((f) => f.source === n.id);
    if (out.length > 1 && !GATEWAYS.has(n.kind)) {
      const split = add({ id: `Split_${++counter}`, kind: 'parallel', pool: n.pool, lane: n.lane });
      for (const f of out) f.source = split.id;
      flows.push({ id: nextFlowId(), source: n.id, target: split.id });
    }
  }
  for (const n of [...nodes]) {
    const incoming = flows.filter((f) => f.target === n.id);
    if (incoming.length > 1) {
      const merge = add({ id: `Merge_${++counter}`, kind: 'exclusive', pool: n.pool, lane: n.lane });
      for (const f of incoming) f.target = merge.id;
      flows.push({ id: nextFlowId(), source: merge.id, target: n.id });
    }
  }
  return { nodes, flows: dedupe(flows), messageFlows };
}

/** The center's nodes that the vendor's part starting at `start` hands the case back to, in the order found. */
function returnsFrom(start: BpmnNode, flows: BpmnFlow[], nodeOf: Map<string, BpmnNode>): BpmnNode[] {
  const out: BpmnNode[] = [];
  const seen = new Set<string>([start.id]);
  const queue = [start];
  while (queue.length > 0) {
    const n = queue.shift()!;
    for (const f of flows) {
      if (f.source !== n.id) continue;
      const next = nodeOf.get(f.target)!;
      if (seen.has(next.id)) continue;
      seen.add(next.id);
      if (next.pool === 'center') out.push(next);
      else queue.push(next);
    }
  }
  return out;
}

function dedupe(flows: BpmnFlow[]): BpmnFlow[] {
  const seen = new Set<string>();
  return flows.filter((f) => {
    const key = `${f.source}\u0000${f.target}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}
