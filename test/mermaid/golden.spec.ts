import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateDiagrams } from '@ccp/generators/mermaid';
import { mermaidFixtures, modelOf } from './load-fixture.js';

const update = process.env.CCP_UPDATE_GOLDEN === '1';

describe('mermaid golden files', () => {
  for (const fixture of mermaidFixtures()) {
    it(fixture.name, () => {
      const diagrams = generateDiagrams(modelOf(fixture.dir), fixture.options);
      const expectedNames = readdirSync(fixture.dir).filter((f) => f.startsWith('expected-') && f.endsWith('.mmd')).sort();
      const actualNames = diagrams.map((d) => `expected-${d.name}.mmd`).sort();
      if (update) {
        for (const stale of expectedNames) if (!actualNames.includes(stale)) rmSync(join(fixture.dir, stale));
        for (const d of diagrams) writeFileSync(join(fixture.dir, `expected-${d.name}.mmd`), d.text);
        return;
      }
      expect(actualNames, 'diagrams generated vs expected-*.mmd files (CCP_UPDATE_GOLDEN=1 to update)').toEqual(expectedNames);
      for (const d of diagrams) {
        expect(d.text, `${fixture.name}/expected-${d.name}.mmd`).toBe(readFileSync(join(fixture.dir, `expected-${d.name}.mmd`), 'utf8'));
      }
    });
  }

  it('has a golden case for every diagram kind and for --detail', () => {
    const kinds = new Set<string>();
    let detail = false;
    for (const fixture of mermaidFixtures()) {
      for (const d of generateDiagrams(modelOf(fixture.dir), fixture.options)) kinds.add(d.kind);
      detail ||= fixture.options.detail === true;
    }
    expect([...kinds].sort()).toEqual(['journey', 'overview', 'process']);
    expect(detail).toBe(true);
  });
});
