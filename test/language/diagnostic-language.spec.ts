import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliEn, cliPl, diagnosticEn, formsByLanguage, pathKindsEn, pathKindsPl, type Diagnostic } from '@ccp/core';
import { analyzeSources } from '@ccp/language';
import { ruleDescriptionsPl, rules, runRules } from '@ccp/checker';
import { RenameRequest } from 'vscode-languageserver-protocol';
import { LspClient } from '../lsp/lsp-client.js';
import { runCli } from '../support/run-cli.js';

/**
 * Issue 19, must-show 8: the reading, syntax and resolution diagnostics (CCP1xxx, CCP2xxx) come from the one
 * catalog and follow the project's output_language, in the library, the CLI (with --lang over it) and the language
 * server; the did-you-mean note and its quick fix too.
 */
const mistakes = {
  'roles.ccp': 'role agent "Konsultant" {\n  headcount: 3\n  backup: boss\n}\nrole boss { headcount: 1 }\n',
  'main.ccp': [
    'import "roles.ccp"',
    'channel phone {',
    '  aht: soon', // CCP2003: a duration
    '  volme: 100/day', // CCP2002: did you mean 'volume'?
    '  aht: 5m', // CCP2004: given twice
    '}',
    'procss p { }', // CCP2001: did you mean 'process'?
    'process q {',
    '  owner: agent',
    '  step a { by: agent  end }',
    '  step b { by: agent  decide { amount < 5 -> a  otherwise -> a } }', // CCP2005
    '}',
    'kpi k { target: 5 }', // CCP2003: a KPI target without a direction or unit
    'role x { headcount: 1 ~ }', // CCP1001
    'process open {', // CCP1005
    '',
  ].join('\n'),
};

const analyse = (language: 'en' | 'pl', project: string) => analyzeSources({ ...mistakes, 'project.ccp': project }, { language });
const polishProject = 'project acme { sponsor: boss  output_language: pl }\n';

const byPlace = (list: Diagnostic[]) => list.map((d) => `${d.loc.file}:${d.loc.start}:${d.code}`);

describe('reading, syntax and resolution diagnostics in the output language', () => {
  it('every such diagnostic is written from the catalog, and in Polish differs from the English', () => {
    const en = analyse('en', polishProject).diagnostics;
    const pl = analyse('pl', polishProject).diagnostics;
    const codes = new Set(en.map((d) => d.code));
    for (const code of ['CCP1001', 'CCP1005', 'CCP2001', 'CCP2002', 'CCP2003', 'CCP2004', 'CCP2005']) expect(codes, code).toContain(code);
    expect(byPlace(pl)).toEqual(byPlace(en));
    for (const [i, d] of en.entries()) {
      expect(d.text, `${d.code} ${d.message}`).toBeDefined();
      expect(pl[i]!.message, d.message).not.toBe(d.message);
      expect(pl[i]!.message).toMatch(/[.?]$/);
    }
  });

  it("follows the project's output_language by default; the did-you-mean suggestion and quick fix too", () => {
    const polish = analyse('pl', polishProject);
    const byDefault = analyzeSources({ ...mistakes, 'project.ccp': polishProject });
    expect(byDefault.diagnostics.map((d) => d.message)).toEqual(polish.diagnostics.map((d) => d.message));
    const field = byDefault.diagnostics.find((d) => d.code === 'CCP2002')!;
    expect(field.message).toBe("Kanał nie ma pola 'volme'. Czy chodziło o 'volume'?");
    expect(field.suggestion).toBe("Czy chodziło o 'volume'?");
    expect(field.fixes?.[0]?.title).toBe("Zmień na 'volume'");
    const duration = byDefault.diagnostics.find((d) => d.code === 'CCP2003' && d.message.includes("'aht'"))!;
    expect(duration.message).toBe("Pole 'aht' (kanał 'phone') wymaga czasu z jednostką (s, m, h, d, w), np. 'aht: 6m'.");
    const english = analyzeSources({ ...mistakes, 'project.ccp': 'project acme { sponsor: boss }\n' });
    expect(english.diagnostics.find((d) => d.code === 'CCP2002')!.message).toBe("Channel has no field 'volme'. Did you mean 'volume'?");
  });

  it('names the exact difference of an id that differs only in case, in Polish too', () => {
    const sources = { 'main.ccp': 'project p { output_language: pl }\nrole Agent { headcount: 2 }\nprocess q { step a { by: agent  end } }\n' };
    const analysis = analyzeSources(sources);
    const finding = runRules(analysis).find((d) => d.code === 'undefined-reference')!;
    expect(finding.message).toContain("Różnią się tylko wielkością liter ('a' tutaj, 'A' w deklaracji)");
  });

  it('has a Polish form for every English one (fieldExpects), each different', () => {
    expect(Object.keys(formsByLanguage.pl).sort()).toEqual(Object.keys(formsByLanguage.en).sort());
    for (const key of Object.keys(formsByLanguage.en) as (keyof typeof formsByLanguage.en)[]) {
      expect(formsByLanguage.pl[key]({ list: "'a'" }), key).not.toBe(formsByLanguage.en[key]({ list: "'a'" }));
    }
    expect(Object.keys(diagnosticEn).length).toBeGreaterThan(60);
  });
});

