import { describe, expect, it } from 'vitest';
import { analyzeSources } from '@ccp/language';
import { runRules, type Rule } from '@ccp/checker';

/** A case: one file's text, or several files by name. In invalid cases «...» marks each expected finding. */
export type RuleCase = string | Record<string, string>;

const OPEN = '«';
const CLOSE = '»';

/** Removes the «» markers and returns the expected `[file, start, end]` ranges in the clean text. */
export function stripMarkers(files: Record<string, string>): { files: Record<string, string>; ranges: [string, number, number][] } {
  const clean: Record<string, string> = {};
  const ranges: [string, number, number][] = [];
  for (const [file, text] of Object.entries(files)) {
    let out = '';
    let open = -1;
    for (const ch of text) {
      if (ch === OPEN) open = out.length;
      else if (ch === CLOSE) {
        ranges.push([file, open, out.length]);
        open = -1;
      } else out += ch;
    }
    clean[file] = out;
  }
  return { files: clean, ranges: ranges.sort((a, b) => (a[0] === b[0] ? a[1] - b[1] : a[0] < b[0] ? -1 : 1)) };
}

function asFiles(c: RuleCase): Record<string, string> {
  return typeof c === 'string' ? { 'main.ccp': c } : c;
}

/** Runs only `rule` over the sources and returns its findings. */
export function findingsOf(rule: Rule, files: Record<string, string>) {
  const analysis = analyzeSources(files);
  return runRules(analysis, {}, [rule]);
}

/**
 * ESLint-style table test for a rule: no finding on any valid case; on each invalid case exactly the marked
 * ranges, with the rule's id as code and its default severity.
 */
export function testRule(rule: Rule, cases: { valid: RuleCase[]; invalid: RuleCase[] }): void {
  describe(`rule ${rule.id}`, () => {
    it('has an id, a description and a severity', () => {
      expect(rule.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(rule.description.length).toBeGreaterThan(10);
      expect(['error', 'warning']).toContain(rule.severity);
    });
    cases.valid.forEach((c, i) => {
      it(`valid case ${i + 1}`, () => {
        expect(findingsOf(rule, asFiles(c)).map((d) => d.message)).toEqual([]);
      });
    });
    cases.invalid.forEach((c, i) => {
      it(`invalid case ${i + 1}`, () => {
        const { files, ranges } = stripMarkers(asFiles(c));
        expect(ranges.length, 'an invalid case marks at least one range with «»').toBeGreaterThan(0);
        const found = findingsOf(rule, files).sort((a, b) => (a.loc.file === b.loc.file ? a.loc.start - b.loc.start : a.loc.file < b.loc.file ? -1 : 1));
        expect(found.map((d) => [d.loc.file, d.loc.start, d.loc.end])).toEqual(ranges);
        for (const d of found) {
          expect(d.code).toBe(rule.id);
          expect(d.severity).toBe(rule.severity);
          expect(d.message.length).toBeGreaterThan(10);
        }
      });
    });
  });
}
