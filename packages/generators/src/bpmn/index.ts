/** BPMN 2.0 files with diagram interchange (pools, swimlanes, our own layout), one per process. */
export { generateBpmn, type BpmnFile, type BpmnOptions } from './generate-bpmn.js';
export { buildBpmnGraph, type BpmnGraph, type BpmnNode, type BpmnFlow, type BpmnLane, type BpmnPool, type BpmnData, type NodeKind, type PoolKey } from './bpmn-graph.js';
export { layoutBpmn, type BpmnLayout, type Bounds, type Point } from './layout.js';
export { bpmnXml, CCP_BPMN_NAMESPACE } from './to-xml.js';
export { xmlId } from './xml-id.js';
