import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '@ccp/checker';
import { findingsOf } from '../support/rule-tester.js';
import { examplesDir, repoRoot } from '../support/paths.js';
import { runCli } from '../support/run-cli.js';

function codeBlock(doc: string, heading: string): string | undefined {
  const m = new RegExp(`## ${heading}\\n\\n\`\`\`ccp\\n([\\s\\S]*?)\\n\`\`\``).exec(doc);
  return m?.[1];
}

describe('every rule is complete', () => {
  for (const rule of rules) {
    describe(rule.id, () => {
      const doc = join(repoRoot, 'docs', 'rules', `${rule.id}.md`);
      it('has a module, a spec with valid and invalid cases, and a doc page', () => {
        const dir = join(repoRoot, 'packages', 'checker', 'src', 'rules');
        expect(existsSync(join(dir, `${rule.id}.ts`)), 'rule module').toBe(true);
        const spec = join(dir, `${rule.id}.spec.ts`);
        expect(existsSync(spec), 'rule spec').toBe(true);
        expect(readFileSync(spec, 'utf8')).toMatch(/valid:[\s\S]*invalid:/);
        expect(existsSync(doc), 'docs/rules page').toBe(true);
      });
      it('documents itself with examples that behave as the doc says', () => {
        const text = readFileSync(doc, 'utf8');
        expect(text.startsWith(`# ${rule.id}\n`)).toBe(true);
        expect(text).toContain(rule.description);
        expect(text).toContain(`**${rule.severity}**`);
        const invalid = codeBlock(text, 'Invalid');
        const valid = codeBlock(text, 'Valid');
        expect(invalid, 'an Invalid ccp block').toBeDefined();
        expect(valid, 'a Valid ccp block').toBeDefined();
        expect(findingsOf(rule, { 'doc.ccp': invalid! }).length).toBeGreaterThan(0);
        expect(findingsOf(rule, { 'doc.ccp': valid! })).toEqual([]);
      });
    });
  }

  it('has no doc page for a rule that does not exist', () => {
    const ids = new Set(rules.map((r) => r.id));
    const pages = readdirSync(join(repoRoot, 'docs', 'rules')).filter((f) => f.endsWith('.md') && f !== 'README.md');
    expect(pages.filter((p) => !ids.has(p.replace(/\.md$/, '')))).toEqual([]);
  });

  it('has unique ids', () => {
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
  });
});

describe('bundled examples', () => {
  it('examples/gaps makes every rule fire and exits 1', async () => {
    const run = await runCli(['check', join(examplesDir, 'gaps'), '--format', 'json']);
    expect(run.code).toBe(1);
    const fired = new Set((JSON.parse(run.stdout) as { findings: { ruleId: string }[] }).findings.map((f) => f.ruleId));
    expect(rules.map((r) => r.id).filter((id) => !fired.has(id))).toEqual([]);
  });

  for (const name of ['acme-contact-center', 'sklep-internetowy']) {
    it(`examples/${name} checks with 0 errors and 0 warnings`, async () => {
      const run = await runCli(['check', join(examplesDir, name), '--format', 'json']);
      expect(JSON.parse(run.stdout)).toEqual({ findings: [], summary: { errors: 0, warnings: 0 } });
      expect(run.code).toBe(0);
    });
  }
});

describe('ccp rules', () => {
  it('prints every rule as { id, severity, description }', async () => {
    const run = await runCli(['rules', '--format', 'json']);
    expect(run.code).toBe(0);
    const list = JSON.parse(run.stdout) as { id: string; severity: string; description: string }[];
    expect(list.map((r) => r.id)).toEqual(rules.map((r) => r.id));
    for (const r of list) expect(Object.keys(r).sort()).toEqual(['description', 'id', 'severity']);
  });
});
