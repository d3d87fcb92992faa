/**
 * Mermaid diagrams from the model: pure functions model -> `.mmd` text. See docs/diagrams.md.
 */
export { generateDiagrams, type Diagram, type DiagramKind } from './generate-diagrams.js';
export { processFlowchart, processFlowchartParts, PART_STEPS, SPLIT_ABOVE, type FlowchartText } from './process-flowchart.js';
export { journeySections, type JourneySection } from './journey-sections.js';
export { frontMatter } from './front-matter.js';
export { personaJourney, NEUTRAL_SCORE } from './persona-journey.js';
export { overviewFlowchart } from './overview.js';
export { flowchartLabel, journeyText, nodeId, NodeIds } from './escape.js';
export { safeStem, uniqueNames } from './file-name.js';
export type { DiagramOptions } from './options.js';
export { wordsFor, type Words } from './words.js';
