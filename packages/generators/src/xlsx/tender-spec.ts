import { percent } from './format.js';
import type { Labels } from './labels.js';
import type { Requirement } from './requirements.js';
import type { ScoringRules } from './scoring-rules.js';
import type { CoverLine } from './spec-content.js';
import type { SheetTable } from './sheet-table.js';

const num = (n: number) => String(Math.round(n * 100) / 100);

/** The scoring rules in words, for the cover: what vendors are told before they answer. */
export function scoringCover(rules: ScoringRules, l: Labels, reqs: Requirement[]): CoverLine[] {
  if (!rules.tender) return [];
  const c = l.cover.scoring;
  const lines: CoverLine[] = [{ style: 'blank' }, { style: 'heading', value: c.title }, { style: 'field', label: c.tender, value: rules.tender }];
  if (rules.scale) lines.push({ style: 'field', label: c.scale, value: rules.scale.map((s) => `${s.score}: ${s.definition}`).join('\n') });
  else lines.push({ style: 'field', label: c.points, value: rules.answers.map((a) => `${l.answers[a]} ${num(rules.points[a] ?? 0)}`).join(', ') });
  const how = rules.weightBy === 'priority' ? c.byPriority : rules.weightBy === 'area' ? c.byArea : c.byFunction;
  const shares = rules.shares.map((s) => `${s.key === 'must' ? l.priority.must : s.key === 'nice' ? l.priority.nice : s.key} ${num(s.share)}`).join(', ');
  lines.push({ style: 'field', label: c.weights, value: shares ? `${how}: ${shares}` : how });
  const names = new Map(reqs.map((r) => [r.id, r.name]));
  const knockout = [...(rules.knockoutMusts ? [c.knockoutMusts] : []), ...rules.knockout.map((id) => `${id} (${names.get(id) ?? id})`)];
  lines.push({ style: 'field', label: c.knockout, value: knockout.length ? knockout.join('\n') : c.knockoutNone });
  lines.push({ style: 'field', label: c.costs, value: rules.costYears ? c.costsYears(rules.costYears) : c.costsOne });
  lines.push({ style: 'field', label: '', value: rules.priceWeight ? c.price(percent(rules.priceWeight)) : c.noPrice });
  if (rules.currency) lines.push({ style: 'field', label: c.currency, value: rules.currency });
  lines.push({ style: 'field', label: c.lock, value: rules.hash });
  return lines;
}

/**
 * The answer sheets as the tender asks them: the dropdown offers its answers (or the 0-5 scale), and with
 * `cost_years` the Cost column becomes a one-off and a yearly cost.
 */
export function applyTenderColumns(tables: SheetTable[], rules: ScoringRules, l: Labels): SheetTable[] {
  if (!rules.tender) return tables;
  const choices = rules.scale ? rules.scale.map((s) => String(s.score)) : rules.answers.map((a) => l.answers[a]);
  return tables.map((t) => {
    if (t.key !== 'functions' && t.key !== 'nfr') return t;
    const costAt = t.columns.findIndex((c) => c.role === 'cost');
    const columns = t.columns.map((c) => (c.role === 'answer' ? { ...c, choices } : c));
    if (!rules.costYears || costAt < 0) return { ...t, columns };
    columns.splice(costAt, 1, { ...columns[costAt]!, header: l.functions.oneOffCost, width: 14 }, { ...columns[costAt]!, header: l.functions.yearlyCost, width: 14 });
    const rows = t.rows.map((r) => ({ ...r, cells: [...r.cells.slice(0, costAt + 1), null, ...r.cells.slice(costAt + 1)] }));
    return { ...t, columns, rows };
  });
}
