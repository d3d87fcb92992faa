import { label, type Model, type Persona, type Touchpoint } from '@ccp/core';

/** One stage of a journey: its title and the touchpoints the persona meets there, in declaration order. */
export interface JourneySection {
  title: string;
  /** The declared stage, or the unknown id a touchpoint names; undefined for touchpoints without a stage. */
  stageId?: string;
  touchpoints: Touchpoint[];
}

/**
 * The sections of a persona's journey (all customers when `persona` is undefined): declared stages in order, then
 * stages that touchpoints name but nobody declared, then touchpoints without a stage (titled `noStage`). Empty
 * sections are left out. Journeys and service blueprints share it, so both show the same columns.
 */
export function journeySections(model: Model, persona: Persona | undefined, noStage: string): JourneySection[] {
  const touchpoints = model.touchpoints.filter((tp) => concerns(tp, persona));
  const stages = [...model.stages].sort((a, b) => a.order - b.order);
  const sections: JourneySection[] = stages.map((stage) => ({ title: label(stage), stageId: stage.id, touchpoints: [] }));
  const sectionOf = new Map(stages.map((stage, i) => [stage.id, i]));
  const unknown = new Map<string, Touchpoint[]>();
  const none: Touchpoint[] = [];
  for (const tp of touchpoints) {
    const at = tp.stage ? sectionOf.get(tp.stage.id) : undefined;
    if (at !== undefined) sections[at]!.touchpoints.push(tp);
    else if (tp.stage) {
      const list = unknown.get(tp.stage.id);
      if (list) list.push(tp);
      else unknown.set(tp.stage.id, [tp]);
    } else none.push(tp);
  }
  for (const [id, list] of unknown) sections.push({ title: id, stageId: id, touchpoints: list });
  sections.push({ title: noStage, touchpoints: none });
  return sections.filter((s) => s.touchpoints.length > 0);
}

function concerns(tp: Touchpoint, persona: Persona | undefined): boolean {
  return persona === undefined || tp.personas.length === 0 || tp.personas.some((ref) => ref.id === persona.id);
}
