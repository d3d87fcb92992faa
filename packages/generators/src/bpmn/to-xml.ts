import { BpmnModdle } from 'bpmn-moddle';
import type { BpmnGraph, BpmnNode, NodeKind } from './bpmn-graph.js';
import type { BpmnLayout, Bounds, Point } from './layout.js';

/** The part of bpmn-moddle's API used here (the package ships no types for its class). */
interface Moddle {
  create(type: string, attrs?: Record<string, unknown>): ModdleElement;
  toXML(element: ModdleElement, options?: { format?: boolean }): Promise<{ xml: string }>;
}
type ModdleElement = Record<string, unknown> & { id?: string };

const TYPES: Record<NodeKind, string> = {
  start: 'bpmn:StartEvent',
  messageStart: 'bpmn:StartEvent',
  userTask: 'bpmn:UserTask',
  callActivity: 'bpmn:CallActivity',
  exclusive: 'bpmn:ExclusiveGateway',
  parallel: 'bpmn:ParallelGateway',
  end: 'bpmn:EndEvent',
  messageEnd: 'bpmn:EndEvent',
  catch: 'bpmn:IntermediateCatchEvent',
  throw: 'bpmn:IntermediateThrowEvent',
};
const MESSAGE_EVENTS: ReadonlySet<NodeKind> = new Set(['messageStart', 'messageEnd', 'catch', 'throw']);

/** The namespace of ccp's BPMN files (`targetNamespace`; a URN, so nothing is looked up). */
export const CCP_BPMN_NAMESPACE = 'urn:ccp:bpmn';

/**
 * The BPMN 2.0 XML of a laid-out graph, built and serialised with bpmn-moddle (the bpmn.io model of the BPMN
 * schema), so the output is well-formed, namespaced and in the schema's element order, with every text escaped.
 */
