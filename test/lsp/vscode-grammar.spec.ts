import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allSpecs } from '@ccp/language';
import { repoRoot } from '../support/paths.js';
import { scopes } from './textmate.js';

const extension = join(repoRoot, 'packages', 'vscode');
const readJson = (path: string) => JSON.parse(readFileSync(join(extension, path), 'utf8')) as Record<string, unknown>;

describe('the VS Code extension', () => {
  it('tokenizes a sample with the TextMate grammar', async () => {
    const tokens = await scopes(
      [
        '// Obsługa reklamacji',
        'import "roles.ccp"',
        'process reklamacja "Obsługa reklamacji" {',
        '  owner: complaints_lead  sla: respond 1d, resolve 14d',
        '  step register { by: agent  next: assess }',
        '  step assess {',
        '    decide {',
        '      "value \\"low\\"" -> accept /* cheap */',
        '      otherwise -> investigate',
        '    }',
        '    end',
        '  }',
        '}',
        'channel phone { volume: 1200/day  hours: "Mo-Fr 08:00-20:00"  service_level: 80% in 20s  personal: true }',
        'role agent { rate: £19/h  backup: senior, lead }',
        'process p { sla: resolve 20bd  step s { decide { amount < 250 GBP 30% -> t  otherwise 70% -> t } } }',
      ].join('\n'),
    );
    const scopeOf = (text: string) => tokens.find(([t]) => t === text)?.[1];
    if (process.env.CCP_DUMP_TOKENS) console.log(tokens);
    expect(scopeOf('Obsługa reklamacji')).toBe('comment.line.double-slash.ccp');
    expect(scopeOf('import')).toBe('keyword.control.import.ccp');
    expect(scopeOf('process')).toBe('storage.type.declaration.ccp');
    expect(scopeOf('reklamacja')).toBe('entity.name.type.ccp');
    expect(scopeOf('owner')).toBe('variable.other.property.ccp');
    expect(scopeOf('14d')).toBe('constant.numeric.ccp');
    expect(scopeOf('step')).toBe('storage.type.declaration.ccp');
    expect(scopeOf('register')).toBe('entity.name.type.ccp');
    expect(scopeOf('decide')).toBe('keyword.control.decide.ccp');
    expect(scopeOf('\\"')).toBe('constant.character.escape.ccp');
    expect(scopeOf('->')).toBe('keyword.operator.ccp');
    expect(scopeOf('cheap')).toBe('comment.block.ccp');
    expect(scopeOf('otherwise')).toBe('keyword.control.ccp');
    expect(scopeOf('end')).toBe('keyword.control.ccp');
    expect(scopeOf('80%')).toBe('constant.numeric.ccp');
    expect(scopeOf('true')).toBe('constant.language.boolean.ccp');
    expect(scopeOf('agent')).toBe('variable.other.reference.ccp');
    expect(scopeOf('£')).toBe('constant.other.currency.ccp');
    expect(scopeOf('20bd')).toBe('constant.numeric.ccp');
    expect(scopeOf('30%')).toBe('constant.numeric.ccp');
    expect(scopeOf('<')).toBe('keyword.operator.ccp');
  });

  it('highlights every kind of declaration the language has', async () => {
    const tokens = await scopes(allSpecs.map((s) => `${s.keyword} some_id {}`).join('\n'));
    for (const spec of allSpecs) expect([spec.keyword, tokens.find(([t]) => t === spec.keyword)?.[1]]).toEqual([spec.keyword, 'storage.type.declaration.ccp']);
  });

  it('declares the language, grammar, configuration and snippets it ships', () => {
    const manifest = readJson('package.json') as {
      main: string;
      contributes: { languages: { id: string; extensions: string[]; configuration: string }[]; grammars: { path: string; scopeName: string }[]; snippets: { path: string }[] };
    };
    expect(manifest.contributes.languages[0]).toMatchObject({ id: 'ccp', extensions: ['.ccp'] });
    expect(manifest.contributes.grammars[0]!.scopeName).toBe('source.ccp');
    for (const path of [manifest.contributes.languages[0]!.configuration, manifest.contributes.grammars[0]!.path, manifest.contributes.snippets[0]!.path]) {
      expect(() => readJson(path)).not.toThrow();
    }
    const config = readJson('language-configuration.json') as { comments: unknown; brackets: unknown };
    expect(config.comments).toEqual({ lineComment: '//', blockComment: ['/*', '*/'] });
    expect(config.brackets).toEqual([['{', '}']]);
    // declaration snippets come from the language server, only where a declaration can start (a static snippet
    // file would offer them in values too): test/lsp/editor-features.spec.ts
    expect(readJson('snippets/ccp.code-snippets')).toEqual({});
  });
});

describe('packaging', () => {
  it('writes a .vsix offline with the manifest, the bundled client and the contributed files', async () => {
    const { execFileSync } = await import('node:child_process');
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const out = join(mkdtempSync(join(tmpdir(), 'ccp-vsix-')), 'ccp.vsix');
    execFileSync(process.execPath, [join(extension, 'scripts', 'package-vsix.mjs'), '--out', out], { stdio: 'pipe' });
    const JSZip = createRequire(join(extension, 'package.json'))('jszip') as typeof import('jszip');
    const zip = await JSZip.loadAsync(readFileSync(out));
    // the preview server's docs templates are listed by test/vscode/vsix.spec.ts; its page's assets are serve's own
    const serveAssets = readdirSync(join(repoRoot, 'packages', 'serve', 'assets')).map((f) => `extension/out/serve/assets/${f}`);
    expect(serveAssets).toContain('extension/out/serve/assets/app.js');
    expect(Object.keys(zip.files).filter((f) => !f.startsWith('extension/out/generators/templates/')).sort()).toEqual([
      ...serveAssets,
      '[Content_Types].xml',
      'extension.vsixmanifest',
      'extension/LICENSE.txt',
      'extension/language-configuration.json',
      'extension/out/bpmn-viewer.min.js',
      'extension/out/extension.cjs',
      'extension/out/mermaid.min.js',
      'extension/out/preview.cjs',
      'extension/out/server.cjs',
      'extension/package.json',
      'extension/readme.md',
      'extension/snippets/ccp.code-snippets',
      'extension/syntaxes/ccp.tmLanguage.json',
    ].sort());
    const shipped = JSON.parse(await zip.file('extension/package.json')!.async('string')) as Record<string, unknown>;
    expect(shipped.devDependencies).toBeUndefined();
    expect(shipped.main).toBe('./out/extension.cjs');
    const bundle = await zip.file('extension/out/extension.cjs')!.async('string');
    expect(bundle).toMatch(/exports\.activate\s*=/);
    expect(bundle).toContain('require("vscode")');
    expect(await zip.file('extension.vsixmanifest')!.async('string')).toContain('Id="ccp-vscode" Version="0.1.0" Publisher="ccp"');
  });
});
