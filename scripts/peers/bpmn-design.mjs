/**
 * The same design as a ccp project, written as BPMN 2.0 the way a modeler saves it: one .bpmn file per process, each
 * a pool with a lane per role, a task per step (with its description as documentation), exclusive gateways for
 * decisions and for steps that several paths lead into, data object references with input and output associations
 * for the data a step reads and writes, start and end events, and the diagram interchange (shapes and edges) for all
 * of it. It is made from `ccp export json` of the project, so that bpmnlint reads what `ccp check` reads.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bpmnDocument, writeBpmnlintrc } from './peer-inputs.mjs';

const xml = (s) => String(s).replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

const LANE_HEIGHT = 280;
const COLUMN = 160;
const POOL_X = 100;
const LANE_X = POOL_X + 30;

/** Writes one .bpmn file per process of `model` (ccp's JSON model) into `dir`, plus a .bpmnlintrc. Returns the file paths and counts. */
export function writeBpmnDesign(dir, model) {
  mkdirSync(dir, { recursive: true });
  writeBpmnlintrc(dir);
  const files = [];
  let tasks = 0;
  for (const process of model.processes) {
    const path = join(dir, `${process.id}.bpmn`);
    writeFileSync(path, processBpmn(process));
    files.push(path);
    tasks += process.steps.length;
  }
  return { files, tasks };
}