export async function bpmnXml(graph: BpmnGraph, layout: BpmnLayout, exporterVersion?: string): Promise<string> {
  const moddle = sharedModdle();
  const create = (type: string, attrs: Record<string, unknown> = {}): ModdleElement => moddle.create(type, attrs);
  const el = new Map<string, ModdleElement>();

  const processes = new Map<string, ModdleElement>();
  const pools = graph.pools.filter((p) => !p.blackBox);
  for (const pool of pools) {
    processes.set(pool.key, create('bpmn:Process', { id: pool.processId, name: pool.key === 'center' ? graph.name : `${graph.name} (${pool.name})`, isExecutable: false, flowElements: [], laneSets: [] }));
  }
  const flowElements = (pool: string): ModdleElement[] => processes.get(pool)!.flowElements as ModdleElement[];

  for (const n of graph.nodes) {
    const attrs: Record<string, unknown> = { id: n.id, incoming: [], outgoing: [] };
    if (n.name !== undefined) attrs.name = n.name;
    if (n.calledElement !== undefined) attrs.calledElement = n.calledElement;
    if (MESSAGE_EVENTS.has(n.kind)) attrs.eventDefinitions = [create('bpmn:MessageEventDefinition', { id: `${n.id}_message` })];
    const e = create(TYPES[n.kind], attrs);
    el.set(n.id, e);
    flowElements(n.pool).push(e);
  }
  for (const f of graph.flows) {
    const source = el.get(f.source)!;
    const target = el.get(f.target)!;
    const attrs: Record<string, unknown> = { id: f.id, sourceRef: source, targetRef: target };
    if (f.name !== undefined) attrs.name = f.name;
    if (f.condition !== undefined) attrs.conditionExpression = create('bpmn:FormalExpression', { body: f.condition });
    const flow = create('bpmn:SequenceFlow', attrs);
    (source.outgoing as ModdleElement[]).push(flow);
    (target.incoming as ModdleElement[]).push(flow);
    if (f.isDefault) source.default = flow;
    el.set(f.id, flow);
    flowElements(nodePool(graph, f.source)).push(flow);
  }

  for (const pool of pools) {
    const lanes = graph.lanes
      .filter((l) => l.pool === pool.key)
      .map((l) => {
        const lane = create('bpmn:Lane', { id: l.id, name: l.name, flowNodeRef: graph.nodes.filter((n) => n.pool === pool.key && n.lane === l.key).map((n) => el.get(n.id)) });
        el.set(l.id, lane);
        return lane;
      });
    (processes.get(pool.key)!.laneSets as ModdleElement[]).push(create('bpmn:LaneSet', { id: `${pool.processId}_lanes`, lanes }));
  }

  const associations: { id: string; element: ModdleElement; key: string }[] = [];
  const objects = new Map<string, ModdleElement>();
  for (const d of graph.data) {
    let object = objects.get(d.objectId);
    if (!object) {
      object = create('bpmn:DataObject', { id: d.objectId });
      objects.set(d.objectId, object);
      flowElements(d.pool).push(object);
    }
    const ref = create('bpmn:DataObjectReference', { id: d.id, name: d.name, dataObjectRef: object });
    el.set(d.id, ref);
    flowElements(d.pool).push(ref);
    const activity = el.get(d.activity)!;
    if (d.read) {
      const placeholder = create('bpmn:Property', { id: `${d.id}_target`, name: '__targetRef_placeholder' });
      ((activity.properties ??= []) as ModdleElement[]).push(placeholder);
      const assoc = create('bpmn:DataInputAssociation', { id: `${d.id}_read`, sourceRef: [ref], targetRef: placeholder });
      ((activity.dataInputAssociations ??= []) as ModdleElement[]).push(assoc);
      associations.push({ id: assoc.id!, element: assoc, key: `${d.id}_read` });
    }
    if (d.write) {
      const assoc = create('bpmn:DataOutputAssociation', { id: `${d.id}_write`, targetRef: ref });
      ((activity.dataOutputAssociations ??= []) as ModdleElement[]).push(assoc);
      associations.push({ id: assoc.id!, element: assoc, key: `${d.id}_write` });
    }
  }

  const participants = graph.pools.map((pool) => {
    const p = create('bpmn:Participant', { id: pool.participantId, name: pool.name, ...(pool.blackBox ? {} : { processRef: processes.get(pool.key) }) });
    el.set(pool.participantId, p);
    return p;
  });
  const messageFlows = graph.messageFlows.map((f) => {
    const m = create('bpmn:MessageFlow', { id: f.id, sourceRef: el.get(f.source), targetRef: el.get(f.target) });
    el.set(f.id, m);
    return m;
  });
  const collaboration = create('bpmn:Collaboration', { id: `Collaboration_${graph.pools[0]!.processId}`, participants, ...(messageFlows.length > 0 ? { messageFlows } : {}) });

  const planeElement: ModdleElement[] = [];
  const bounds = (b: Bounds): ModdleElement => create('dc:Bounds', { x: b.x, y: b.y, width: b.width, height: b.height });
  const waypoints = (points: Point[]): ModdleElement[] => points.map((p) => create('dc:Point', { x: p.x, y: p.y }));
  const shape = (id: string, horizontal: boolean): void => {
    const b = layout.shapes.get(id)!;
    const labelBounds = layout.labels.get(id);
    planeElement.push(
      create('bpmndi:BPMNShape', {
        id: `${id}_di`,
        bpmnElement: el.get(id),
        bounds: bounds(b),
        ...(horizontal ? { isHorizontal: true } : {}),
        ...(labelBounds ? { label: create('bpmndi:BPMNLabel', { bounds: bounds(labelBounds) }) } : {}),
      }),
    );
  };
  for (const pool of graph.pools) shape(pool.participantId, true);
  for (const lane of graph.lanes) shape(lane.id, true);
  for (const n of graph.nodes) shape(n.id, false);
  for (const d of graph.data) shape(d.id, false);
  for (const f of [...graph.flows, ...graph.messageFlows]) {
    const labelBounds = layout.labels.get(f.id);
    planeElement.push(
      create('bpmndi:BPMNEdge', {
        id: `${f.id}_di`,
        bpmnElement: el.get(f.id),
        waypoint: waypoints(layout.edges.get(f.id)!),
        ...(labelBounds ? { label: create('bpmndi:BPMNLabel', { bounds: bounds(labelBounds) }) } : {}),
      }),
    );
  }
  for (const a of associations) {
    planeElement.push(create('bpmndi:BPMNEdge', { id: `${a.id}_di`, bpmnElement: a.element, waypoint: waypoints(layout.edges.get(a.key)!) }));
  }
  const diagram = create('bpmndi:BPMNDiagram', {
    id: `Diagram_${graph.pools[0]!.processId}`,
    name: graph.name,
    plane: create('bpmndi:BPMNPlane', { id: `Plane_${graph.pools[0]!.processId}`, bpmnElement: collaboration, planeElement }),
  });
  const definitions = create('bpmn:Definitions', {
    id: `Definitions_${graph.pools[0]!.processId}`,
    targetNamespace: CCP_BPMN_NAMESPACE,
    exporter: 'ccp',
    ...(exporterVersion !== undefined ? { exporterVersion } : {}),
    rootElements: [collaboration, ...pools.map((p) => processes.get(p.key)!)],
    diagrams: [diagram],
  });
  const { xml } = await moddle.toXML(definitions, { format: true });
  return `${xml}\n`;
}

let moddleInstance: Moddle | undefined;

/** One bpmn-moddle for all files: making one reads the BPMN meta-model, which costs more than writing a file. */
function sharedModdle(): Moddle {
  return (moddleInstance ??= new (BpmnModdle as unknown as new () => Moddle)());
}

function nodePool(graph: BpmnGraph, id: string): string {
  return (graph.nodes.find((n: BpmnNode) => n.id === id) ?? { pool: 'center' }).pool;
}
