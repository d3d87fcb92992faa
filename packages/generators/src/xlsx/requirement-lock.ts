import type { Model, OutputLanguage } from '@ccp/core';
import { specRequirements, type Requirement } from './requirements.js';
import { scoringRules, type ScoringRules } from './scoring-rules.js';

/**
 * What a sent spec is locked to: the one definition of "the requirements vendors answered". The spec's hidden
 * metadata records it (`buildSpecContent`), the scorer compares a filled copy's record with the design it scores
 * against (`specMismatch`), and `ccp diff` compares the lock of the old version with the new design the same way,
 * so its `procurementResend` is true exactly when the scorer would refuse answers to the old spec.
 */
export interface RequirementLock {
  /** The project's id: a spec of another project is never scored. */
  project: string;
  /** The language of the spec: derived requirements' texts depend on it. */
  language: OutputLanguage;
  /** Every answerable row's id and the fingerprint of what in it a vendor answered (`Requirement.hash`). */
  requirements: readonly { id: string; hash: string }[];
  /** The fingerprint of the tender's scoring rules ('' for the defaults). */
  scoringHash: string;
}

type Locked = { requirements: Requirement[]; rules: ScoringRules };
/** Per model and language: scoring 20 files checks each against the same model (1,000 fingerprints each time). */
const memo = new WeakMap<Model, Partial<Record<OutputLanguage, Locked>>>();

/** The requirements of a spec and the scoring rules over them: what `ccp spec` writes and what scoring reads. */
export function lockedRequirements(model: Model, language: OutputLanguage): Locked {
  const requirements = specRequirements(model, language);
  return { requirements, rules: scoringRules(model.tender, requirements) };
}

/** `lockedRequirements`, remembered per model object (resolved models are not changed); read-only. */
function remembered(model: Model, language: OutputLanguage): Locked {
  let byLanguage = memo.get(model);
  if (!byLanguage) memo.set(model, (byLanguage = {}));
  return (byLanguage[language] ??= lockedRequirements(model, language));
}

/** The lock of the spec that `ccp spec` writes from this model in this language (default: its `output_language`). */
export function requirementLock(model: Model, language: OutputLanguage = model.project?.outputLanguage ?? 'en'): RequirementLock {
  const { requirements, rules } = lockedRequirements(model, language);
  return { project: model.project?.id ?? '', language, requirements: requirements.map((r) => ({ id: r.id, hash: r.hash })), scoringHash: rules.hash };
}

/** A requirement by id with the name it is shown under (from the design that has it). */
export interface LockedRequirement {
  id: string;
  name: string;
}

/** How a design breaks a lock: empty lists, no project change and the same scoring hash mean answers still score. */
export interface LockBreak {
  /** The project ids, when they differ. */
  project?: { old: string; new: string };
  /** Requirements the design has that the spec did not: vendors never answered them. */
  added: LockedRequirement[];
  /** Requirements the spec asked that the design no longer has. */
  removed: LockedRequirement[];
  /** Requirements whose answered text, priority, weight, area or category changed (their fingerprint differs). */
  changed: LockedRequirement[];
  /** The tender's scoring rules differ from those the spec published. */
  scoringRulesChanged: boolean;
}

/**
 * How `model` differs from the spec locked in `lock`, as the scorer judges it: the requirements are computed in the
 * lock's language and compared by id and fingerprint; then the scoring hash. `oldNames` names the removed rows.
 */
export function lockBreak(lock: RequirementLock, model: Model, oldNames: ReadonlyMap<string, string> = new Map()): LockBreak {
  const project = model.project?.id ?? '';
  const { requirements: now, rules } = remembered(model, lock.language);
  const then = new Map(lock.requirements.map((r) => [r.id, r.hash]));
  const current = new Set(now.map((r) => r.id));
  const out: LockBreak = {
    added: now.filter((r) => !then.has(r.id)).map((r) => ({ id: r.id, name: r.name })),
    removed: lock.requirements.filter((r) => !current.has(r.id)).map((r) => ({ id: r.id, name: oldNames.get(r.id) ?? r.id })),
    changed: now.filter((r) => then.has(r.id) && then.get(r.id) !== r.hash).map((r) => ({ id: r.id, name: r.name })),
    scoringRulesChanged: lock.scoringHash !== rules.hash,
  };
  if (lock.project !== project) out.project = { old: lock.project, new: project };
  return out;
}

/** True when answers to the locked spec cannot be scored against the design. */
export function isBroken(b: LockBreak): boolean {
  return b.project !== undefined || b.added.length + b.removed.length + b.changed.length > 0 || b.scoringRulesChanged;
}

/** Names of the old version's requirements, for naming removed rows. */
export function requirementNames(model: Model, language: OutputLanguage = model.project?.outputLanguage ?? 'en'): Map<string, string> {
  return new Map(specRequirements(model, language).map((r) => [r.id, r.name]));
}
