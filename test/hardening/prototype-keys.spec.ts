import { beforeAll, describe, expect, it } from 'vitest';
import { runRules } from '@ccp/checker';
import { analyzeSources } from '@ccp/language';
import { loadGenerators, rangeProblems, type Generators } from './support/pipeline.js';

/**
 * Words that are keys of every JavaScript object (`constructor`, `__proto__`, `toString`, ...) written where the
 * language looks a word up in a table: block keywords, flags, enum values, units, periods, ids. Found by the
 * property tests (`process p { step s { decide { toString { } } } }` crashed the parser's recovery, and
 * `process p { __proto__ { } }` threw out of analyzeSources). Each must be an ordinary unknown word.
 */
const words = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype', 'isPrototypeOf', '__defineGetter__'];
const places: ((w: string) => string)[] = [
  (w) => `${w} { }`,
  (w) => `${w} x { }`,
  (w) => `process p { ${w} { } }`,
  (w) => `process p { step s { ${w} { } } }`,
  (w) => `process p { step s { decide { ${w} { } } } }`,
  (w) => `process p { step s { by: r  ${w} } }\nrole r {}`,
  (w) => `role r { ${w}: x }`,
  (w) => `role ${w} { }\nrole ${w} { }`,
  (w) => `process p { step s { by: ${w}  next: ${w}  uses: ${w}  reads: ${w} } }`,
  (w) => `process ${w} { owner: r  step ${w} { by: r  end } }\nrole r {}\ntouchpoint t { starts: ${w} }`,
  (w) => `channel c { volume: 1/${w}  aht: 1${w.toLowerCase().replace(/[^a-z]/g, '')}  service_level: 80% in 20${w.replace(/[^a-z]/g, '')} }`,
  (w) => `role r { access: ${w} ${w} }\ndata ${w} { in: ${w}  personal: ${w}  basis: ${w} }\nsystem ${w} { kind: ${w}  hosting: ${w} }`,
  (w) => `function f { priority: ${w} }`,
  (w) => `project x { output_language: ${w} }`,
  (w) => `kpi k { target: ${w} 20s }`,
  (w) => `touchpoint t { stage: ${w}  initiated_by: ${w} }`,
  (w) => `persona ${w} { }\nstage ${w} { }\nscenario ${w} { }`,
  (w) => `process p { sourcing: ${w}  sla: ${w} 1d }`,
  (w) => `channel c { hours: "${w} 08:00-16:00"  volume: 100/day  aht: 5m }`,
];

let generators: Generators;
beforeAll(async () => {
  generators = await loadGenerators();
});

/** True when some value in the model is a function or a built-in prototype: a table lookup went wrong. */
function leakedBuiltin(value: unknown, seen = new Set<unknown>()): string | undefined {
  if (typeof value === 'function') return `a function (${String(value).slice(0, 30)})`;
  if (value === Object.prototype || value === Function.prototype) return 'a built-in prototype';
  if (value === null || typeof value !== 'object' || seen.has(value)) return undefined;
  seen.add(value);
  for (const [k, v] of Object.entries(value)) {
    const found = leakedBuiltin(v, seen);
    if (found) return `${k}: ${found}`;
  }
  return undefined;
}

describe('object-prototype words are ordinary words', () => {
  for (const word of words) {
    it(`'${word}' in every place a word is looked up`, () => {
      for (const place of places) {
        const source = place(word);
        const analysis = analyzeSources({ 'a.ccp': source });
        const diagnostics = [...analysis.diagnostics, ...runRules(analysis, {})];
        expect(diagnostics.filter((d) => d.code.startsWith('CCP9')).map((d) => d.message), source).toEqual([]);
        expect(rangeProblems(diagnostics, analysis, ['a.ccp']), source).toEqual([]);
        expect(leakedBuiltin(analysis.model), source).toBeUndefined();
        for (const g of generators.cheap) g.run(analysis.model, analysis, ['a.ccp']);
      }
    });
  }

  it('as ids of every kind, through the slow generators too (XLSX spec, docs)', async () => {
    const source = words
      .map((w) => `role ${w} { headcount: 2  access: ${w} read }\nsystem ${w} { kind: crm }\ndata ${w} { in: ${w} }\nchannel ${w} { hours: "Mo-Fr 08:00-16:00"  volume: 10/day  aht: 5m }\n` +
        `touchpoint ${w} { channel: ${w}  starts: ${w} }\nprocess ${w} { owner: ${w}  step ${w} { by: ${w}  uses: ${w}  reads: ${w}  end } }\nfunction ${w} { priority: must  system: ${w} }\npersona ${w} { }\nkpi ${w} { channel: ${w}  target: <= 20s }`)
      .join('\n');
    const analysis = analyzeSources({ 'a.ccp': source });
    const diagnostics = [...analysis.diagnostics, ...runRules(analysis, {})];
    expect(diagnostics.filter((d) => d.code.startsWith('CCP9')).map((d) => d.message)).toEqual([]);
    expect(analysis.model.processes.map((p) => p.id)).toEqual(words);
    for (const g of generators.cheap) g.run(analysis.model, analysis, ['a.ccp']);
    for (const g of generators.heavy) await g.run(analysis.model, analysis);
  });

  it('gives the errors an unknown word gets', () => {
    const codes = (source: string) => analyzeSources({ 'a.ccp': source }).diagnostics.map((d) => d.code);
    expect(codes('process p { __proto__ { } }')).toContain('CCP2012');
    expect(codes('role r { constructor }')).toContain('CCP1004');
    expect(codes('function f { priority: constructor }')).toContain('CCP2003');
    expect(codes('channel c { volume: 1/constructor }')).toContain('CCP2003');
    expect(codes('channel c { aht: 1constructor }')).toContain('CCP2003');
    expect(codes('process p { sla: constructor 1d }')).toContain('CCP2003');
    expect(codes('data d { personal: valueOf }')).toContain('CCP2003');
  });

  it('opening hours that start with such a word are not understood, not read as a day', async () => {
    const { readOpeningHours } = await import('@ccp/staffing');
    for (const w of words) expect(readOpeningHours(`${w} 08:00-16:00`).ok, w).toBe(false);
  });
});
