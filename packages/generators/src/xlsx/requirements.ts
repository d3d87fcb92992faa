import { createHash } from 'node:crypto';
import { label, type FunctionReq, type Model, type OutputLanguage, type Priority } from '@ccp/core';
import { derivedRequirements } from './non-functional.js';

/** Which answerable sheet a requirement sits on. */
export type RequirementSheet = 'functions' | 'nfr';

/**
 * One answerable row of the spec: a function of the model, or a non-functional requirement derived from the
 * design. `hash` fingerprints the text a vendor answered, so a filled copy can be checked against the model.
 */
export interface Requirement {
  id: string;
  sheet: RequirementSheet;
  name: string;
  description: string;
  category: string;
  priority?: Priority;
  /** Weight in the score: the function's `weight`, else 3 for Must and 1 for Nice or no priority. */
  weight: number;
  hash: string;
  /** Where a derived requirement comes from, in words. */
  source?: string;
  /** The function's area (`system:` kind), for function rows. */
  area?: string;
  /** The function, for function rows. */
  fn?: FunctionReq;
}

/** Function categories that also appear on the non-functional sheet. */
export const nonFunctionalCategories = ['security', 'continuity', 'reporting', 'gdpr'] as const;

export function defaultWeight(priority: Priority | undefined): number {
  return priority === 'must' ? 3 : 1;
}

/** A short, stable fingerprint of the given parts (SHA-256, 16 hex digits). */
export function fingerprint(parts: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 16);
}

function functionRequirement(f: FunctionReq): Requirement {
  const weight = f.weight ?? defaultWeight(f.priority);
  return {
    id: f.id,
    sheet: 'functions',
    name: label(f),
    description: f.description ?? '',
    category: f.category,
    priority: f.priority,
    weight,
    area: f.area,
    hash: fingerprint([
      f.id,
      label(f),
      f.description ?? '',
      f.acceptance,
      f.priority ?? '',
      f.area ?? '',
      f.category,
      weight,
      f.roles.map((r) => r.id),
      f.records.map((r) => r.id),
    ]),
    fn: f,
  };
}

/**
 * Every answerable requirement in sheet order: the functions in declaration order (the first of a duplicated id
 * only), then the derived non-functional requirements. Pure; the language only changes derived texts.
 */
export function specRequirements(model: Model, language: OutputLanguage): Requirement[] {
  const seen = new Set<string>();
  const out: Requirement[] = [];
  for (const f of model.functions) {
    if (seen.has(f.id)) continue;
    seen.add(f.id);
    out.push(functionRequirement(f));
  }
  for (const d of derivedRequirements(model, language)) {
    out.push({ ...d, sheet: 'nfr', weight: defaultWeight(d.priority), hash: fingerprint([d.id, d.name, d.description, d.priority, d.category, d.source]) });
  }
  return out;
}
