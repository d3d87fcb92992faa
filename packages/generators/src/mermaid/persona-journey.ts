import { indexModel, label, type Model, type ModelIndex, type Persona, type Touchpoint } from '@ccp/core';
import { journeyText } from './escape.js';
import type { DiagramOptions } from './options.js';
import { wordsFor } from './words.js';

/**
 * Mermaid's journey tasks need a satisfaction score (1-5); the model has none, so every task shows a neutral 3
 * and the picture reads as stages, touchpoints and channels rather than as a mood curve.
 */
export const NEUTRAL_SCORE = 3;

/**
 * A `journey` diagram for one persona (or for all customers when `persona` is undefined): a section per stage in
 * journey order, a task per touchpoint the persona meets there (touchpoints without `personas:` concern everyone),
 * with the touchpoint's channels as the task's actors. Touchpoints without a stage come last.
 */
export function personaJourney(model: Model, persona: Persona | undefined, options: DiagramOptions = {}, index: ModelIndex = indexModel(model)): string {
  const words = wordsFor(options.language ?? model.project?.outputLanguage);
  const touchpoints = model.touchpoints.filter((tp) => concerns(tp, persona));
  const lines = ['journey', `  title ${journeyText(persona ? label(persona) : words.allCustomers)}`];
  const stages = [...model.stages].sort((a, b) => a.order - b.order);
  const sections: [string, Touchpoint[]][] = stages.map((stage) => [label(stage), []]);
  const sectionOf = new Map(stages.map((stage, i) => [stage.id, i]));
  const unknown = new Map<string, Touchpoint[]>();
  const noStage: Touchpoint[] = [];
  for (const tp of touchpoints) {
    const at = tp.stage ? sectionOf.get(tp.stage.id) : undefined;
    if (at !== undefined) sections[at]![1].push(tp);
    else if (tp.stage) {
      const list = unknown.get(tp.stage.id);
      if (list) list.push(tp);
      else unknown.set(tp.stage.id, [tp]);
    }
    else noStage.push(tp);
  }
  for (const [id, list] of unknown) sections.push([id, list]);
  sections.push([words.noStage, noStage]);
  for (const [title, list] of sections) {
    if (list.length === 0) continue;
    lines.push(`  section ${journeyText(title)}`);
    for (const tp of list) {
      const actors = tp.channels.map((ref) => {
        const channel = index.channels.get(ref.id);
        return journeyText(channel ? label(channel) : ref.id);
      });
      const uniqueActors = [...new Set(actors)];
      const tail = uniqueActors.length > 0 ? `: ${uniqueActors.join(', ')}` : '';
      lines.push(`    ${journeyText(label(tp))}: ${NEUTRAL_SCORE}${tail}`);
    }
  }
  return lines.join('\n') + '\n';
}

function concerns(tp: Touchpoint, persona: Persona | undefined): boolean {
  return persona === undefined || tp.personas.length === 0 || tp.personas.some((ref) => ref.id === persona.id);
}
