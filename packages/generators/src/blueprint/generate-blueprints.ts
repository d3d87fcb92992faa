import { indexModel, label, type Model, type OutputLanguage, type Persona } from '@ccp/core';
import { nodeId } from '../mermaid/escape.js';
import { safeStem, uniqueNames } from '../mermaid/file-name.js';
import { wordsFor } from '../mermaid/words.js';
import { blueprintContent } from './blueprint-content.js';
import { drawBlueprint } from './blueprint-svg.js';
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
 * A blueprint per persona with touchpoints (one for all customers when no persona is declared), in declaration
 * order. The same model gives byte-identical SVG.
 */
export function generateBlueprints(model: Model, options: { language?: OutputLanguage } = {}): Blueprint[] {
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
    const drawing = drawBlueprint(stages, title, nodeId('bp', persona?.id ?? 'all'), words);
    out.push({ elementId: persona?.id, title, ...drawing });
    raw.push(persona ? `blueprint-${safeStem(persona.id)}` : 'blueprint');
  }
  const names = uniqueNames(raw);
  return out.map((b, i) => ({ ...b, name: names[i]! }));
}
