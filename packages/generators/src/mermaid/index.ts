/**
 * Mermaid diagrams from the model: pure functions model -> `.mmd` text. See docs/diagrams.md.
 */
export { generateDiagrams, type Diagram, type DiagramKind } from './generate-diagrams.js';
export { processFlowchart, type FlowchartText } from './process-flowchart.js';
export { personaJourney, NEUTRAL_SCORE } from './persona-journey.js';
export { overviewFlowchart } from './overview.js';
export { flowchartLabel, journeyText, nodeId, NodeIds } from './escape.js';
export { safeStem, uniqueNames } from './file-name.js';
export type { DiagramOptions } from './options.js';
export { wordsFor, type Words } from './words.js';
