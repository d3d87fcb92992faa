import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeSources } from '@ccp/language';
import { buildSpecContent, parseAnswer, rankVendors, scoringRules, specMismatch, specRequirements, type VendorAnswers } from '@ccp/generators/xlsx';
import { repoRoot } from '../support/paths.js';

/**
 * docs/spec-xlsx.md, "Scoring rules": its ccp examples read without errors, and the worked example's weights and
 * scores are what the scorer computes for them (the figures are read from the page's tables, not repeated here).
 */
const page = readFileSync(join(repoRoot, 'docs', 'spec-xlsx.md'), 'utf8');
const section = page.slice(page.indexOf('## Scoring rules'), page.indexOf('\n## ', page.indexOf('## Scoring rules') + 3));
const blocks = [...section.matchAll(/```ccp\n([\s\S]*?)```/g)].map((m) => m[1]!);

/** The rows of the Markdown table whose header row starts with `| first |`, as cells. */
function table(first: string): string[][] {
  const lines = section.split('\n');
  const at = lines.findIndex((l) => l.startsWith(`| ${first} |`));
  expect(at, `a table starting '| ${first} |'`).toBeGreaterThanOrEqual(0);
  const rows: string[][] = [];
  for (const line of lines.slice(at + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(line.split('|').slice(1, -1).map((c) => c.trim()));
  }
  return rows;
}

describe('docs/spec-xlsx.md, Scoring rules', () => {
  it('has ccp examples, and each reads without errors', () => {
    expect(blocks.length).toBeGreaterThan(0);
    for (const block of blocks) expect(analyzeSources({ 'doc.ccp': block }).diagnostics.map((d) => `${d.code} ${d.message}`)).toEqual([]);
  });

  const { model } = analyzeSources({ 'doc.ccp': blocks[0]! });
  const requirements = specRequirements(model, 'en');
  const rules = scoringRules(model.tender, requirements);

  it('states the normalised weights the scorer uses', () => {
    const rows = table('requirement');
    expect(rows.map((r) => r[0])).toEqual(requirements.map((r) => r.id));
    for (const [id, group, own, weight] of rows) {
      const r = requirements.find((x) => x.id === id)!;
      expect(r.priority, id).toBe(group);
      expect(r.weight, id).toBe(Number(own));
      expect(rules.weights.get(id!), id).toBe(Number(weight));
    }
  });

  it("states each offer's quality, total cost, price score and final score as the scorer computes them, and its rank", () => {
    const rows = table('vendor');
    const costs = section.match(/vendor A: ([\d,]+) one-off and ([\d,]+) a year, vendor B: ([\d,]+) and\s+([\d,]+)/)!.slice(1).map((n) => Number(n.replace(/,/g, '')));
    const metadata = buildSpecContent(model, { version: '1', date: '2026-12-01' }).metadata;
    const ids = ['open_ticket', 'send_email', 'call_recording', 'wallboard'];
    const offers: VendorAnswers[] = rows.map(([vendor, ...answers], v) => ({
      vendor: vendor!,
      file: `${vendor}.xlsx`,
      metadata,
      warnings: [],
      answers: new Map(
        ids.map((id, i) => [id, { id, sheet: 'functions' as const, row: i + 2, comment: '', answer: parseAnswer(answers[i]!), ...(i === 0 ? { cost: costs[2 * v], yearlyCost: costs[2 * v + 1] } : {}) }]),
      ),
    }));
    const ranked = rankVendors(requirements, offers, rules);
    for (const [vendor, , , , , quality, total, price, final] of rows) {
      const s = ranked.find((x) => x.vendor === vendor)!;
      expect([s.quality, s.totalCost, s.priceScore, s.score], vendor).toEqual([Number(quality), Number(total), Number(price), Number(final)]);
    }
    // the table lists them in rank order
    expect(ranked.map((s) => s.vendor)).toEqual(rows.map((r) => r[0]));
  });

  it('locks the rules: a changed weight makes the scorer refuse a copy of the spec sent before', () => {
    const metadata = buildSpecContent(model, { version: '1', date: '2026-12-01' }).metadata;
    expect(metadata.scoringHash).toBe(rules.hash);
    expect(specMismatch(metadata, model)).toBeUndefined();
    const changed = analyzeSources({ 'doc.ccp': blocks[0]!.replace('must 70%, nice 30%', 'must 60%, nice 40%') }).model;
    expect(specMismatch(metadata, changed)).toMatch(/other scoring rules/);
  });
});
