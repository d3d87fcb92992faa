import { pushAll, indexModel, label, type Model, type ModelIndex, type Process, type Step } from '@ccp/core';
import { flowchartLabel, joinLabelLines, NodeIds } from './escape.js';
import type { DiagramOptions } from './options.js';
import { wordsFor, type Words } from './words.js';

/** Counts of what a flowchart holds; the renderer raises Mermaid's `maxEdges` from `edges`. */
export interface FlowchartText {
  text: string;
  edges: number;
}

const STEP = 'st';
const LANE = 'ln';
const TOUCHPOINT = 'tp';
const PROCESS = 'pr';
const START = 'ev_start';
const END = 'ev_end';

/**
 * One flowchart for a process: a swimlane (subgraph) per role in the order roles first appear, steps labelled with
 * their display names, decisions as diamonds with the condition on each branch, the touchpoints that start the
 * process as entry nodes (a Start node when none does), end steps marked and linked to an End node, and processes
 * a step calls as sub-process nodes. References that do not resolve are left out (the checker reports them).
 */
export function processFlowchart(model: Model, process: Process, options: DiagramOptions = {}, index: ModelIndex = indexModel(model)): FlowchartText {
  const words = wordsFor(options.language ?? model.project?.outputLanguage);
  const steps = uniqueSteps(process.steps);
  const ids = new NodeIds();
  for (const step of steps) ids.get(STEP, step.id);
  const lines: string[] = [`flowchart ${options.direction ?? 'TD'}`];
  lines.push(`  %% ${flowchartLabel(label(process))}`);
  const edges: string[] = [];

  const entries = index.touchpointsStarting(process.id);
  const first = steps[0];
  if (entries.length === 0) {
    lines.push(`  ${START}(("${flowchartLabel(words.start)}"))`);
    if (first) edges.push(`  ${START} --> ${ids.get(STEP, first.id)}`);
  }
  for (const tp of entries) {
    lines.push(`  ${ids.get(TOUCHPOINT, tp.id)}(["${flowchartLabel(label(tp))}"])`);
    if (first) edges.push(`  ${ids.get(TOUCHPOINT, tp.id)} --> ${ids.get(STEP, first.id)}`);
  }

  for (const [roleId, laneSteps] of lanes(steps)) {
    const indent = roleId === undefined ? '  ' : '    ';
    if (roleId !== undefined) {
      const role = index.roles.get(roleId);
      lines.push(`  subgraph ${ids.get(LANE, roleId)} ["${flowchartLabel(role ? label(role) : roleId)}"]`);
    }
    for (const step of laneSteps) lines.push(indent + stepNode(step, ids, index, words, options.detail === true));
    if (roleId !== undefined) lines.push('  end');
  }

  const known = new Set(steps.map((s) => s.id));
  const called = new Set<string>();
  let ends = 0;
  for (const step of steps) {
    const from = ids.get(STEP, step.id);
    for (const ref of step.next) if (known.has(ref.id)) edges.push(`  ${from} --> ${ids.get(STEP, ref.id)}`);
    for (const branch of step.decision?.branches ?? []) {
      if (!known.has(branch.target.id)) continue;
      const text = branch.otherwise ? words.otherwise : (branch.condition ?? '');
      edges.push(`  ${from} -->|"${flowchartLabel(text)}"| ${ids.get(STEP, branch.target.id)}`);
    }
    if (step.calls && index.processes.has(step.calls.id)) {
      called.add(step.calls.id);
      edges.push(`  ${from} -.-> ${ids.get(PROCESS, step.calls.id)}`);
    }
    if (step.end) {
      ends++;
      edges.push(`  ${from} --> ${END}`);
    }
  }
  for (const processId of [...called].sort()) {
    const target = index.processes.get(processId);
    lines.push(`  ${ids.get(PROCESS, processId)}[["${flowchartLabel(target ? label(target) : processId)}"]]`);
  }
  if (ends > 0) lines.push(`  ${END}((("${flowchartLabel(words.end)}")))`);

  pushAll(lines, edges);
  const endSteps = steps.filter((s) => s.end).map((s) => ids.get(STEP, s.id));
  lines.push('  classDef entry fill:#e8f4ff,stroke:#3a78b5');
  lines.push('  classDef endStep stroke-width:3px');
  lines.push('  classDef subprocess fill:#f4f4f4,stroke-dasharray:4 2');
  const entryIds = entries.length === 0 ? [START] : entries.map((tp) => ids.get(TOUCHPOINT, tp.id));
  lines.push(`  class ${entryIds.join(',')} entry`);
  if (endSteps.length > 0) lines.push(`  class ${endSteps.join(',')} endStep`);
  if (called.size > 0) lines.push(`  class ${[...called].sort().map((id) => ids.get(PROCESS, id)).join(',')} subprocess`);
  return { text: lines.join('\n') + '\n', edges: edges.length };
}

/** Steps with duplicate ids (an error the resolver reports) keep their first declaration only. */
function uniqueSteps(steps: Step[]): Step[] {
  const seen = new Set<string>();
  return steps.filter((s) => (seen.has(s.id) ? false : (seen.add(s.id), true)));
}

/** Steps grouped by role, roles in order of first appearance; steps without a role come last, outside any lane. */
function lanes(steps: Step[]): [string | undefined, Step[]][] {
  const byRole = new Map<string | undefined, Step[]>();
  for (const step of steps) {
    const key = step.role?.id;
    const list = byRole.get(key);
    if (list) list.push(step);
    else byRole.set(key, [step]);
  }
  const unassigned = byRole.get(undefined);
  byRole.delete(undefined);
  const out: [string | undefined, Step[]][] = [...byRole];
  if (unassigned) out.push([undefined, unassigned]);
  return out;
}

function stepNode(step: Step, ids: NodeIds, index: ModelIndex, words: Words, detail: boolean): string {
  const lines = [flowchartLabel(label(step))];
  if (detail) {
    const named = (ids: string[], lookup: Map<string, { id: string; name?: string }>): string =>
      ids.map((id) => { const e = lookup.get(id); return e ? label(e) : id; }).join(', ');
    if (step.uses.length > 0) lines.push(flowchartLabel(`${words.uses}: ${named(step.uses.map((r) => r.id), index.functions)}`));
    if (step.reads.length > 0) lines.push(flowchartLabel(`${words.reads}: ${named(step.reads.map((r) => r.id), index.data)}`));
    if (step.writes.length > 0) lines.push(flowchartLabel(`${words.writes}: ${named(step.writes.map((r) => r.id), index.data)}`));
  }
  const text = joinLabelLines(lines);
  const id = ids.get(STEP, step.id);
  return step.decision && step.decision.branches.length > 0 ? `${id}{"${text}"}` : `${id}["${text}"]`;
}
