import { label, type Model, type ModelIndex, type Persona, type Step, type Touchpoint } from '@ccp/core';
import { journeySections } from '../mermaid/journey-sections.js';
import type { BlueprintWords } from './words.js';
import { docWords } from '../docs/words.js';

/** A step as a blueprint shows it, in the frontstage or the backstage row of its touchpoint's column. */
export interface BlueprintStep {
  /** `<process>/<step>`, unique in the column. */
  key: string;
  name: string;
  role?: string;
  front: boolean;
  decision: boolean;
  /** The sub-process the step hands over to (`calls:`), by display name. */
  calls?: string;
}

/** A system (or a function area without one) and the functions the column's steps use from it. */
export interface BlueprintSupport {
  system: string;
  functions: string[];
}

/** One column: a touchpoint, what the customer does there, and the work it starts. */
export interface BlueprintColumn {
  touchpoint: Touchpoint;
  name: string;
  channels: string[];
  initiator?: 'customer' | 'company';
  satisfaction?: number;
  pains: string[];
  momentOfTruth: boolean;
  steps: BlueprintStep[];
  /** Flow between the customer action (`customer`) and steps, by key, in the process's order. */
  flows: [string, string][];
  support: BlueprintSupport[];
}

export interface BlueprintStage {
  title: string;
  columns: BlueprintColumn[];
}

export const CUSTOMER = 'customer';

/**
 * What a persona's service blueprint shows (all customers when `persona` is undefined): the journey's stages and
 * touchpoints in order (as in the journey diagram), and for each touchpoint the steps of the process it starts.
 * A step is frontstage when `visibility: front` says so, or, without `visibility:`, when its role answers one of
 * the touchpoint's channels (`handled_by:`); every other step is backstage. Support is the systems behind the
 * functions the steps use (a function's `system:`, or the systems of its area kind) and the data they read or
 * write, plus the functions the customer uses on the touchpoint itself (self-service).
 */
export function blueprintContent(model: Model, persona: Persona | undefined, index: ModelIndex, words: BlueprintWords, noStage: string): BlueprintStage[] {
  // a channel's medium in the output language's words (voice: głos), else as written
  const values = docWords(model.project?.outputLanguage).values;
  const medium = (m: string) => (Object.hasOwn(values, m) ? values[m]! : m);
  return journeySections(model, persona, noStage).map((section) => ({
    title: section.title,
    columns: section.touchpoints.map((tp) => column(tp, index, words, medium)),
  }));
}

function column(tp: Touchpoint, index: ModelIndex, words: BlueprintWords, medium: (m: string) => string): BlueprintColumn {
  const channels = tp.channels.map((ref) => index.channels.get(ref.id));
  const channelNames = tp.channels.map((ref, i) => {
    const c = channels[i];
    return c ? (c.medium ? `${label(c)} (${medium(c.medium)})` : label(c)) : ref.id;
  });
  const facing = new Set<string>();
  for (const c of channels) for (const r of c?.handledBy ?? []) facing.add(r.id);
  const process = tp.starts ? index.processes.get(tp.starts.id) : undefined;
  const steps: BlueprintStep[] = [];
  const flows: [string, string][] = [];
  const seen = new Set<string>();
  const own = process ? process.steps.filter((s) => (seen.has(s.id) ? false : (seen.add(s.id), true))) : [];
  const key = (s: Step) => `${s.process}/${s.id}`;
  for (const s of own) {
    const role = s.role ? index.roles.get(s.role.id) : undefined;
    const called = s.calls ? index.processes.get(s.calls.id) : undefined;
    steps.push({
      key: key(s),
      name: label(s),
      role: s.role ? (role ? label(role) : s.role.id) : undefined,
      front: s.visibility ? s.visibility === 'front' : s.role !== undefined && facing.has(s.role.id),
      decision: (s.decision?.branches.length ?? 0) > 0,
      calls: s.calls ? (called ? label(called) : s.calls.id) : undefined,
    });
  }
  if (own[0]) flows.push([CUSTOMER, key(own[0])]);
  for (const s of own) {
    const targets = [...s.next.map((r) => r.id), ...(s.decision?.branches.map((b) => b.target.id) ?? [])];
    for (const t of new Set(targets)) if (seen.has(t)) flows.push([key(s), `${s.process}/${t}`]);
  }
  return {
    touchpoint: tp,
    name: label(tp),
    channels: channelNames,
    initiator: tp.initiator,
    satisfaction: tp.satisfaction,
    pains: tp.pains ?? [],
    momentOfTruth: tp.momentOfTruth === true,
    steps,
    flows,
    support: support(tp, own, index, words),
  };
}

function support(tp: Touchpoint, steps: Step[], index: ModelIndex, words: BlueprintWords): BlueprintSupport[] {
  const bySystem = new Map<string, Set<string>>();
  const add = (system: string, fn?: string) => {
    let set = bySystem.get(system);
    if (!set) bySystem.set(system, (set = new Set()));
    if (fn !== undefined) set.add(fn);
  };
  const systemsOfKind = (kind: string) => index.model.systems.filter((s) => s.systemKind === kind);
  const useFunction = (id: string) => {
    const fn = index.functions.get(id);
    if (!fn) return;
    const name = label(fn);
    if (fn.system) {
      const sys = index.systems.get(fn.system.id);
      add(sys ? label(sys) : fn.system.id, name);
    } else {
      const kind = fn.area ? systemsOfKind(fn.area) : [];
      if (kind.length === 0) add(fn.area ?? words.noSystem, name);
      for (const s of kind) add(label(s), name);
    }
  };
  for (const ref of tp.uses ?? []) useFunction(ref.id);
  for (const ref of tp.channels) for (const f of index.channels.get(ref.id)?.uses ?? []) useFunction(f.id);
  for (const step of steps) {
    for (const ref of step.uses) useFunction(ref.id);
    for (const ref of [...step.reads, ...step.writes]) {
      const sysRef = index.data.get(ref.id)?.system;
      const sys = sysRef ? index.systems.get(sysRef.id) : undefined;
      if (sys) add(label(sys));
    }
  }
  return [...bySystem].map(([system, fns]) => ({ system, functions: [...fns] }));
}
