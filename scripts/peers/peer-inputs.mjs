/**
 * Inputs for the peers that match a ccp project of N steps: a LikeC4 model of N elements (systems, containers and
 * components, with one relationship per component, spread over one file per system) and a BPMN file of N tasks in
 * sequence with its diagram interchange (shapes and edges), as a modeler would save it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Writes a LikeC4 workspace of about `elements` elements into `dir`. */
export function writeLikeC4(dir, elements) {
  mkdirSync(dir, { recursive: true });
  const perSystem = 100; // 1 system + 9 containers + 90 components
  const systems = Math.max(1, Math.round(elements / perSystem));
  writeFileSync(
    join(dir, 'specification.c4'),
    `specification {\n  element system\n  element container\n  element component\n}\n\nviews {\n  view index {\n    include *\n  }\n}\n`,
  );
  for (let s = 0; s < systems; s++) {
    const out = [`model {`, `  s${s} = system 'System ${s}' {`, `    description 'Synthetic system ${s}'`];
    for (let c = 0; c < 9; c++) {
      out.push(`    s${s}c${c} = container 'Container ${s}.${c}' {`);
      for (let k = 0; k < 10; k++) {
        const next = k < 9 ? `s${s}.s${s}c${c}.s${s}c${c}k${k + 1}` : `s${(s + 1) % systems}.s${(s + 1) % systems}c${c}.s${(s + 1) % systems}c${c}k0`;
        out.push(
          `      s${s}c${c}k${k} = component 'Component ${s}.${c}.${k}' {`,
          `        description 'Handles step ${k} of flow ${c}'`,
          `        -> ${next} 'hands over to'`,
          `      }`,
        );
      }
      out.push('    }');
    }
    out.push('  }', '}', '');
    writeFileSync(join(dir, `system-${s}.c4`), out.join('\n'));
  }
  return systems * perSystem;
}

/** Writes a BPMN 2.0 file of `tasks` tasks in one sequence, with a start and an end event, and a .bpmnlintrc. */
export function writeBpmn(dir, tasks) {
  mkdirSync(dir, { recursive: true });
  const flow = [];
  const shapes = [];
  const edges = [];
  const ids = ['start', ...Array.from({ length: tasks }, (_, i) => `task_${i}`), 'end'];
  const shape = (id, i, w, h) => `      <bpmndi:BPMNShape id="${id}_di" bpmnElement="${id}"><dc:Bounds x="${150 + i * 150}" y="100" width="${w}" height="${h}" /></bpmndi:BPMNShape>`;
  flow.push(`    <bpmn:startEvent id="start" name="Request received"><bpmn:outgoing>flow_0</bpmn:outgoing></bpmn:startEvent>`);
  shapes.push(shape('start', 0, 36, 36));
  for (let i = 0; i < tasks; i++) {
    flow.push(`    <bpmn:task id="task_${i}" name="Task ${i}"><bpmn:incoming>flow_${i}</bpmn:incoming><bpmn:outgoing>flow_${i + 1}</bpmn:outgoing></bpmn:task>`);
    shapes.push(shape(`task_${i}`, i + 1, 100, 80));
  }
  flow.push(`    <bpmn:endEvent id="end" name="Done"><bpmn:incoming>flow_${tasks}</bpmn:incoming></bpmn:endEvent>`);
  shapes.push(shape('end', tasks + 1, 36, 36));
  for (let i = 0; i <= tasks; i++) {
    flow.push(`    <bpmn:sequenceFlow id="flow_${i}" sourceRef="${ids[i]}" targetRef="${ids[i + 1]}" />`);
    edges.push(
      `      <bpmndi:BPMNEdge id="flow_${i}_di" bpmnElement="flow_${i}"><di:waypoint x="${250 + i * 150}" y="140" /><di:waypoint x="${300 + i * 150}" y="140" /></bpmndi:BPMNEdge>`,
    );
  }
  const xml = bpmnDocument({ id: 'defs', body: `  <bpmn:process id="process" isExecutable="false">\n${flow.join('\n')}\n  </bpmn:process>`, diagram: 'diagram', plane: 'process', shapes, edges });
  writeFileSync(join(dir, 'process.bpmn'), xml);
  writeBpmnlintrc(dir);
  return join(dir, 'process.bpmn');
}

/** The .bpmnlintrc of a folder of BPMN files: bpmnlint's recommended rules. */
export function writeBpmnlintrc(dir) {
  writeFileSync(join(dir, '.bpmnlintrc'), JSON.stringify({ extends: 'bpmnlint:recommended' }) + '\n');
}

/**
 * A BPMN 2.0 document: `body` (the collaboration and process elements, indented), then a diagram whose plane shows
 * `plane` with the given shapes and edges.
 */
export function bpmnDocument({ id, body, diagram, plane, shapes, edges }) {
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="${id}" targetNamespace="http://bpmn.io/schema/bpmn">
${body}
  <bpmndi:BPMNDiagram id="${diagram}">
    <bpmndi:BPMNPlane id="${diagram}_plane" bpmnElement="${plane}">
${shapes.join('\n')}
${edges.join('\n')}
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>
`;
}
