import { pushAll, indexModel, label, type Model, type ModelIndex, type Process, type Step } from '@ccp/core';
import { flowchartLabel, joinLabelLines, NodeIds } from './escape.js';
import { frontMatter } from './front-matter.js';
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
const NOTE = 'nt';
const START = 'ev_start';
/**
 * Above this many steps a process is split into parts of at most PART_STEPS steps (in declaration order), each its
 * own picture, with on-page connectors for the flows between parts: a 40-step process drawn whole was 1649 x 5816 px
 * top-down and 10659 x 1180 px left-to-right, neither printable (docs/diagrams.md).
 */
export const SPLIT_ABOVE = 25;
export const PART_STEPS = 20;
const CONNECTOR_OUT = 'co';
const CONNECTOR_IN = 'ci';

/** Which part of a split process a flowchart shows. */
interface Part {
  index: number;
  count: number;
  /** Part number (1-based) of every step id. */
  partOf: Map<string, number>;
}
const END = 'ev_end';

/**
 * One flowchart for a process: a swimlane (subgraph) per role in the order roles first appear, steps labelled with
 * their display names, decisions as diamonds with the condition on each branch, the touchpoints that start the
 * process as entry nodes (a Start node when none does), end steps marked and linked to an End node, and processes
 * a step calls as sub-process nodes. References that do not resolve are left out (the checker reports them).
 */
export function processFlowchart(model: Model, process: Process, options: DiagramOptions = {}, index: ModelIndex = indexModel(model)): FlowchartText {
  return flowchartOf(model, process, options, index, undefined);
}

/**
 * The flowcharts of a process: one, or, above SPLIT_ABOVE steps, one per part of at most PART_STEPS steps. A flow to
 * a step of another part ends in a connector naming that step and its part; a flow from another part starts at one.
 */
export function processFlowchartParts(model: Model, process: Process, options: DiagramOptions = {}, index: ModelIndex = indexModel(model)): FlowchartText[] {
  const steps = uniqueSteps(process.steps);
  if (steps.length <= SPLIT_ABOVE) return [flowchartOf(model, process, options, index, undefined)];
  const count = Math.ceil(steps.length / PART_STEPS);
  const size = Math.ceil(steps.length / count);
  const partOf = new Map(steps.map((s, i) => [s.id, Math.floor(i / size) + 1]));
  return Array.from({ length: count }, (_, i) => flowchartOf(model, process, options, index, { index: i + 1, count, partOf }));
}

