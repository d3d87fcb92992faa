/**
 * Service blueprints (issue 20): per persona, the journey's touchpoints as columns and, in rows, the customer's
 * emotion, the physical evidence (channels), the customer's actions, frontstage and backstage steps and the support
 * systems, with the lines of interaction, visibility and internal interaction. Pure: model -> SVG text.
 */
export { generateBlueprints, type Blueprint, type BlueprintDrawings } from './generate-blueprints.js';
export { blueprintContent, type BlueprintColumn, type BlueprintStage, type BlueprintStep } from './blueprint-content.js';
export { drawBlueprint, type BlueprintDrawing } from './blueprint-svg.js';
export { blueprintWords, type BlueprintWords } from './words.js';
