import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allSpecs, analyzeSources } from '@ccp/language';
import { repoRoot } from './support/paths.js';

const doc = readFileSync(join(repoRoot, 'docs', 'language.md'), 'utf8');
const blocks = [...doc.matchAll(/```ccp\n([\s\S]*?)```/g)].map((m) => m[1]!);

describe('docs/language.md', () => {
  it('has an example for every construct', () => {
    const all = blocks.join('\n');
    for (const spec of allSpecs) expect(all, spec.keyword).toMatch(new RegExp(`(^|\\s)${spec.keyword} `, 'm'));
    expect(all).toContain('import "');
    expect(all).toContain('decide {');
  });

  it('shows every field of every kind in an example, and the forms added for real designs (issue 19)', () => {
    const all = blocks.join('\n');
    for (const spec of allSpecs)
      for (const field of spec.fields) expect(all, `${spec.keyword} ${field.name}`).toMatch(new RegExp(`(^|[\\s{])${field.name}:`, 'm'));
    for (const form of ['20bd', '£', '% ->', 'otherwise 40% ->', '< handling_cost', 'target: 6m', 'target: 80% in 20s', 'backup: senior_agent, '])
      expect(all, form).toContain(form);
  });

  blocks.forEach((block, i) => {
    it(`example ${i + 1} reads without syntax or field errors`, () => {
      const { diagnostics } = analyzeSources({ 'doc.ccp': block });
      expect(diagnostics.filter((d) => d.code !== 'CCP2008').map((d) => `${d.code} ${d.message}`)).toEqual([]);
    });
  });

  it('documents every field of every kind (generated reference is up to date)', async () => {
    const { withReference } = (await import(join(repoRoot, 'scripts', 'docs', 'language-reference.mjs'))) as {
      withReference(doc: string): string;
    };
    expect(withReference(doc)).toBe(doc);
  });
});

describe('docs/diagnostics.md', () => {
  it('lists every code of the catalogue (regenerate with node scripts/docs/diagnostics.mjs --write)', async () => {
    const { diagnosticsDoc } = (await import(join(repoRoot, 'scripts', 'docs', 'diagnostics.mjs'))) as { diagnosticsDoc(): string };
    expect(readFileSync(join(repoRoot, 'docs', 'diagnostics.md'), 'utf8')).toBe(diagnosticsDoc());
  });
});
