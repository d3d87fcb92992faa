import type { ScoringRules } from './scoring-rules.js';
import { scoringRules } from './scoring-rules.js';
import type { VendorScore } from './score.js';

const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;

/** A file that could not be scored, and why (the message names the file). */
export interface FailedFile {
  file: string;
  reason: string;
}

const listed = (ids: string[]) => `${ids.slice(0, 10).join(', ')}${ids.length > 10 ? ` and ${ids.length - 10} more` : ''}`;

/** The status in words: qualified, incomplete (what is missing), disqualified (which knock-out failed). */
export function statusText(s: VendorScore): string {
  if (s.status === 'disqualified') return `disqualified (No on knock-out: ${listed(s.failedMusts)})`;
  if (s.status === 'incomplete') return `incomplete (Must blank, unreadable or on the roadmap: ${listed(s.incomplete)})`;
  return 'qualified';
}

/** How the score was computed, in one line. */
export function rulesText(rules: ScoringRules): string {
  const answers = rules.scale ? 'answers on the 0-5 scale (points = score x 20)' : rules.answers.map((a) => `${a === 'na' ? 'N/A' : a[0]!.toUpperCase() + a.slice(1)} ${rules.points[a]}`).join(', ');
  const weights = rules.weightBy === 'function' ? 'weighted by requirement' : `weighted by ${rules.weightBy} (${rules.shares.map((s) => `${s.key} ${s.share}`).join(', ')})`;
  const price = rules.priceWeight ? `; price ${pct(rules.priceWeight)} of the final score` : '';
  return `Score: ${weights}, points per answer: ${answers}; unanswered 0; in % of the maximum${price}.`;
}

/** The ranking as an aligned plain-text table, then the files that could not be scored and per-vendor warnings. */
export function formatScoreTable(scores: VendorScore[], failed: FailedFile[] = [], rules?: ScoringRules): string {
  const head = ['#', 'Vendor', 'Score', 'Must Yes', 'Nice Yes', 'Unanswered', 'Total cost', 'Status'];
  const rows = scores.map((s) => [
    String(s.rank),
    s.vendor,
    s.score.toFixed(2),
    `${s.must.yes}/${s.must.total} (${pct(s.must.coverage)})`,
    `${s.nice.yes}/${s.nice.total} (${pct(s.nice.coverage)})`,
    String(s.unanswered.length),
    s.totalCost.toFixed(2),
    statusText(s),
  ]);
  const widths = head.map((h, i) => rows.reduce((w, r) => Math.max(w, r[i]!.length), h.length));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 || i === 2 || i === 5 || i === 6 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  const out = [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
  out.push('', rulesText(rules ?? scoringRules(undefined, [])));
  if (failed.length) {
    out.push('', `Not scored (${failed.length} of ${failed.length + scores.length} files):`);
    for (const f of failed) out.push(`  ${f.reason}`);
  }
  for (const s of scores) {
    if (s.unanswered.length) out.push(`${s.vendor}: unanswered: ${s.unanswered.slice(0, 20).join(', ')}${s.unanswered.length > 20 ? ` and ${s.unanswered.length - 20} more` : ''}`);
    for (const w of s.warnings) out.push(`${s.vendor}: ${w}`);
  }
  return out.join('\n') + '\n';
}

/** The rules as plain JSON (the weights as an object by requirement id). */
export function rulesJson(rules: ScoringRules): unknown {
  return {
    tender: rules.tender ?? null,
    points: rules.points,
    answers: rules.answers,
    scale: rules.scale ?? null,
    weightBy: rules.weightBy,
    shares: rules.shares,
    weights: Object.fromEntries(rules.weights),
    knockoutMusts: rules.knockoutMusts,
    knockout: rules.knockout,
    costYears: rules.costYears ?? null,
    priceWeight: rules.priceWeight,
    currency: rules.currency ?? null,
    hash: rules.hash,
  };
}

/** The ranking as JSON (stable key order): rules, vendors with their status and answers, files not scored. */
export function formatScoreJson(scores: VendorScore[], failed: FailedFile[] = [], rules?: ScoringRules): string {
  return JSON.stringify({ scoring: rulesJson(rules ?? scoringRules(undefined, [])), vendors: scores, failed }, null, 2) + '\n';
}
