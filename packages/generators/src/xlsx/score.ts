import type { Priority } from '@ccp/core';
import type { Answer } from './labels.js';
import type { RequirementSheet } from './requirements.js';
import type { VendorAnswers } from './read-answers.js';

/** What each answer is worth in the weighted score. */
export const answerValue: Record<Answer, number> = { yes: 1, partial: 0.5, roadmap: 0.25, no: 0 };

/** A requirement as scoring sees it. */
export interface ScoredRequirement {
  id: string;
  sheet: RequirementSheet;
  priority?: Priority | '';
  weight: number;
}

export interface Coverage {
  total: number;
  yes: number;
  partial: number;
  roadmap: number;
  no: number;
  unanswered: number;
  /** Share answered Yes, 0..1 (1 when there is nothing to cover). */
  coverage: number;
}

export interface VendorScore {
  rank: number;
  vendor: string;
  file: string;
  /** A must-have answered No. */
  disqualified: boolean;
  /** Ids of must-haves answered No. */
  failedMusts: string[];
  /** Weighted score, 0..100: Σ weight × value / Σ weight, value Yes 1, Partial 0.5, Roadmap 0.25, No or none 0. */
  score: number;
  must: Coverage;
  nice: Coverage;
  /** Ids without a valid answer. */
  unanswered: string[];
  /** Sum of the costs given. */
  totalCost: number;
  /** Answer per requirement id (undefined: unanswered). */
  answers: Record<string, Answer | undefined>;
  warnings: string[];
}

function emptyCoverage(): Coverage {
  return { total: 0, yes: 0, partial: 0, roadmap: 0, no: 0, unanswered: 0, coverage: 1 };
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Scores one vendor's answers. Requirements without priority count as Nice. Pure. */
export function scoreVendor(requirements: ScoredRequirement[], filled: VendorAnswers): Omit<VendorScore, 'rank'> {
  const must = emptyCoverage();
  const nice = emptyCoverage();
  const failedMusts: string[] = [];
  const unanswered: string[] = [];
  const answers: Record<string, Answer | undefined> = {};
  let weighted = 0;
  let weights = 0;
  let totalCost = 0;
  for (const r of requirements) {
    const a = filled.answers.get(r.id);
    const answer = a?.answer;
    answers[r.id] = answer;
    const group = r.priority === 'must' ? must : nice;
    group.total++;
    if (answer) group[answer]++;
    else {
      group.unanswered++;
      unanswered.push(r.id);
    }
    if (answer === 'no' && r.priority === 'must') failedMusts.push(r.id);
    weights += r.weight;
    weighted += r.weight * (answer ? answerValue[answer] : 0);
    if (a?.cost !== undefined) totalCost += a.cost;
  }
  for (const g of [must, nice]) g.coverage = g.total ? g.yes / g.total : 1;
  return {
    vendor: filled.vendor,
    file: filled.file,
    disqualified: failedMusts.length > 0,
    failedMusts,
    score: weights ? round2((100 * weighted) / weights) : 0,
    must,
    nice,
    unanswered,
    totalCost: round2(totalCost),
    answers,
    warnings: filled.warnings,
  };
}

/**
 * Scores and ranks vendors: qualified vendors first, by score (high first), then total cost (low first), then
 * name; disqualified vendors follow in the same order.
 */
export function rankVendors(requirements: ScoredRequirement[], filled: VendorAnswers[]): VendorScore[] {
  const scored = filled.map((f) => scoreVendor(requirements, f));
  scored.sort(
    (a, b) =>
      Number(a.disqualified) - Number(b.disqualified) ||
      b.score - a.score ||
      a.totalCost - b.totalCost ||
      (a.vendor < b.vendor ? -1 : a.vendor > b.vendor ? 1 : 0) ||
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0),
  );
  return scored.map((s, i) => ({ rank: i + 1, ...s }));
}
