import type { Model, Priority, Tender } from '@ccp/core';
import type { Answer } from './labels.js';
import { fingerprint } from './requirements.js';

/** A requirement as the scoring rules see it. */
export interface RuledRequirement {
  id: string;
  sheet: 'functions' | 'nfr';
  priority?: Priority | '';
  /** The function's `weight:`, else 3 for Must and 1 for Nice. */
  weight: number;
  /** The function's area (`system:` kind); derived rows are `non_functional`, functions without one `other`. */
  area?: string;
}

/** The rules every vendor is scored by, stated on the cover and locked in the metadata. */
export interface ScoringRules {
  /** The tender they come from; undefined: the defaults. */
  tender?: string;
  /** Points 0..100 per answer that may be given. */
  points: Partial<Record<Answer, number>>;
  /** Answers offered to vendors, in dropdown order. */
  answers: Answer[];
  /** The 0-5 scale with a definition per score, when the tender uses one instead of answers. */
  scale?: { score: number; definition: string }[];
  weightBy: 'function' | 'priority' | 'area';
  /** Shares of the score per priority or area, normalised to 100 over the groups that have requirements. */
  shares: { key: string; share: number }[];
  /** Weight of each requirement, normalised so that they sum to 100. */
  weights: Map<string, number>;
  /** Every Must is a knock-out criterion. */
  knockoutMusts: boolean;
  /** Further knock-out criteria by requirement id. */
  knockout: string[];
  /** Years of yearly cost in the total; undefined: one Cost column, no yearly cost. */
  costYears?: number;
  /** Share of the final score given to price, 0..1. */
  priceWeight: number;
  currency?: string;
  /** Fingerprint of all of the above ('' for the defaults, which files made before tenders existed also used). */
  hash: string;
}

export const defaultPoints: Record<Exclude<Answer, 'na'>, number> = { yes: 100, partial: 50, roadmap: 25, no: 0 };

const round4 = (n: number) => Math.round(n * 10_000) / 10_000;

export function areaOf(r: RuledRequirement): string {
  return r.sheet === 'nfr' ? 'non_functional' : r.area || 'other';
}

function groupOf(r: RuledRequirement, by: ScoringRules['weightBy']): string {
  return by === 'priority' ? (r.priority === 'must' ? 'must' : 'nice') : by === 'area' ? areaOf(r) : r.id;
}

/** Weights normalised to 100: each group's share split over its requirements in proportion to their weight. */
function normalisedWeights(reqs: RuledRequirement[], by: ScoringRules['weightBy'], given: { key: string; value: number }[]): { weights: Map<string, number>; shares: { key: string; share: number }[] } {
  const weights = new Map<string, number>();
  if (by === 'function') {
    const total = reqs.reduce((s, r) => s + r.weight, 0);
    for (const r of reqs) weights.set(r.id, total ? round4((100 * r.weight) / total) : 0);
    return { weights, shares: [] };
  }
  const inGroup = new Map<string, number>();
  for (const r of reqs) inGroup.set(groupOf(r, by), (inGroup.get(groupOf(r, by)) ?? 0) + r.weight);
  const present = given.filter((g) => (inGroup.get(g.key) ?? 0) > 0);
  const total = present.reduce((s, g) => s + g.value, 0);
  const shares = given.map((g) => ({ key: g.key, share: total && present.includes(g) ? round4((100 * g.value) / total) : 0 }));
  const shareOf = new Map(shares.map((s) => [s.key, s.share]));
  for (const r of reqs) {
    const g = groupOf(r, by);
    weights.set(r.id, round4(((shareOf.get(g) ?? 0) * r.weight) / (inGroup.get(g) || 1)));
  }
  return { weights, shares };
}

/** The rules of the model's tender (or the defaults) for these requirements. Pure. */
export function scoringRules(tender: Tender | undefined, reqs: RuledRequirement[]): ScoringRules {
  if (!tender) {
    const { weights } = normalisedWeights(reqs, 'function', []);
    return { points: { ...defaultPoints }, answers: ['yes', 'partial', 'no', 'roadmap'], weightBy: 'function', shares: [], weights, knockoutMusts: true, knockout: [], priceWeight: 0, hash: '' };
  }
  const points: Partial<Record<Answer, number>> = { ...defaultPoints };
  for (const p of tender.points) points[p.answer] = p.points;
  const answers: Answer[] = ['yes', 'partial', 'no', 'roadmap', ...(points.na !== undefined ? (['na'] as const) : [])];
  const by = tender.priorityWeights.length ? 'priority' : tender.areaWeights.length ? 'area' : 'function';
  const given = by === 'priority' ? tender.priorityWeights : tender.areaWeights;
  const { weights, shares } = normalisedWeights(reqs, by, given);
  const scale = tender.scale.length ? [...tender.scale].sort((a, b) => a.score - b.score).map((s) => ({ score: s.score, definition: s.definition })) : undefined;
  const rules: ScoringRules = {
    tender: tender.id,
    points: scale ? {} : points,
    answers: scale ? [] : answers,
    scale,
    weightBy: by,
    shares,
    weights,
    knockoutMusts: tender.knockoutMusts,
    knockout: [...new Set(tender.knockout.map((r) => r.id))],
    costYears: tender.costYears,
    priceWeight: tender.priceWeight ?? 0,
    currency: tender.currency,
    hash: '',
  };
  rules.hash = fingerprint([rules.tender, rules.points, rules.answers, rules.scale ?? null, by, shares, [...weights], rules.knockoutMusts, rules.knockout, rules.costYears ?? null, rules.priceWeight, rules.currency ?? null]);
  return rules;
}

/** The scoring rules of a model: its tender over its spec's requirements. */
export function modelScoringRules(model: Model, reqs: RuledRequirement[]): ScoringRules {
  return scoringRules(model.tender, reqs);
}

/** Points 0..100 of one answer or 0-5 score under the rules; undefined: not scored (unanswered). */
export function pointsFor(rules: ScoringRules, answer: Answer | undefined, score: number | undefined): number | undefined {
  if (rules.scale) return score === undefined ? undefined : score * 20;
  return answer === undefined ? undefined : rules.points[answer];
}