describe('the CLI and the language server', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ccp-lang-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('ccp check prints syntax errors in the project language, and in English with --lang en', async () => {
    writeFileSync(join(dir, 'main.ccp'), 'project p { sponsor: boss  output_language: pl }\nrole boss { headcount: 2  backup: boss }\nchannel phone { aht: soon }\n');
    const pl = await runCli(['check', dir]);
    expect(pl.stdout).toContain("Pole 'aht' (kanał 'phone') wymaga czasu z jednostką");
    const en = await runCli(['check', dir, '--lang', 'en']);
    expect(en.stdout).toContain("Field 'aht' of channel 'phone' expects a duration with a unit");
  });

  it('the language server gives the diagnostics of a Polish project in Polish', async () => {
    const client = await LspClient.start({ 'project.ccp': 'project p { output_language: pl }\n' });
    try {
      await client.open('main.ccp', 'channel phone { volme: 5/day }\n');
      const list = await client.waitForDiagnostics('main.ccp', (l) => l.some((d) => d.code === 'CCP2002'));
      expect(list.find((d) => d.code === 'CCP2002')!.message).toContain("Kanał nie ma pola 'volme'. Czy chodziło o 'volume'?");
    } finally {
      await client.stop();
    }
  });
});

/**
 * Arguments for any catalog message: numbers where a count is read (2 and 5 differ in Polish plurals), a list where
 * parts are joined, otherwise a value that reads as text and as a number.
 */
function sampleArgs(count: number): Record<string, unknown> {
  const lists: Record<string, unknown> = { parts: ['a.html', 'b.md'], ids: ['a', 'b'] };
  return new Proxy(lists, { get: (t, k) => (typeof k === 'string' && k in t ? t[k] : Object.assign(new Number(count), { join: () => String(count), map: (f: (x: unknown) => unknown) => [f('x')] })) });
}

describe("the language server's answers to a rename", () => {
  it('refuses an invalid or a taken id in the project language', async () => {
    const client = await LspClient.start({ 'project.ccp': 'project p { output_language: pl }\n' });
    try {
      const uri = await client.open('main.ccp', 'role agent { headcount: 2 }\nrole boss { headcount: 1 }\n');
      const at = { textDocument: { uri }, position: { line: 0, character: 6 } };
      await expect(client.connection.sendRequest(RenameRequest.type, { ...at, newName: 'dwa słowa' })).rejects.toThrow(
        "'dwa słowa' nie jest poprawnym identyfikatorem: użyj liter, cyfr, '_' i '-', zaczynając od litery lub '_'.",
      );
      await expect(client.connection.sendRequest(RenameRequest.type, { ...at, newName: 'boss' })).rejects.toThrow("'boss' jest już zadeklarowany; wybierz inny identyfikator.");
    } finally {
      await client.stop();
    }
  });
});

