import { cliMessage, cliText, type CliText, type Model, type OutputLanguage } from '@ccp/core';
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

/** The requirement changes of a broken lock as catalog messages: "added since: 'a'", "changed since (text, ...): 'b'". */
export function lockBreakTexts(b: LockBreak): CliText[] {
  const ids = (l: { id: string }[]) => l.map((r) => r.id);
  const out: CliText[] = [];
  if (b.added.length) out.push(cliText('lockAdded', { ids: ids(b.added) }));
  if (b.removed.length) out.push(cliText('lockRemoved', { ids: ids(b.removed) }));
  if (b.changed.length) out.push(cliText('lockChanged', { ids: ids(b.changed) }));
  return out;
}

/** The requirement changes of a broken lock in words, in `language` (English by default). */
export function lockBreakParts(b: LockBreak, language?: OutputLanguage): string[] {
  return lockBreakTexts(b).map((p) => cliMessage(p, language));
}

/**
 * Why a filled copy cannot be scored against the model, or undefined when it matches: another project, or
 * another version of the design (naming the functions added, removed and changed since), or other scoring rules.
 * The judgement is `lockBreak`'s, which `ccp diff` shares. In `language`, English by default.
 */
export function specMismatch(meta: SpecMetadata, model: Model, language?: OutputLanguage): string | undefined {
  const text = mismatchText(meta, model);
  return text && cliMessage(text, language);
}

function mismatchText(meta: SpecMetadata, model: Model): CliText | undefined {
  const b = lockBreak(meta, model);
  if (!isBroken(b)) return undefined;
  if (b.project) return cliText('specOtherProject', { project: meta.project, projectName: meta.projectName, current: b.project.new });
  const parts = lockBreakTexts(b);
  if (parts.length === 0) return scoringText(meta, model);
  return cliText('specOtherVersion', { version: meta.version, date: meta.date, parts });
}

/**
 * Why the scoring rules locked in a filled copy differ from the design's, or undefined: offers are scored by the
 * rules published with the spec, so changed weights, points, knock-outs or costs need a new spec.
 */
export function scoringMismatch(meta: SpecMetadata, model: Model, language?: OutputLanguage): string | undefined {
  const text = scoringText(meta, model);
  return text && cliMessage(text, language);
}

function scoringText(meta: SpecMetadata, model: Model): CliText | undefined {
  const b = lockBreak(meta, model);
  if (!b.scoringRulesChanged) return undefined;
  const what = !meta.scoringHash ? cliText('rulesNowTender') : !model.tender ? cliText('rulesNoTender') : cliText('rulesChanged');
  return cliText('specOtherRules', { version: meta.version, date: meta.date, what });
}
