/** The design's requirements as ReqIF 1.2, for requirements tools (DOORS, Polarion, codebeamer, StrictDoc). */
export { writeReqif, renderReqif, reqifNamespace, ids as reqifIds } from './write-reqif.js';
export { buildReqifContent } from './reqif-content.js';
export type { ReqifOptions, ReqifContent, ReqifArea, ReqifRequirement, StatusValue, ReqifWords } from './reqif-content.js';
export { xmlAttr, xmlText, xmlClean, idPart } from './xml.js';
