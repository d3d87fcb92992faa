import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeDescriptions, Codes } from '@ccp/core';
import { analyzeProject, analyzeSources, nodeHost } from '@ccp/language';
import { rules, runRules } from '@ccp/checker';
import { exampleProjects } from '../support/golden.js';
import { repoRoot } from '../support/paths.js';

/** Every TypeScript source file of the packages (not their tests). */
function sources(dir = join(repoRoot, 'packages')): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name === 'node_modules' || e.name === 'dist') continue;
    const path = join(dir, e.name);
    if (e.isDirectory()) out.push(...sources(path));
    else if (e.name.endsWith('.ts') && !e.name.endsWith('.spec.ts') && !e.name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

const doc = readFileSync(join(repoRoot, 'docs', 'diagnostics.md'), 'utf8');
const ruleIds = new Set(rules.map((r) => r.id));

/** Every code reported over the examples, the golden fixtures and the ccp blocks of the docs. */
function reportedCodes(): Set<string> {
  const codes = new Set<string>();
  const add = (analysis: Parameters<typeof runRules>[0] & { diagnostics: { code: string }[] }) => {
    for (const d of [...analysis.diagnostics, ...runRules(analysis)]) codes.add(d.code);
  };
  for (const { dir } of exampleProjects()) add(analyzeProject(nodeHost, dir, [dir]));
  const fixtures = join(repoRoot, 'test', 'fixtures');
  for (const name of readdirSync(fixtures)) {
    const dir = join(fixtures, name);
    add(analyzeProject(nodeHost, dir, [dir]));
  }
  const docs = join(repoRoot, 'docs');
  const pages = [join(docs, 'language.md'), ...readdirSync(join(docs, 'rules')).map((f) => join(docs, 'rules', f))];
  for (const page of pages)
    for (const m of readFileSync(page, 'utf8').matchAll(/```ccp\n([\s\S]*?)```/g)) add(analyzeSources({ 'doc.ccp': m[1]! }));
  return codes;
}

describe('docs/diagnostics.md', () => {
  it('lists every code and every rule', () => {
    for (const code of Object.keys(codeDescriptions)) expect(doc, code).toContain(`\`${code}\``);
    for (const id of ruleIds) expect(doc, id).toContain(`\`${id}\``);
  });

  it('documents only codes ccp emits, or says that it does not', () => {
    const text = sources().filter((f) => !f.endsWith(join('core', 'src', 'messages.ts'))).map((f) => readFileSync(f, 'utf8')).join('\n');
    for (const [key, code] of Object.entries(Codes)) {
      const emitted = text.includes(`Codes.${key}`);
      expect([code, emitted || codeDescriptions[code].startsWith('Not emitted')]).toEqual([code, true]);
      if (emitted) expect(codeDescriptions[code].startsWith('Not emitted'), code).toBe(false);
    }
  });

  it('names the code each diagnostic really arrives with', () => {
    const codes = reportedCodes();
    expect(codes.size).toBeGreaterThan(20);
    for (const code of codes) {
      expect(code in codeDescriptions || ruleIds.has(code), code).toBe(true);
      expect(doc, code).toContain(`\`${code}\``);
      if (code in codeDescriptions) expect(codeDescriptions[code as keyof typeof codeDescriptions].startsWith('Not emitted'), code).toBe(false);
    }
    // an undeclared element arrives as the rule, never as CCP2005 (which is an undeclared quantity)
    const analysis = analyzeSources({ 'main.ccp': 'process p { step a { by: nobody  end } }' });
    expect([...analysis.diagnostics, ...runRules(analysis)].map((d) => d.code)).toContain('undefined-reference');
    expect(doc).toMatch(/CCP2005.*undefined-reference/);
  });
});