describe('what the command line says (cli-en.ts, cli-pl.ts)', () => {
  /** Messages that are the same in every language: a raw message of commander's, a config key or a file's name in front of another message. */
  const neutral = new Set(['commanderOther', 'configSetting', 'vendorFileProblem']);

  it('has a Polish text for every English one, each different and without English words', () => {
    expect(Object.keys(cliPl).sort()).toEqual(Object.keys(cliEn).sort());
    expect(Object.keys(cliEn).length).toBeGreaterThan(100);
    const english = /\b(the|is|are|cannot|was|were|with|and|of|not|no|use|expected|unknown|file|files|written|read)\b/;
    for (const key of Object.keys(cliEn) as (keyof typeof cliEn)[]) {
      for (const n of [1, 2, 5, 22]) {
        const en = (cliEn[key] as (a: unknown) => string)(sampleArgs(n));
        const pl = (cliPl[key] as (a: unknown) => string)(sampleArgs(n));
        expect(pl, key).toBeTruthy();
        if (neutral.has(key)) continue;
        expect(pl, key).not.toBe(en);
        // quoted values, option names and file names are not words of either language
        const words = pl.replace(/'[^']*'|`[^`]*`|--[\w-]+|<[^>]*>|\([^)]*FIFO\)|git [\w-]+/g, '');
        expect(words, `${key}: ${pl}`).not.toMatch(english);
      }
    }
  });

  it('says counts with Polish plural forms: 1 plik, 2 pliki, 5 plików, 22 pliki', () => {
    const docs = (n: number) => cliPl.docsWrote({ count: n, dir: 'out', files: 'a' });
    expect([1, 2, 5, 12, 22].map(docs)).toEqual([
      'Zapisano 1 plik w out: a.',
      'Zapisano 2 pliki w out: a.',
      'Zapisano 5 plików w out: a.',
      'Zapisano 12 plików w out: a.',
      'Zapisano 22 pliki w out: a.',
    ]);
    expect(cliPl.designErrorsRefused({ command: 'spec', errors: 3 })).toMatch(/^ccp spec: projekt ma 3 błędy; nic nie zostało zapisane\. Popraw je/);
    expect(cliPl.configTooLarge({ file: 'ccp.config.json', bytes: 2_000_000, limit: 1_048_576 })).toBe(
      'ccp.config.json ma 2\u00a0000\u00a0000 bajtów, więcej niż limit 1\u00a0048\u00a0576 bajtów dla pliku konfiguracji.',
    );
  });

  it('has a Polish description for every rule (ccp rules)', () => {
    expect(Object.keys(ruleDescriptionsPl).sort()).toEqual(rules.map((r) => r.id).sort());
    for (const r of rules) expect(ruleDescriptionsPl[r.id], r.id).not.toBe(r.description);
  });

  it("says the browser hint in English as @ccp/render words it", async () => {
    const { BROWSER_HINT } = await import('@ccp/render');
    expect(cliEn.browserHint()).toBe(BROWSER_HINT);
  });

  it('names every kind of path in Polish', () => {
    for (const k of pathKindsEn) expect(pathKindsPl[k], k).toBeDefined();
  });
});

describe('the help of the command line (help-en.ts, help-pl.ts)', () => {
  /** Words that Polish writes the same: the name `format`. */
  const neutral = new Set(['argFormat', 'valueFormat']);

  it('has a Polish text for every English one, each different and without English words', async () => {
    const { helpEn, helpPl } = await import('@ccp/core');
    expect(Object.keys(helpPl).sort()).toEqual(Object.keys(helpEn).sort());
    expect(Object.keys(helpEn).length).toBeGreaterThan(90);
    const english = /\b(the|is|are|cannot|was|were|with|and|or|of|not|no|use|expected|unknown|file|files|written|read|write|show|default|display|output|command|options?)\b/i;
    for (const key of Object.keys(helpEn) as (keyof typeof helpEn)[]) {
      const pl = helpPl[key];
      expect(pl, key).toBeTruthy();
      if (neutral.has(key)) continue;
      expect(pl, key).not.toBe(helpEn[key]);
      // option names, quoted names, settings and a JSON shape are not words of either language
      const words = pl.replace(/--[\w-]+|`[^`]*`|"[^"]*"|\{[^}]*\}|ccp [\w ]*(?:check|score|schema|json)\b/g, '');
      expect(words, `${key}: ${pl}`).not.toMatch(english);
    }
  });
});
