import type { BpmnGraph } from './bpmn-graph.js';

/**
 * Column of each node: the longest path from the nodes nothing leads to, over sequence and message flows, with
 * the flows that close a loop (found by a depth-first walk in declaration order) left out.
 */
export function ranks(graph: BpmnGraph): Map<string, number> {
  const out = new Map<string, string[]>();
  const indegree = new Map<string, number>();
  for (const n of graph.nodes) {
    out.set(n.id, []);
    indegree.set(n.id, 0);
  }
  for (const f of [...graph.flows, ...graph.messageFlows]) out.get(f.source)?.push(f.target);
  // depth-first walk: an edge to a node still on the stack closes a loop
  const state = new Map<string, 1 | 2>();
  const back = new Set<string>();
  const roots = graph.nodes.filter((n) => !graph.flows.some((f) => f.target === n.id) && !graph.messageFlows.some((f) => f.target === n.id));
  const visit = (start: string): void => {
    const stack: [string, number][] = [[start, 0]];
    state.set(start, 1);
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const next = out.get(top[0])![top[1]++];
      if (next === undefined) {
        state.set(top[0], 2);
        stack.pop();
        continue;
      }
      const st = state.get(next);
      if (st === 1) back.add(`${top[0]}\u0000${next}`);
      else if (st === undefined) {
        state.set(next, 1);
        stack.push([next, 0]);
      }
    }
  };
  for (const r of roots) if (!state.has(r.id)) visit(r.id);
  for (const n of graph.nodes) if (!state.has(n.id)) visit(n.id);
  for (const [source, targets] of out) for (const t of targets) if (!back.has(`${source}\u0000${t}`)) indegree.set(t, indegree.get(t)! + 1);
  const rank = new Map<string, number>();
  const queue = graph.nodes.filter((n) => indegree.get(n.id) === 0).map((n) => n.id);
  for (const id of queue) rank.set(id, 0);
  while (queue.length > 0) {
    const id = queue.shift()!;
    for (const t of out.get(id)!) {
      if (back.has(`${id}\u0000${t}`)) continue;
      rank.set(t, Math.max(rank.get(t) ?? 0, rank.get(id)! + 1));
      indegree.set(t, indegree.get(t)! - 1);
      if (indegree.get(t) === 0) queue.push(t);
    }
  }
  for (const n of graph.nodes) if (!rank.has(n.id)) rank.set(n.id, 0);
  return rank;
}
