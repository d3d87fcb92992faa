import type { Priority } from '@ccp/core';
import type { Answer } from './labels.js';
import type { RequirementSheet } from './requirements.js';
import type { VendorAnswers } from './read-answers.js';
import { defaultPoints, pointsFor, scoringRules, type RuledRequirement, type ScoringRules } from './scoring-rules.js';

/** What each answer is worth without a tender (points / 100). */
export const answerValue: Record<Exclude<Answer, 'na'>, number> = { yes: defaultPoints.yes / 100, partial: defaultPoints.partial / 100, roadmap: defaultPoints.roadmap / 100, no: 0 };

/** A requirement as scoring sees it. */
export interface ScoredRequirement extends RuledRequirement {
  sheet: RequirementSheet;
  priority?: Priority | '';
}

export interface Coverage {
  total: number;
  yes: number;
  partial: number;
  roadmap: number;
  no: number;
  na: number;
  unanswered: number;
  /** Share answered Yes (or 5 on a scale), 0..1 (1 when there is nothing to cover). */
  coverage: number;
}

/**
 * `qualified`: every Must answered, none on the roadmap, no knock-out criterion failed; `incomplete`: a Must (or a
 * knock-out criterion) blank, unreadable or on the roadmap; `disqualified`: a knock-out criterion answered No.
 */
export type VendorStatus = 'qualified' | 'incomplete' | 'disqualified';

/** One requirement as one vendor answered it. */
export interface VendorRow {
  id: string;
  answer?: Answer;
  /** Score on the tender's 0-5 scale. */
  score?: number;
  /** Points 0..100 under the rules; undefined when unanswered. */
  points?: number;
  /** The Supported cell as written, when it is not a valid answer. */
  invalid?: string;
  comment: string;
  cost?: number;
  yearlyCost?: number;
  /** Row on the vendor's sheet; undefined when the row is missing. */
  row?: number;
}

export interface VendorScore {
  rank: number;
  vendor: string;
  file: string;
  status: VendorStatus;
  /** A knock-out criterion answered No (status `disqualified`). */
  disqualified: boolean;
  /** Ids of knock-out criteria answered No (or 0 on the scale). */
  failedMusts: string[];
  /** Ids of Musts and knock-out criteria left blank, unreadable or on the roadmap (status `incomplete`). */
  incomplete: string[];
  /** Score of the answers, 0..100: Σ normalised weight × points / 100. */
  quality: number;
  /** Score of the price, 0..100 (lowest total cost among the offers not disqualified / this total × 100), when price is weighted. */
  priceScore?: number;
  /** Final score, 0..100: quality, or quality and price by the tender's price weight. */
  score: number;
  must: Coverage;
  nice: Coverage;
  /** Ids without a valid answer. */
  unanswered: string[];
  /** Sum of the one-off costs (the Cost column without a tender's `cost_years`). */
  oneOffCost: number;
  /** Sum of the yearly costs. */
  yearlyCost: number;
  /** One-off cost + years × yearly cost. */
  totalCost: number;
  /** Answer per requirement id (undefined: unanswered, or scored on a scale). */
  answers: Record<string, Answer | undefined>;
  /** Every requirement, in spec order, with the answer, points, comment and costs. */
  rows: VendorRow[];
  warnings: string[];
}

