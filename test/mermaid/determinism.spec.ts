import { describe, expect, it } from 'vitest';
import { analyzeSources } from '@ccp/language';
import { generateDiagrams } from '@ccp/generators/mermaid';
import { exampleProjects, mermaidFixtures, modelOf } from './load-fixture.js';

describe('mermaid determinism', () => {
  const cases = [...mermaidFixtures(), ...exampleProjects()];
  for (const c of cases) {
    it(`${c.name}: the same input gives byte-identical .mmd`, () => {
      const first = generateDiagrams(modelOf(c.dir), { detail: true });
      const second = generateDiagrams(modelOf(c.dir), { detail: true });
      expect(second).toEqual(first);
      for (const d of first) expect(d.text.endsWith('\n')).toBe(true);
    });
  }

  it('does not depend on the clock or on randomness', () => {
    const source = 'process p { step a { next: b }  step b { end } }';
    const realNow = Date.now;
    const realRandom = Math.random;
    const before = generateDiagrams(analyzeSources({ 'main.ccp': source }).model);
    try {
      Date.now = () => 0;
      Math.random = () => 0.5;
      expect(generateDiagrams(analyzeSources({ 'main.ccp': source }).model)).toEqual(before);
    } finally {
      Date.now = realNow;
      Math.random = realRandom;
    }
  });

  it('never throws on a model with unresolved references and duplicate ids', () => {
    const source = `
      touchpoint t { starts: p }
      touchpoint u { starts: missing }
      process p {
        step a { by: ghost  uses: nothing  next: nowhere  calls: void }
        step a { end }
        step b { decide { "x" -> nowhere  otherwise -> a } }
      }
      process p { }
      persona q { }  persona q { }`;
    const diagrams = generateDiagrams(analyzeSources({ 'main.ccp': source }).model, { detail: true });
    expect(diagrams.map((d) => d.name)).toEqual(['overview', 'process-p', 'journey-q']);
    expect(diagrams[1]!.text).not.toContain('nowhere');
  });
});