/** One process as a BPMN document. */
function processBpmn(process) {
  const p = process.id;
  const roles = [...new Set(process.steps.map((s) => s.role ?? 'unassigned'))];
  const laneOf = (step) => roles.indexOf(step.role ?? 'unassigned');
  const flow = [];
  const shapes = [];
  const edges = [];
  const centre = new Map(); // element id -> [x, y] of its centre, for edges
  const flowIds = new Map(); // 'from to' -> sequence flow id
  const shape = (id, x, y, w, h, extra = '') => {
    shapes.push(`      <bpmndi:BPMNShape id="${id}_di" bpmnElement="${id}"${extra}><dc:Bounds x="${x}" y="${y}" width="${w}" height="${h}" /></bpmndi:BPMNShape>`);
    centre.set(id, [x + w / 2, y + h / 2]);
  };
  const edge = (id, from, to) => {
    const [x1, y1] = centre.get(from) ?? [0, 0];
    const [x2, y2] = centre.get(to) ?? [0, 0];
    edges.push(`      <bpmndi:BPMNEdge id="${id}_di" bpmnElement="${id}"><di:waypoint x="${x1}" y="${y1}" /><di:waypoint x="${x2}" y="${y2}" /></bpmndi:BPMNEdge>`);
  };
  const laneY = (lane) => 60 + lane * LANE_HEIGHT;

  const flows = [];
  const taskId = (step) => `${p}_${step.id}`;
  const joinId = (step) => `${p}_${step.id}_join`;
  const splitId = (step) => `${p}_${step.id}_split`;
  const start = `${p}_start`;
  const ends = [];
  // A step that several paths lead into gets a joining gateway before it: paths into the step go to the gateway.
  const targetOf = new Map();
  const into = new Map();
  for (const step of process.steps) into.set(step.id, 0);
  into.set(process.steps[0].id, 1);
  for (const step of process.steps) {
    for (const t of step.next) into.set(t, (into.get(t) ?? 0) + 1);
    for (const b of step.decision ?? []) into.set(b.target, (into.get(b.target) ?? 0) + 1);
  }
  for (const step of process.steps) targetOf.set(step.id, into.get(step.id) > 1 ? joinId(step) : taskId(step));

  // Elements and their sequence flows.
  const elementFlows = new Map(); // element id -> { incoming: [], outgoing: [] }
  const link = (from, to, name) => {
    const id = `${p}_flow_${flows.length}`;
    flows.push({ id, from, to, name });
    flowIds.set(`${from} ${to}`, id);
    (elementFlows.get(from) ?? elementFlows.set(from, { incoming: [], outgoing: [] }).get(from)).outgoing.push(id);
    (elementFlows.get(to) ?? elementFlows.set(to, { incoming: [], outgoing: [] }).get(to)).incoming.push(id);
  };
  link(start, targetOf.get(process.steps[0].id));
  for (const step of process.steps) {
    if (targetOf.get(step.id) !== taskId(step)) link(joinId(step), taskId(step));
    if (step.decision?.length) {
      link(taskId(step), splitId(step));
      for (const b of step.decision) link(splitId(step), targetOf.get(b.target), b.otherwise ? 'otherwise' : b.condition);
    } else if (step.next.length) {
      for (const t of step.next) link(taskId(step), targetOf.get(t));
    } else {
      const end = `${p}_${step.id}_end`;
      ends.push({ end, step });
      link(taskId(step), end);
    }
  }
  const refs = (id) => {
    const f = elementFlows.get(id) ?? { incoming: [], outgoing: [] };
    return [...f.incoming.map((x) => `<bpmn:incoming>${x}</bpmn:incoming>`), ...f.outgoing.map((x) => `<bpmn:outgoing>${x}</bpmn:outgoing>`)].join('');
  };

  // Data: one data object per item the process reads or writes, and one reference to it per step that uses it.
  const data = [...new Set(process.steps.flatMap((s) => [...s.reads, ...s.writes]))];
  const dataObject = (d) => `${p}_do_${d}`;
  for (const d of data) flow.push(`    <bpmn:dataObject id="${dataObject(d)}" />`);

  flow.push(`    <bpmn:startEvent id="${start}" name="Request received">${refs(start)}</bpmn:startEvent>`);
  shape(start, LANE_X + 40, laneY(laneOf(process.steps[0])) + 122, 36, 36);
  const column = new Map(process.steps.map((s, i) => [s.id, i]));
  const x = (step, offset = 0) => LANE_X + 140 + column.get(step.id) * COLUMN * 2 + offset;
  for (const step of process.steps) {
    const y = laneY(laneOf(step));
    if (targetOf.get(step.id) !== taskId(step)) {
      flow.push(`    <bpmn:exclusiveGateway id="${joinId(step)}">${refs(joinId(step))}</bpmn:exclusiveGateway>`);
      shape(joinId(step), x(step, -80), y + 115, 50, 50, ' isMarkerVisible="true"');
    }
    const associations = [];
    const dataRefs = [];
    step.reads.forEach((d, i) => {
      const ref = `${taskId(step)}_in_${i}`;
      dataRefs.push({ ref, d, dy: -80 });
      associations.push(`<bpmn:dataInputAssociation id="${ref}_assoc"><bpmn:sourceRef>${ref}</bpmn:sourceRef></bpmn:dataInputAssociation>`);
    });
    step.writes.forEach((d, i) => {
      const ref = `${taskId(step)}_out_${i}`;
      dataRefs.push({ ref, d, dy: 100 });
      associations.push(`<bpmn:dataOutputAssociation id="${ref}_assoc"><bpmn:targetRef>${ref}</bpmn:targetRef></bpmn:dataOutputAssociation>`);
    });
    const doc = step.description ? `<bpmn:documentation>${xml(step.description)}</bpmn:documentation>` : '';
    flow.push(`    <bpmn:userTask id="${taskId(step)}" name="${xml(step.name ?? step.id)}">${doc}${refs(taskId(step))}${associations.join('')}</bpmn:userTask>`);
    shape(taskId(step), x(step), y + 100, 100, 80);
    dataRefs.forEach(({ ref, d, dy }, i) => {
      flow.push(`    <bpmn:dataObjectReference id="${ref}" name="${xml(d)}" dataObjectRef="${dataObject(d)}" />`);
      shape(ref, x(step, i * 40), y + 100 + dy, 36, 50);
      edge(`${ref}_assoc`, ref, taskId(step));
    });
    if (step.decision?.length) {
      const otherwise = step.decision.find((b) => b.otherwise);
      const fallback = otherwise ? ` default="${flowIds.get(`${splitId(step)} ${targetOf.get(otherwise.target)}`)}"` : '';
      flow.push(`    <bpmn:exclusiveGateway id="${splitId(step)}" name="${xml(step.name ?? step.id)}?"${fallback}>${refs(splitId(step))}</bpmn:exclusiveGateway>`);
      shape(splitId(step), x(step, 140), y + 115, 50, 50, ' isMarkerVisible="true"');
    }
  }
  for (const { end, step } of ends) {
    flow.push(`    <bpmn:endEvent id="${end}" name="Done">${refs(end)}</bpmn:endEvent>`);
    shape(end, x(step, 140), laneY(laneOf(step)) + 122, 36, 36);
  }
  for (const f of flows) {
    const name = f.name ? ` name="${xml(f.name)}"` : '';
    const condition = f.name && f.name !== 'otherwise' ? `<bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${xml(f.name)}</bpmn:conditionExpression>` : '';
    flow.push(`    <bpmn:sequenceFlow id="${f.id}"${name} sourceRef="${f.from}" targetRef="${f.to}">${condition}</bpmn:sequenceFlow>`);
    edge(f.id, f.from, f.to);
  }

  const width = 300 + process.steps.length * COLUMN * 2;
  const lanes = roles.map((role, i) => {
    const members = process.steps.filter((s) => laneOf(s) === i);
    const refsOf = members.flatMap((s) => [
      taskId(s),
      ...(targetOf.get(s.id) !== taskId(s) ? [joinId(s)] : []),
      ...(s.decision?.length ? [splitId(s)] : []),
      ...ends.filter((e) => e.step === s).map((e) => e.end),
      ...(s === process.steps[0] ? [start] : []),
    ]);
    return `      <bpmn:lane id="${p}_lane_${i}" name="${xml(role)}">${refsOf.map((r) => `<bpmn:flowNodeRef>${r}</bpmn:flowNodeRef>`).join('')}</bpmn:lane>`;
  });
  roles.forEach((_, i) => shape(`${p}_lane_${i}`, LANE_X, laneY(i), width - 30, LANE_HEIGHT, ' isHorizontal="true"'));
  const pool = `${p}_pool`;
  shapes.unshift(`      <bpmndi:BPMNShape id="${pool}_di" bpmnElement="${pool}" isHorizontal="true"><dc:Bounds x="${POOL_X}" y="60" width="${width}" height="${roles.length * LANE_HEIGHT}" /></bpmndi:BPMNShape>`);

  const body = `  <bpmn:collaboration id="${p}_collab">
    <bpmn:participant id="${pool}" name="${xml(process.name ?? p)}" processRef="${p}" />
  </bpmn:collaboration>
  <bpmn:process id="${p}" name="${xml(process.name ?? p)}" isExecutable="false">
    <bpmn:laneSet id="${p}_lanes">
${lanes.join('\n')}
    </bpmn:laneSet>
${flow.join('\n')}
  </bpmn:process>`;
  return bpmnDocument({ id: `${p}_defs`, body, diagram: `${p}_diagram`, plane: `${p}_collab`, shapes, edges });
}
