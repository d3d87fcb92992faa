import { pushAll, indexModel, label, type Model, type ModelIndex, type Process } from '@ccp/core';
import { flowchartLabel, joinLabelLines, NodeIds } from './escape.js';
import { frontMatter } from './front-matter.js';
import type { DiagramOptions } from './options.js';
import type { FlowchartText } from './process-flowchart.js';
import { wordsFor } from './words.js';

/**
 * The whole center on one page: touchpoints -> processes -> systems, left to right, in three columns. A process
 * reaches a system through the functions its steps use (the function's `system:`, or every system of the
 * function's area kind) and the data its steps read or write (the data's `in:`); `calls:` between processes is
 * a dotted edge. Edges are unique and in declaration order.
 */
export function overviewFlowchart(model: Model, options: DiagramOptions = {}, index: ModelIndex = indexModel(model)): FlowchartText {
  const words = wordsFor(options.language ?? model.project?.outputLanguage);
  // ELK routes edges around nodes; Mermaid's default (dagre) drew edges behind unrelated nodes (issue 20)
  const title = model.project ? label(model.project) : words.overview;
  const lines = [...frontMatter(title, ['layout: elk']), 'flowchart LR'];
  const outsourced: string[] = [];
  const ids = new NodeIds();
  const edges: string[] = [];
  const processes = unique(model.processes);
  const touchpoints = unique(model.touchpoints);
  const systems = unique(model.systems);

  if (touchpoints.length > 0) {
    lines.push(`  subgraph grp_touchpoints ["${flowchartLabel(words.touchpoints)}"]`);
    for (const tp of touchpoints) {
      const who = tp.initiator === 'customer' ? words.byCustomer : tp.initiator === 'company' ? words.byCompany : undefined;
      const text = who ? joinLabelLines([flowchartLabel(label(tp)), flowchartLabel(`(${who})`)]) : flowchartLabel(label(tp));
      lines.push(`    ${ids.get('tp', tp.id)}(["${text}"])`);
    }
    lines.push('  end');
  }
  if (processes.length > 0) {
    lines.push(`  subgraph grp_processes ["${flowchartLabel(words.processes)}"]`);
    for (const p of processes) {
      const sourced = p.sourcing === 'outsourced' || p.sourcing === 'hybrid';
      if (sourced) outsourced.push(ids.get('pr', p.id));
      const text = sourced ? joinLabelLines([flowchartLabel(label(p)), flowchartLabel(`(${p.vendor ? `${p.vendor}, ` : ''}${words.outsourced})`)]) : flowchartLabel(label(p));
      lines.push(`    ${ids.get('pr', p.id)}[["${text}"]]`);
    }
    lines.push('  end');
  }
  if (systems.length > 0) {
    lines.push(`  subgraph grp_systems ["${flowchartLabel(words.systems)}"]`);
    for (const s of systems) lines.push(`    ${ids.get('sy', s.id)}[("${flowchartLabel(label(s))}")]`);
    lines.push('  end');
  }

  for (const tp of touchpoints) {
    if (tp.starts && index.processes.has(tp.starts.id)) edges.push(`  ${ids.get('tp', tp.id)} --> ${ids.get('pr', tp.starts.id)}`);
  }
  const order = new Map(systems.map((s, i) => [s.id, i]));
  const byKind = new Map<string, string[]>();
  for (const s of systems) {
    if (!s.systemKind) continue;
    const list = byKind.get(s.systemKind);
    if (list) list.push(s.id);
    else byKind.set(s.systemKind, [s.id]);
  }
  for (const p of processes) {
    for (const callee of calledProcesses(p, index)) edges.push(`  ${ids.get('pr', p.id)} -.-> ${ids.get('pr', callee)}`);
    for (const system of systemsOf(p, index, byKind, order)) edges.push(`  ${ids.get('pr', p.id)} --> ${ids.get('sy', system)}`);
  }
  pushAll(lines, edges);
  if (outsourced.length > 0) {
    lines.push('  classDef outsourced fill:#fff4e0,stroke:#c08a00,stroke-width:2px,stroke-dasharray:6 3');
    lines.push(`  class ${outsourced.join(',')} outsourced`);
  }
  return { text: lines.join('\n') + '\n', edges: edges.length };
}

function unique<T extends { id: string }>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((e) => (seen.has(e.id) ? false : (seen.add(e.id), true)));
}

function calledProcesses(process: Process, index: ModelIndex): string[] {
  const out = new Set<string>();
  for (const step of process.steps) if (step.calls && index.processes.has(step.calls.id)) out.add(step.calls.id);
  return [...out];
}

/** Systems a process touches, in the order the model declares systems. */
function systemsOf(process: Process, index: ModelIndex, byKind: Map<string, string[]>, order: Map<string, number>): string[] {
  const found = new Set<string>();
  for (const step of process.steps) {
    for (const ref of step.uses) {
      const fn = index.functions.get(ref.id);
      if (!fn) continue;
      if (fn.system) found.add(fn.system.id);
      else if (fn.area) for (const id of byKind.get(fn.area) ?? []) found.add(id);
    }
    for (const ref of [...step.reads, ...step.writes]) {
      const system = index.data.get(ref.id)?.system;
      if (system) found.add(system.id);
    }
  }
  return [...found].filter((id) => order.has(id)).sort((a, b) => order.get(a)! - order.get(b)!);
}
