import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeProject, analyzeSources, nodeHost } from '@ccp/language';
import { messagesEn, messagesPl, runRules } from '@ccp/checker';
import { examplesDir } from '../support/paths.js';

/** Arguments for any message: every name gives a value, so each text can be made. */
const fixed: Record<string, unknown> = {
  mode: 'read',
  hybrid: true,
  company: true,
  triple: true,
  form: 'duration',
  what: 'text',
  kind: 'case',
  foundKind: 'token',
  bytes: 20_000_000,
  limit: 10_485_760,
  max: 64,
  rest: 5,
  line: 3,
  measure: 'aht',
  unit: 's',
  channels: ['telefon', 'czat'],
};
const anyArgs = new Proxy({}, { get: (_t, key) => (typeof key === 'string' && key in fixed ? fixed[key] : `«${String(key)}»`) });

describe('the catalog of rule findings (issue 19, must-show 8, for rule findings)', () => {
  it('has a Polish text for every English one, and each differs from the English', () => {
    expect(Object.keys(messagesPl).sort()).toEqual(Object.keys(messagesEn).sort());
    for (const key of Object.keys(messagesEn) as (keyof typeof messagesEn)[]) {
      const en = (messagesEn[key] as (a: unknown) => string)(anyArgs);
      const pl = (messagesPl[key] as (a: unknown) => string)(anyArgs);
      expect(pl, key).not.toBe(en);
      expect(pl.length, key).toBeGreaterThan(0);
    }
  });

  it('gives every finding of every rule in Polish with --lang pl, and in the language of the project by default', () => {
    const dir = join(examplesDir, 'gaps');
    const analysis = analyzeProject(nodeHost, dir, [dir]);
    const en = runRules(analysis, {}, undefined, { language: 'en' });
    const pl = runRules(analysis, {}, undefined, { language: 'pl' });
    expect(pl.map((d) => [d.code, d.loc])).toEqual(en.map((d) => [d.code, d.loc]));
    expect(new Set(en.map((d) => d.code)).size).toBeGreaterThan(20);
    pl.forEach((d, i) => expect(d.message, d.code).not.toBe(en[i]!.message));
    const polish = analyzeSources({ 'main.ccp': 'project p { output_language: pl }\nprocess q { step a { end } }\n' });
    expect(runRules(polish).find((d) => d.code === 'unowned-step')!.message).toContain('nie ma roli wykonującej');
  });
});
