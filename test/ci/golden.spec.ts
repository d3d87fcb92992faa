import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtures, run } from './helpers.js';

/**
 * Golden files: the exact output of each CI format and of `ccp diff`, reviewed as files. `pnpm test:update`
 * (CCP_UPDATE_GOLDEN=1) rewrites them; the diff of that rewrite is what a reviewer checks.
 */
function golden(file: string, actual: string): void {
  if (process.env.CCP_UPDATE_GOLDEN) writeFileSync(file, actual);
  if (!existsSync(file)) throw new Error(`${file} is missing; run 'pnpm test:update' and review the new file.`);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

/**
 * SARIF without what changes for reasons outside this feature: the absolute URI of the current directory, the
 * tool's version, and the rule catalogue (it grows with every new rule; formats.spec.ts checks it), so
 * `ruleIndex` goes too.
 */
function stableSarif(text: string): string {
  const log = JSON.parse(text);
  const run0 = log.runs[0];
  run0.originalUriBaseIds.SRCROOT.uri = 'file:///SRCROOT/';
  run0.tool.driver.semanticVersion = '(version)';
  run0.tool.driver.rules = `(${run0.tool.driver.rules.length > 0 ? 'every rule and code' : 'none'})`;
  for (const result of run0.results) delete result.ruleIndex;
  return JSON.stringify(log, null, 2) + '\n';
}

describe('golden outputs', () => {
  for (const [format, ext] of [['sarif', 'sarif'], ['github', 'github.txt'], ['junit', 'junit.xml'], ['json', 'json']] as const) {
    it(`ccp check --format ${format}`, async () => {
      const r = await run(['check', 'ci-findings', '--format', format], fixtures);
      expect(r.code).toBe(1);
      golden(join(fixtures, 'ci-findings', `expected.${ext}`), format === 'sarif' ? stableSarif(r.stdout) : r.stdout);
    });
  }

  for (const [format, ext] of [['md', 'md'], ['json', 'json']] as const) {
    it(`ccp diff --format ${format}`, async () => {
      const r = await run(['diff', 'old', 'new', '--format', format], join(fixtures, 'ci-diff'));
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('');
      golden(join(fixtures, 'ci-diff', `expected.${ext}`), r.stdout);
    });
  }
});
