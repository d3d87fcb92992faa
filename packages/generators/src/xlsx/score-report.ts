import { cliMessage, cliText, formatDecimal, sayIn, type OutputLanguage } from '@ccp/core';
import { labelsFor } from './labels.js';
import type { ScoringRules } from './scoring-rules.js';
import { scoreWords } from './score-words.js';
import { scoringRules } from './scoring-rules.js';
import type { VendorScore } from './score.js';

/** A file that could not be scored, and why (the message names the file). */
export interface FailedFile {
  file: string;
  reason: string;
}

/** A number with the decimals it has, in the language's form: `33.3` / `33,3`, `1234` / `1 234`. */
const plain = (x: number, language?: OutputLanguage) => formatDecimal(x, (String(x).split('.')[1] ?? '').length, language);
/** `12.5%` in English, `12,5%` in Polish. */
const pct = (x: number, language?: OutputLanguage) => `${plain(Math.round(x * 1000) / 10, language)}%`;

/** The status in words: qualified, incomplete (what is missing), disqualified (which knock-out failed). */
export function statusText(s: VendorScore, language?: OutputLanguage): string {
  if (s.status === 'disqualified') return sayIn(language, 'scoreDisqualified', { ids: s.failedMusts });
  if (s.status === 'incomplete') return sayIn(language, 'scoreIncomplete', { ids: s.incomplete });
  return sayIn(language, 'scoreQualified');
}

/** How the score was computed, in one line, in `language` (English by default). */
export function rulesText(rules: ScoringRules, language?: OutputLanguage): string {
  const l = labelsFor(language ?? 'en');
  const answers = rules.scale ? cliText('scoreScale') : rules.answers.map((a) => `${l.answers[a]} ${rules.points[a]}`).join(', ');
  const share = (key: string) => (rules.weightBy === 'priority' && (key === 'must' || key === 'nice') ? l.priority[key] : key);
  const weights =
    rules.weightBy === 'function'
      ? cliText('scoreByRequirement')
      : cliText('scoreByGroup', { by: rules.weightBy, shares: rules.shares.map((s) => `${share(s.key)} ${plain(s.share, language)}`).join(', ') });
  return cliMessage(cliText('scoreRules', { weights, answers, ...(rules.priceWeight ? { price: rules.priceWeight } : {}) }), language);
}

/**
 * The ranking as an aligned plain-text table, then the files that could not be scored and per-vendor warnings, in
 * `language` (English by default; Polish writes the decimal comma).
 */
export function formatScoreTable(scores: VendorScore[], failed: FailedFile[] = [], rules?: ScoringRules, language?: OutputLanguage): string {
  const w = scoreWords[language ?? 'en'] ?? scoreWords.en;
  const head = [w.rank, w.vendor, w.score, w.must, w.nice, w.unanswered, w.cost, w.status];
  const rows = scores.map((s) => [
    String(s.rank),
    s.vendor,
    formatDecimal(s.score, 2, language),
    `${s.must.yes}/${s.must.total} (${pct(s.must.coverage, language)})`,
    `${s.nice.yes}/${s.nice.total} (${pct(s.nice.coverage, language)})`,
    String(s.unanswered.length),
    formatDecimal(s.totalCost, 2, language),
    statusText(s, language),
  ]);
  const widths = head.map((h, i) => rows.reduce((max, r) => Math.max(max, r[i]!.length), h.length));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 || i === 2 || i === 5 || i === 6 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  const out = [line(head), line(widths.map((n) => '-'.repeat(n))), ...rows.map(line)];
  out.push('', rulesText(rules ?? scoringRules(undefined, []), language));
  if (failed.length) {
    out.push('', sayIn(language, 'scoreNotScored', { failed: failed.length, total: failed.length + scores.length }));
    for (const f of failed) out.push(`  ${f.reason}`);
  }
  for (const s of scores) {
    if (s.unanswered.length) out.push(sayIn(language, 'scoreUnanswered', { vendor: s.vendor, ids: s.unanswered }));
    for (const warning of s.warnings) out.push(`${s.vendor}: ${warning}`);
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
