import { indexModel, label, type Model, type OutputLanguage, type Persona } from '@ccp/core';
import { nodeId } from '../mermaid/escape.js';
import { safeStem, uniqueNames } from '../mermaid/file-name.js';
import { wordsFor } from '../mermaid/words.js';
import { blueprintContent, type BlueprintStage } from './blueprint-content.js';
import { drawBlueprint, type BlueprintDrawing } from './blueprint-svg.js';
import { blueprintWords } from './words.js';

/** One service blueprint: the SVG, and its file name stem (`blueprint-<persona>`). */
export interface Blueprint {
  /** The persona shown; undefined for the all-customers blueprint. */
  elementId?: string;
  name: string;
  title: string;
  svg: string;
  width: number;
  height: number;
  bands: number;
  minFontSize: number;
}

/**
 * Drawings kept between calls by a caller that draws the same design again and again (`ccp serve`): per persona, the
 * drawing and what it was drawn from. A blueprint whose content did not change is not laid out again.
 */
export type BlueprintDrawings = Map<string, { content: string; drawing: BlueprintDrawing }>;

/** What a drawing depends on, as text: the stages (names, not the model's objects and their source positions). */
function contentKey(stages: BlueprintStage[], title: string, id: string): string {
  return `${title}\n${id}\n${JSON.stringify(stages, (key, value: unknown) => (key === 'touchpoint' ? undefined : value))}`;
}

/**
 * A blueprint per persona with touchpoints (one for all customers when no persona is declared), in declaration
 * order. The same model gives byte-identical SVG.
 */
export function generateBlueprints(model: Model, options: { language?: OutputLanguage; drawings?: BlueprintDrawings } = {}): Blueprint[] {
  const language = options.language ?? model.project?.outputLanguage;
  const words = blueprintWords(language);
  const noStage = wordsFor(language).noStage;
  const index = indexModel(model);
  const targets: (Persona | undefined)[] = [];
  const seen = new Set<string>();
  for (const p of model.personas) if (!seen.has(p.id)) (seen.add(p.id), targets.push(p));
  if (model.personas.length === 0) targets.push(undefined);
  const out: Omit<Blueprint, 'name'>[] = [];
  const raw: string[] = [];
  for (const persona of targets) {
    const stages = blueprintContent(model, persona, index, words, noStage);
    if (stages.length === 0) continue;
    const who = persona ? label(persona) : wordsFor(language).allCustomers;
    const title = `${words.title}: ${who}`;
    const id = nodeId('bp', persona?.id ?? 'all');
    const drawing = reuse(options.drawings, persona?.id ?? '', () => contentKey(stages, title, id), () => drawBlueprint(stages, title, id, words));
    out.push({ elementId: persona?.id, title, ...drawing });
    raw.push(persona ? `blueprint-${safeStem(persona.id)}` : 'blueprint');
  }
  if (options.drawings) for (const key of [...options.drawings.keys()]) if (!targets.some((p) => (p?.id ?? '') === key)) options.drawings.delete(key);
  const names = uniqueNames(raw);
  return out.map((b, i) => ({ ...b, name: names[i]! }));
}

/** The kept drawing when its content is the same, else a new one (kept for the next call). */
function reuse(drawings: BlueprintDrawings | undefined, key: string, content: () => string, draw: () => BlueprintDrawing): BlueprintDrawing {
  if (!drawings) return draw();
  const now = content();
  const kept = drawings.get(key);
  if (kept && kept.content === now) return kept.drawing;
  const drawing = draw();
  drawings.set(key, { content: now, drawing });
  return drawing;
}
