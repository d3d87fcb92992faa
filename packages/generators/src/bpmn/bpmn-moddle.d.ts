// bpmn-moddle ships types for the BPMN elements but none for its class: to-xml.ts declares the part it uses.
declare module 'bpmn-moddle' {
  export const BpmnModdle: unknown;
}
