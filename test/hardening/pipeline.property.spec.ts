import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runRules } from '@ccp/checker';
import { analyzeSources } from '@ccp/language';
import { runs, seeds, timeout } from './support/corpus.js';
import { mutate, mutationsArb, tokenSoupArb } from './support/mutate.js';
import { loadGenerators, rangeProblems, type Generators } from './support/pipeline.js';

/**
 * Issue 9, part 1: random, mutated and truncated versions of every example file go through the whole public API
 * (analyzeSources -> runRules -> every generator present). Nothing may throw, no rule may crash into an internal
 * diagnostic, and every diagnostic must point inside a file that was analysed.
 */
let generators: Generators;
let cases = 0;

beforeAll(async () => {
  generators = await loadGenerators();
});

afterAll(() => {
  console.log(`hardening/pipeline: ${cases} property cases; generators: ${[...generators.cheap, ...generators.heavy].map((g) => g.name).join(', ')}; missing: ${generators.missing.join(', ') || 'none'}`);
});

function analyzeAll(sources: Record<string, string>) {
  const analysis = analyzeSources(sources);
  const findings = runRules(analysis, {});
  const diagnostics = [...analysis.diagnostics, ...findings];
  expect(rangeProblems(diagnostics, analysis, Object.keys(sources))).toEqual([]);
  expect(diagnostics.filter((d) => d.code.startsWith('CCP9')).map((d) => d.message)).toEqual([]);
  return analysis;
}

function checkCheap(sources: Record<string, string>, focus: string[] = Object.keys(sources)): void {
  cases++;
  const analysis = analyzeAll(sources);
  for (const g of generators.cheap) {
    try {
      g.run(analysis.model, analysis, focus);
    } catch (error) {
      throw new Error(`generator '${g.name}' threw: ${(error as Error).stack}`);
    }
  }
}

describe('the public API never throws and keeps every range inside its file', () => {
  it('loads the generators that exist', () => {
    expect(generators.cheap.map((g) => g.name)).toEqual(expect.arrayContaining(['mermaid', 'json']));
  });

  it('mutated example files, alone or inside their whole project', () => {
    fc.assert(
      fc.property(fc.nat(seeds.length - 1), mutationsArb, fc.nat(5), (i, ms, whole) => {
        const seed = seeds[i]!;
        const text = mutate(seed.text, ms);
        checkCheap(whole === 0 ? { ...seed.example.files, [seed.file]: text } : { [seed.file]: text }, [seed.file]);
      }),
      { numRuns: runs(1000) },
    );
  }, timeout(300_000));

  it('every example file truncated at 40 points', () => {
    for (const seed of seeds) {
      for (let k = 0; k < 40; k++) checkCheap({ [seed.file]: seed.text.slice(0, Math.floor((seed.text.length * k) / 40)) });
    }
  }, timeout(120_000));

  it('random token soup and random Unicode', () => {
    fc.assert(
      fc.property(fc.oneof(tokenSoupArb, fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 300 })), (text) => {
        checkCheap({ 'random.ccp': text });
      }),
      { numRuns: runs(300) },
    );
  });

  it('several mutated files at once, with imports between them', () => {
    fc.assert(
      fc.property(fc.nat(seeds.length - 1), fc.nat(seeds.length - 1), mutationsArb, mutationsArb, (i, j, m1, m2) => {
        const a = seeds[i]!;
        const b = seeds[j]!;
        checkCheap({
          'a.ccp': `import "b.ccp"\nimport "sub/../a.ccp"\n${mutate(a.text, m1)}`,
          'b.ccp': `import "a.ccp"\n${mutate(b.text, m2)}`,
        });
      }),
      { numRuns: runs(150) },
    );
  }, timeout(120_000));

  it('extreme numbers in every numeric field finish quickly (volumes, AHT, targets, headcounts, shares)', () => {
    const numbered = seeds.filter((s) => /\d/.test(s.text));
    const extreme = fc.constantFrom('0', '1', '00', '0.0000001', '99999', '999999999999', '100000000000000000000', '1' + '0'.repeat(400));
    fc.assert(
      fc.property(fc.nat(numbered.length - 1), fc.infiniteStream(extreme), (i, picks) => {
        const seed = numbered[i]!;
        const text = seed.text.replace(/\d+(?:\.\d+)?/g, () => picks.next().value as string);
        const start = performance.now();
        checkCheap({ ...seed.example.files, [seed.file]: text }, [seed.file]);
        expect(performance.now() - start, `${seed.file} with extreme numbers`).toBeLessThan(timeout(20_000));
      }),
      { numRuns: runs(40) },
    );
  }, timeout(120_000));

  it('the slow generators (XLSX spec, HTML and Markdown docs) on mutated whole projects', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(seeds.length - 1), mutationsArb, async (i, ms) => {
        cases++;
        const seed = seeds[i]!;
        const analysis = analyzeAll({ ...seed.example.files, [seed.file]: mutate(seed.text, ms) });
        for (const g of generators.heavy) {
          try {
            await g.run(analysis.model, analysis);
          } catch (error) {
            throw new Error(`generator '${g.name}' threw: ${(error as Error).stack}`);
          }
        }
      }),
      { numRuns: runs(25) },
    );
  }, timeout(120_000));
});
