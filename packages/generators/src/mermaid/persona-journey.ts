import { pushAll } from '@ccp/core';
import { indexModel, label, type Model, type ModelIndex, type Persona, type Touchpoint } from '@ccp/core';
import { journeyText } from './escape.js';
import { wrapText } from '../text/wrap-text.js';
import { journeySections } from './journey-sections.js';
import type { DiagramOptions } from './options.js';
import { wordsFor } from './words.js';

/**
 * Mermaid's journey tasks need a satisfaction score (1-5): a touchpoint's `satisfaction:`, or a neutral 3 when it
 * has none (or one out of range, which the checker reports).
 */
export const NEUTRAL_SCORE = 3;

/** Size of a task box and its text, set in the diagram's front matter; labels are wrapped to fit (issue 20). */
export const JOURNEY_TASK = { width: 170, height: 74, fontSize: 12, padding: 8, lines: 5, nameLines: 3 } as const;
const SECTION_GAP = 50; // Mermaid's diagramMarginX between tasks

/** The score a touchpoint shows: its satisfaction when it is a whole 1-5, else neutral. */
export function journeyScore(tp: Touchpoint): number {
  const s = tp.satisfaction;
  return s !== undefined && Number.isInteger(s) && s >= 1 && s <= 5 ? s : NEUTRAL_SCORE;
}

/** The lines of a task: the name (starred for a moment of truth), then the first pain point, all wrapped to the box. */
export function taskLines(tp: Touchpoint): string[] {
  const width = JOURNEY_TASK.width - 2 * JOURNEY_TASK.padding;
  const pains = tp.pains ?? [];
  const name = (tp.momentOfTruth ? '★ ' : '') + label(tp);
  const lines = wrapText(name, width, JOURNEY_TASK.fontSize, pains.length > 0 ? JOURNEY_TASK.nameLines : JOURNEY_TASK.lines);
  if (pains.length > 0) {
    const more = pains.length > 1 ? ` (+${pains.length - 1})` : '';
    pushAll(lines, wrapText(`⚠ ${pains[0]}${more}`, width, JOURNEY_TASK.fontSize, JOURNEY_TASK.lines - lines.length));
  }
  return lines;
}

/**
 * Journey settings in the diagram's front matter: SVG text lines (Mermaid breaks them at `<br>`; its HTML labels
 * would not) in boxes sized for the wrapped labels. Mermaid reads the journey's text colours once, at load, so
 * the dark text is set by CSS; otherwise the SVG text is white on pale boxes.
 */
function frontMatter(): string[] {
  const t = JOURNEY_TASK;
  return ['---', 'config:', '  journey:', '    textPlacement: tspan', `    taskFontSize: ${t.fontSize}`, `    height: ${t.height}`, `    width: ${t.width}`, '  themeCSS: "text.task, text.journey-section { fill: #1f2933 }"', '---'];
}

/**
 * A `journey` diagram for one persona (or for all customers when `persona` is undefined): a section per stage in
 * journey order, a task per touchpoint the persona meets there (touchpoints without `personas:` concern everyone),
 * with the touchpoint's channels as the task's actors. Touchpoints without a stage come last.
 */
export function personaJourney(model: Model, persona: Persona | undefined, options: DiagramOptions = {}, index: ModelIndex = indexModel(model)): string {
  const words = wordsFor(options.language ?? model.project?.outputLanguage);
  const lines = [...frontMatter(), 'journey', `  title ${journeyText(persona ? label(persona) : words.allCustomers)}`];
  for (const { title, touchpoints: list } of journeySections(model, persona, words.noStage)) {
    const sectionWidth = JOURNEY_TASK.width * list.length + SECTION_GAP * (list.length - 1) - 2 * JOURNEY_TASK.padding;
    lines.push(`  section ${wrapText(title, sectionWidth, JOURNEY_TASK.fontSize, JOURNEY_TASK.lines).map(journeyText).join('<br>')}`);
    for (const tp of list) {
      const actors = tp.channels.map((ref) => {
        const channel = index.channels.get(ref.id);
        return journeyText(channel ? label(channel) : ref.id);
      });
      const uniqueActors = [...new Set(actors)];
      const tail = uniqueActors.length > 0 ? `: ${uniqueActors.join(', ')}` : '';
      lines.push(`    ${taskLines(tp).map(journeyText).join('<br>')}: ${journeyScore(tp)}${tail}`);
    }
  }
  return lines.join('\n') + '\n';
}
