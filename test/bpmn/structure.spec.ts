import { describe, expect, it } from 'vitest';
import { bpmnCases, bpmnOf, readBpmn } from './bpmn-files.js';

/** What the BPMN says, read back with bpmn-moddle: pools, lanes, vendor hand-overs, gateways, calls, data. */
interface El {
  $type: string;
  id: string;
  name?: string;
  [key: string]: unknown;
}
const list = (e: El, key: string): El[] => (e[key] as El[] | undefined) ?? [];

async function parsed(caseName: string, process: string): Promise<{ defs: El; all: El[]; byId: Map<string, El> }> {
  const c = bpmnCases().find((x) => x.name === caseName)!;
  const file = (await bpmnOf(c.model)).find((f) => f.elementId === process)!;
  const defs = (await readBpmn(file.xml)).definitions as El;
  const all: El[] = [];
  const walk = (e: El): void => {
    all.push(e);
    for (const key of ['rootElements', 'flowElements', 'participants', 'messageFlows', 'laneSets', 'lanes']) for (const child of list(e, key)) walk(child);
  };
  walk(defs);
  return { defs, all, byId: new Map(all.map((e) => [e.id, e])) };
}

describe('BPMN structure', () => {
  it('the fixture: a center pool with a lane per role, a vendor pool, hand-overs as message flows', async () => {
    const { all } = await parsed('bpmn-handover', 'support');
    const participants = all.filter((e) => e.$type === 'bpmn:Participant');
    expect(participants.map((p) => p.name)).toEqual(['Shop & <Co> "Best"', 'CallPro']);
    const lanes = all.filter((e) => e.$type === 'bpmn:Lane').map((l) => l.name);
    expect(lanes).toEqual(['Consultant', 'Boss', '(no role)', 'Hotline agent (vendor)']);
    const messageFlows = all.filter((e) => e.$type === 'bpmn:MessageFlow');
    // triage -> escalate (back to the center), notify -> follow_up (to the vendor), follow_up -> close (back)
    expect(messageFlows.length).toBe(3);
    for (const m of messageFlows) {
      const [s, t] = [m.sourceRef as El, m.targetRef as El];
      expect(s.$parent !== t.$parent, `${m.id} crosses pools`).toBe(true);
    }
    const tasks = all.filter((e) => e.$type === 'bpmn:UserTask').map((t) => t.name);
    expect(tasks).toContain('Answer & close');
    expect(tasks).toContain('Close "the" case');
  });

  it('decisions: exclusive gateways with conditions on their flows and the otherwise branch as default', async () => {
    const { all } = await parsed('bpmn-handover', 'support');
    const gateway = all.find((e) => e.$type === 'bpmn:ExclusiveGateway' && e.name === 'Check the claim?')!;
    const out = list(gateway, 'outgoing');
    expect(out.length).toBe(2);
    const conditional = out.find((f) => f.conditionExpression)!;
    expect((conditional.conditionExpression as El).body).toBe('claim_value < 100 PLN');
    expect(conditional.name).toBe('claim_value < 100 PLN');
    expect(gateway.default).toBe(out.find((f) => !f.conditionExpression));
  });

  it('start events from touchpoints, end events, call activities, data associations', async () => {
    const { all } = await parsed('bpmn-handover', 'support');
    const starts = all.filter((e) => e.$type === 'bpmn:StartEvent').map((e) => e.name);
    expect(starts).toContain('Customer calls');
    expect(all.some((e) => e.$type === 'bpmn:EndEvent')).toBe(true);
    const call = all.find((e) => e.$type === 'bpmn:CallActivity')!;
    expect([call.name, call.calledElement]).toEqual(['Refund', 'Process_payout']);
    const take = all.find((e) => e.name === 'Take the call')!;
    const read = list(take, 'dataInputAssociations')[0]!;
    expect((list(read, 'sourceRef')[0]!.name)).toBe('Customer');
    expect(((list(take, 'dataOutputAssociations')[0]!.targetRef) as El).name).toBe('Ticket <T&C>');
    expect(all.filter((e) => e.$type === 'bpmn:DataObject').length).toBe(2 * 2); // ticket, customer in each pool
  });

  it('an outsourced process with only vendor steps: the center is a pool without a process', async () => {
    const { all } = await parsed('acme-contact-center', 'hotline');
    const [center, vendor] = all.filter((e) => e.$type === 'bpmn:Participant');
    expect(center!.processRef).toBeUndefined();
    expect((vendor!.processRef as El).id).toBe('VendorProcess_hotline');
  });

  it('lays lanes out as full-width horizontal swimlanes, nodes in their lanes, orthogonal edges', async () => {
    for (const c of bpmnCases()) {
      for (const file of await bpmnOf(c.model)) {
        const defs = (await readBpmn(file.xml)).definitions as El;
        const plane = (list(defs, 'diagrams')[0]!.plane as El);
        const bounds = new Map<string, { x: number; y: number; width: number; height: number }>();
        const edges: El[] = [];
        for (const di of list(plane, 'planeElement')) {
          if (di.$type === 'bpmndi:BPMNShape') bounds.set((di.bpmnElement as El).id, di.bounds as never);
          else edges.push(di);
        }
        for (const participant of list(plane.bpmnElement as El, 'participants')) {
          const pool = bounds.get(participant.id)!;
          const process = participant.processRef as El | undefined;
          if (!process) continue;
          const lanes = list(list(process, 'laneSets')[0]!, 'lanes');
          let y = pool.y;
          for (const lane of lanes) {
            const b = bounds.get(lane.id)!;
            expect([b.x, b.width, b.y], `${file.name}: lane ${lane.id} spans the pool`).toEqual([pool.x + 30, pool.width - 30, y]);
            y += b.height;
            for (const node of list(lane, 'flowNodeRef')) {
              const n = bounds.get(node.id)!;
              expect(n.y >= b.y && n.y + n.height <= b.y + b.height && n.x >= b.x && n.x + n.width <= b.x + b.width, `${file.name}: ${node.id} inside ${lane.id}`).toBe(true);
            }
          }
          expect(y, `${file.name}: lanes fill the pool`).toBe(pool.y + pool.height);
        }
        for (const edge of edges) {
          const el = edge.bpmnElement as El;
          if (el.$type !== 'bpmn:SequenceFlow' && el.$type !== 'bpmn:MessageFlow') continue;
          const points = list(edge, 'waypoint') as unknown as { x: number; y: number }[];
          expect(points.length).toBeGreaterThanOrEqual(2);
          for (let i = 1; i < points.length; i++) {
            expect(points[i]!.x === points[i - 1]!.x || points[i]!.y === points[i - 1]!.y, `${file.name}: ${el.id} is orthogonal`).toBe(true);
          }
        }
      }
    }
  });
});
