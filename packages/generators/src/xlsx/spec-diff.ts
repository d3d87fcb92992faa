import type { Model } from '@ccp/core';
import { specRequirements } from './requirements.js';
import { scoringRules } from './scoring-rules.js';
import type { SpecMetadata } from './spec-content.js';

/** How the requirements recorded in a filled copy differ from those the model gives now. */
export interface SpecDiff {
  added: string[];
  removed: string[];
  changed: string[];
}

export function diffRequirements(meta: SpecMetadata, model: Model): SpecDiff {
  const now = specRequirements(model, meta.language);
  const then = new Map(meta.requirements.map((r) => [r.id, r.hash]));
  const current = new Map(now.map((r) => [r.id, r.hash]));
  return {
    added: now.filter((r) => !then.has(r.id)).map((r) => r.id),
    removed: meta.requirements.filter((r) => !current.has(r.id)).map((r) => r.id),
    changed: now.filter((r) => then.has(r.id) && then.get(r.id) !== r.hash).map((r) => r.id),
  };
}

function list(ids: string[]): string {
  const shown = ids.slice(0, 15).map((id) => `'${id}'`).join(', ');
  return ids.length > 15 ? `${shown} and ${ids.length - 15} more` : shown;
}

/**
 * Why a filled copy cannot be scored against the model, or undefined when it matches: another project, or
 * another version of the design (naming the functions added, removed and changed since).
 */
export function specMismatch(meta: SpecMetadata, model: Model): string | undefined {
  const project = model.project?.id ?? '';
  if (meta.project !== project)
    return `it is the specification of project '${meta.project || '(none)'}'${meta.projectName && meta.projectName !== meta.project ? ` (${meta.projectName})` : ''}, not of '${project || '(none)'}'`;
  const d = diffRequirements(meta, model);
  if (d.added.length + d.removed.length + d.changed.length === 0) return scoringMismatch(meta, model);
  const parts = [
    d.added.length ? `added since: ${list(d.added)}` : '',
    d.removed.length ? `removed since: ${list(d.removed)}` : '',
    d.changed.length ? `text changed since: ${list(d.changed)}` : '',
  ].filter(Boolean);
  return `it was made from another version of the design (version ${meta.version || '?'} of ${meta.date || '?'}); ${parts.join('; ')}. Score it against that version, or send the vendor the current spec`;
}

/**
 * Why the scoring rules locked in a filled copy differ from the design's, or undefined: offers are scored by the
 * rules published with the spec, so changed weights, points, knock-outs or costs need a new spec.
 */
export function scoringMismatch(meta: SpecMetadata, model: Model): string | undefined {
  const now = scoringRules(model.tender, specRequirements(model, meta.language)).hash;
  if (meta.scoringHash === now) return undefined;
  const what = !meta.scoringHash ? 'the design now declares a tender with its own scoring rules' : !now ? 'the design no longer declares the tender whose rules it states' : 'the tender\'s scoring rules (weights, points, knock-outs or costs) changed since';
  return `it was sent with other scoring rules (version ${meta.version || '?'} of ${meta.date || '?'}): ${what}. Score it against that version, or send the vendors a new spec`;
}
