import type { Model } from '@ccp/core';
import { isBroken, lockBreak, type LockBreak } from './requirement-lock.js';
import type { SpecMetadata } from './spec-content.js';

/** How the requirements recorded in a filled copy differ from those the model gives now. */
export interface SpecDiff {
  added: string[];
  removed: string[];
  changed: string[];
}

export function diffRequirements(meta: SpecMetadata, model: Model): SpecDiff {
  const b = lockBreak(meta, model);
  const ids = (list: { id: string }[]) => list.map((r) => r.id);
  return { added: ids(b.added), removed: ids(b.removed), changed: ids(b.changed) };
}

function list(ids: string[]): string {
  const shown = ids.slice(0, 15).map((id) => `'${id}'`).join(', ');
  return ids.length > 15 ? `${shown} and ${ids.length - 15} more` : shown;
}

/** The requirement changes of a broken lock in words: "added since: 'a'; text changed since: 'b'". */
export function lockBreakParts(b: LockBreak): string[] {
  const ids = (l: { id: string }[]) => l.map((r) => r.id);
  return [
    b.added.length ? `added since: ${list(ids(b.added))}` : '',
    b.removed.length ? `removed since: ${list(ids(b.removed))}` : '',
    b.changed.length ? `text changed since: ${list(ids(b.changed))}` : '',
  ].filter(Boolean);
}

/**
 * Why a filled copy cannot be scored against the model, or undefined when it matches: another project, or
 * another version of the design (naming the functions added, removed and changed since), or other scoring rules.
 * The judgement is `lockBreak`'s, which `ccp diff` shares.
 */
export function specMismatch(meta: SpecMetadata, model: Model): string | undefined {
  const b = lockBreak(meta, model);
  if (!isBroken(b)) return undefined;
  if (b.project)
    return `it is the specification of project '${meta.project || '(none)'}'${meta.projectName && meta.projectName !== meta.project ? ` (${meta.projectName})` : ''}, not of '${b.project.new || '(none)'}'`;
  const parts = lockBreakParts(b);
  if (parts.length === 0) return scoringMismatch(meta, model);
  return `it was made from another version of the design (version ${meta.version || '?'} of ${meta.date || '?'}); ${parts.join('; ')}. Score it against that version, or send the vendor the current spec`;
}

/**
 * Why the scoring rules locked in a filled copy differ from the design's, or undefined: offers are scored by the
 * rules published with the spec, so changed weights, points, knock-outs or costs need a new spec.
 */
export function scoringMismatch(meta: SpecMetadata, model: Model): string | undefined {
  const b = lockBreak(meta, model);
  if (!b.scoringRulesChanged) return undefined;
  const what = !meta.scoringHash ? 'the design now declares a tender with its own scoring rules' : !model.tender ? 'the design no longer declares the tender whose rules it states' : 'the tender\'s scoring rules (weights, points, knock-outs or costs) changed since';
  return `it was sent with other scoring rules (version ${meta.version || '?'} of ${meta.date || '?'}): ${what}. Score it against that version, or send the vendors a new spec`;
}