function flowchartOf(model: Model, process: Process, options: DiagramOptions, index: ModelIndex, part: Part | undefined): FlowchartText {
  const words = wordsFor(options.language ?? model.project?.outputLanguage);
  const allSteps = uniqueSteps(process.steps);
  const steps = part ? allSteps.filter((s) => part.partOf.get(s.id) === part.index) : allSteps;
  const ids = new NodeIds();
  for (const step of steps) ids.get(STEP, step.id);
  const title = part ? `${processTitle(process, words)} (${words.part} ${part.index}/${part.count})` : processTitle(process, words);
  // parts of a split process are laid out by ELK: more compact than dagre, and no edge behind a node (docs/diagrams.md)
  const lines: string[] = [...frontMatter(title, part ? ['layout: elk'] : []), `flowchart ${options.direction ?? 'TD'}`];
  const edges: string[] = [];
  const vendorLanes: string[] = [];

  const first = allSteps[0] && (!part || part.partOf.get(allSteps[0].id) === part.index) ? allSteps[0] : undefined;
  const entries = first || !part ? index.touchpointsStarting(process.id) : [];
  if (entries.length === 0 && (first || !part)) {
    lines.push(`  ${START}(("${flowchartLabel(words.start)}"))`);
    if (first) edges.push(`  ${START} --> ${ids.get(STEP, first.id)}`);
  }
  for (const tp of entries) {
    const who = tp.initiator === 'customer' ? words.byCustomer : tp.initiator === 'company' ? words.byCompany : undefined;
    const text = who ? joinLabelLines([flowchartLabel(label(tp)), flowchartLabel(`(${who})`)]) : flowchartLabel(label(tp));
    lines.push(`  ${ids.get(TOUCHPOINT, tp.id)}(["${text}"])`);
    if (first) edges.push(`  ${ids.get(TOUCHPOINT, tp.id)} --> ${ids.get(STEP, first.id)}`);
  }

  for (const [roleId, laneSteps] of lanes(steps)) {
    const indent = roleId === undefined ? '  ' : '    ';
    if (roleId !== undefined) {
      const role = index.roles.get(roleId);
      const name = role ? label(role) : roleId;
      const vendor = role?.external === true;
      if (vendor) vendorLanes.push(ids.get(LANE, roleId));
      const title = vendor ? `${name} [${words.outsourced}]` : name;
      lines.push(`  subgraph ${ids.get(LANE, roleId)} ["${flowchartLabel(title)}"]`);
    }
    for (const step of laneSteps) {
      lines.push(indent + stepNode(step, ids));
      const note = options.detail === true ? detailNote(step, index, words) : undefined;
      if (note) {
        lines.push(`${indent}${ids.get(NOTE, step.id)}["${note}"]`);
        edges.push(`  ${ids.get(STEP, step.id)} -.- ${ids.get(NOTE, step.id)}`);
      }
    }
    if (roleId !== undefined) lines.push('  end');
  }

  const known = new Set(steps.map((s) => s.id));
  const byId = new Map(allSteps.map((s) => [s.id, s]));
  const connectors: string[] = [];
  const connectorLines: string[] = [];
  /** The node a flow to `id` ends at: the step, or a connector to the part that holds it. */
  const targetOf = (id: string): string | undefined => {
    if (known.has(id)) return ids.get(STEP, id);
    const other = part?.partOf.get(id);
    if (!part || other === undefined) return undefined;
    const node = ids.get(CONNECTOR_OUT, id);
    if (!connectors.includes(node)) {
      connectors.push(node);
      connectorLines.push(`  ${node}(["${flowchartLabel(`→ ${label(byId.get(id)!)} (${words.part} ${other})`)}"])`);
    }
    return node;
  };
  const called = new Set<string>();
  let ends = 0;
  if (part) {
    for (const other of allSteps) {
      if (known.has(other.id)) continue;
      const targets = [...other.next.map((r) => r.id), ...(other.decision?.branches.map((b) => b.target.id) ?? [])].filter((id) => known.has(id));
      if (targets.length === 0) continue;
      const node = ids.get(CONNECTOR_IN, other.id);
      connectors.push(node);
      connectorLines.push(`  ${node}(["${flowchartLabel(`${label(other)} (${words.part} ${part.partOf.get(other.id)}) →`)}"])`);
      for (const t of new Set(targets)) edges.push(`  ${node} --> ${ids.get(STEP, t)}`);
    }
  }
  for (const step of steps) {
    const from = ids.get(STEP, step.id);
    for (const ref of step.next) {
      const to = targetOf(ref.id);
      if (to) edges.push(`  ${from} --> ${to}`);
    }
    for (const branch of step.decision?.branches ?? []) {
      const to = targetOf(branch.target.id);
      if (!to) continue;
      const text = branch.otherwise ? words.otherwise : (branch.condition ?? '');
      edges.push(`  ${from} -->|"${flowchartLabel(text)}"| ${to}`);
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
  pushAll(lines, connectorLines);

  pushAll(lines, edges);
  const endSteps = steps.filter((s) => s.end).map((s) => ids.get(STEP, s.id));
  lines.push('  classDef entry fill:#e8f4ff,stroke:#3a78b5');
  lines.push('  classDef endStep stroke-width:3px');
  lines.push('  classDef subprocess fill:#f4f4f4,stroke-dasharray:4 2');
  if (options.detail === true) lines.push('  classDef note fill:#fffbe6,stroke:#d4b106,color:#5c4a00');
  for (const lane of vendorLanes) lines.push(`  style ${lane} fill:#fff4e0,stroke:#c08a00,stroke-width:2px,stroke-dasharray:6 3`);
  const entryIds = entries.length > 0 ? entries.map((tp) => ids.get(TOUCHPOINT, tp.id)) : first || !part ? [START] : [];
  if (entryIds.length > 0) lines.push(`  class ${entryIds.join(',')} entry`);
  if (connectors.length > 0) {
    lines.push('  classDef connector fill:#eef2ff,stroke:#5b6bbf,stroke-dasharray:3 2');
    lines.push(`  class ${connectors.join(',')} connector`);
  }
  if (endSteps.length > 0) lines.push(`  class ${endSteps.join(',')} endStep`);
  if (called.size > 0) lines.push(`  class ${[...called].sort().map((id) => ids.get(PROCESS, id)).join(',')} subprocess`);
  const notes = options.detail === true ? steps.filter((s) => detailNote(s, index, words) !== undefined).map((s) => ids.get(NOTE, s.id)) : [];
  if (notes.length > 0) lines.push(`  class ${notes.join(',')} note`);
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

/** The title above a process: its name, and the vendor when it is outsourced or hybrid. */
function processTitle(process: Process, words: Words): string {
  const sourced = process.sourcing === 'outsourced' || process.sourcing === 'hybrid';
  return sourced ? `${label(process)} (${process.vendor ? `${process.vendor}, ` : ''}${words.outsourced})` : label(process);
}

/** `--detail`: the functions and data of a step, for a note beside it (never inside a decision's diamond). */
function detailNote(step: Step, index: ModelIndex, words: Words): string | undefined {
  const named = (ids: string[], lookup: Map<string, { id: string; name?: string }>): string =>
    ids.map((id) => { const e = lookup.get(id); return e ? label(e) : id; }).join(', ');
  const lines: string[] = [];
  if (step.uses.length > 0) lines.push(flowchartLabel(`${words.uses}: ${named(step.uses.map((r) => r.id), index.functions)}`));
  if (step.reads.length > 0) lines.push(flowchartLabel(`${words.reads}: ${named(step.reads.map((r) => r.id), index.data)}`));
  if (step.writes.length > 0) lines.push(flowchartLabel(`${words.writes}: ${named(step.writes.map((r) => r.id), index.data)}`));
  return lines.length > 0 ? joinLabelLines(lines) : undefined;
}

function stepNode(step: Step, ids: NodeIds): string {
  const text = flowchartLabel(label(step));
  const id = ids.get(STEP, step.id);
  return step.decision && step.decision.branches.length > 0 ? `${id}{"${text}"}` : `${id}["${text}"]`;
}