function emptyCoverage(): Coverage {
  return { total: 0, yes: 0, partial: 0, roadmap: 0, no: 0, na: 0, unanswered: 0, coverage: 1 };
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** The answer a 0-5 score counts as in the coverage figures: 5 Yes, 0 No, between them Partial. */
const scaleAnswer = (score: number): Answer => (score === 5 ? 'yes' : score === 0 ? 'no' : 'partial');

/** Scores one vendor's answers under the rules (the defaults when not given). Requirements without priority count as Nice. Pure. */
export function scoreVendor(requirements: ScoredRequirement[], filled: VendorAnswers, rules: ScoringRules = scoringRules(undefined, requirements)): Omit<VendorScore, 'rank'> {
  const must = emptyCoverage();
  const nice = emptyCoverage();
  const failedMusts: string[] = [];
  const incomplete: string[] = [];
  const unanswered: string[] = [];
  const answers: Record<string, Answer | undefined> = {};
  const rows: VendorRow[] = [];
  const knockout = new Set(rules.knockout);
  let quality = 0;
  let oneOff = 0;
  let yearly = 0;
  for (const r of requirements) {
    const a = filled.answers.get(r.id);
    const points = pointsFor(rules, a?.answer, a?.score);
    const answer = a?.answer;
    answers[r.id] = answer;
    rows.push({ id: r.id, answer, score: a?.score, points, invalid: a?.invalid, comment: a?.comment ?? '', cost: a?.cost, yearlyCost: a?.yearlyCost, row: a?.row });
    const group = r.priority === 'must' ? must : nice;
    group.total++;
    const counted = a?.score !== undefined ? scaleAnswer(a.score) : answer;
    if (counted && points !== undefined) group[counted]++;
    else {
      group.unanswered++;
      unanswered.push(r.id);
    }
    const critical = knockout.has(r.id) || (rules.knockoutMusts && r.priority === 'must');
    if (critical && (counted === 'no')) failedMusts.push(r.id);
    else if ((critical || r.priority === 'must') && (points === undefined || counted === 'roadmap')) incomplete.push(r.id);
    quality += ((rules.weights.get(r.id) ?? 0) * (points ?? 0)) / 100;
    if (a?.cost !== undefined) oneOff += a.cost;
    if (a?.yearlyCost !== undefined) yearly += a.yearlyCost;
  }
  for (const g of [must, nice]) g.coverage = g.total ? g.yes / g.total : 1;
  const status: VendorStatus = failedMusts.length ? 'disqualified' : incomplete.length ? 'incomplete' : 'qualified';
  return {
    vendor: filled.vendor,
    file: filled.file,
    status,
    disqualified: status === 'disqualified',
    failedMusts,
    incomplete,
    quality: round2(quality),
    score: round2(quality),
    must,
    nice,
    unanswered,
    oneOffCost: round2(oneOff),
    yearlyCost: round2(yearly),
    totalCost: round2(oneOff + (rules.costYears ?? 0) * yearly),
    answers,
    rows,
    warnings: filled.warnings,
  };
}

const statusOrder: Record<VendorStatus, number> = { qualified: 0, incomplete: 1, disqualified: 2 };

/**
 * Scores and ranks vendors: qualified first, then incomplete, then disqualified; within each, by final score (high
 * first), then total cost (low first), then name. With a price weight, the price score compares each total cost with
 * the lowest among the offers that are not disqualified.
 */
export function rankVendors(requirements: ScoredRequirement[], filled: VendorAnswers[], rules: ScoringRules = scoringRules(undefined, requirements)): VendorScore[] {
  const scored = filled.map((f) => scoreVendor(requirements, f, rules));
  if (rules.priceWeight > 0) {
    const totals = scored.filter((s) => s.status !== 'disqualified').map((s) => s.totalCost);
    const lowest = totals.reduce((m, t) => Math.min(m, t), totals.length ? Infinity : 0);
    for (const s of scored) {
      s.priceScore = round2(s.totalCost > 0 ? (100 * Math.min(lowest, s.totalCost)) / s.totalCost : 100);
      s.score = round2((1 - rules.priceWeight) * s.quality + rules.priceWeight * s.priceScore);
    }
  }
  scored.sort(
    (a, b) =>
      statusOrder[a.status] - statusOrder[b.status] ||
      b.score - a.score ||
      a.totalCost - b.totalCost ||
      (a.vendor < b.vendor ? -1 : a.vendor > b.vendor ? 1 : 0) ||
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0),
  );
  return scored.map((s, i) => ({ rank: i + 1, ...s }));
}
