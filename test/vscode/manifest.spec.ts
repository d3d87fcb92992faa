import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/paths.js';

// The extension's manifest and packaging rules (issue 18, must-show 1): what `vsce package` and
// scripts/package-vsix.mjs need, and the settings and commands the client registers.

const dir = join(repoRoot, 'packages/vscode');
interface Manifest {
  main: string;
  license: string;
  repository?: { url: string };
  scripts: Record<string, string>;
  activationEvents: string[];
  contributes: {
    commands: { command: string; title: string; category: string; icon?: string }[];
    menus?: Record<string, { command: string; when?: string; group?: string }[]>;
    configuration: { properties: Record<string, { scope?: string }> };
  };
}
const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest;

describe('the extension manifest', () => {
  it('builds through vscode:prepublish, and names a licence file and a repository', () => {
    expect(manifest.scripts['vscode:prepublish']).toBe('node scripts/build-extension.mjs');
    expect(manifest.main).toBe('./out/extension.cjs');
    expect(manifest.license).toBe('MIT');
    expect(readFileSync(join(dir, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n/);
    expect(manifest.repository?.url).toMatch(/^https:\/\//);
  });

  it('keeps ccp.server.path to user settings (a workspace cannot choose the program that runs)', () => {
    expect(manifest.contributes.configuration.properties['ccp.server.path']?.scope).toBe('machine');
  });

  it('contributes the commands the client registers', () => {
    const source = readFileSync(join(dir, 'src/extension.ts'), 'utf8');
    const registered = [...source.matchAll(/const \w+ = '(ccp\.\w+)';/g)].map((m) => m[1]).sort();
    expect(manifest.contributes.commands.map((c) => c.command).sort()).toEqual(registered);
    expect(manifest.contributes.commands.map((c) => `${c.category}: ${c.title}`)).toContain('ccp: Restart language server');
    expect(manifest.activationEvents).toContain('onLanguage:ccp');
  });

  it('contributes "ccp: Open preview", with a button in the title bar of .ccp editors only', () => {
    const preview = manifest.contributes.commands.find((c) => c.command === 'ccp.openPreview');
    expect(preview && `${preview.category}: ${preview.title}`).toBe('ccp: Open preview');
    expect(preview?.icon).toBe('$(open-preview)');
    expect(manifest.contributes.menus?.['editor/title']).toEqual([{ command: 'ccp.openPreview', when: 'resourceLangId == ccp', group: 'navigation' }]);
  });

  it('.vscodeignore lets through exactly the files package-vsix.mjs ships', () => {
    const allowed = readFileSync(join(dir, '.vscodeignore'), 'utf8')
      .split('\n')
      .filter((l) => l.startsWith('!'))
      .map((l) => l.slice(1))
      .sort();
    expect(readFileSync(join(dir, '.vscodeignore'), 'utf8')).toMatch(/^\*\*$/m);
    const script = readFileSync(join(dir, 'scripts/package-vsix.mjs'), 'utf8');
    const shipped = [...script.matchAll(/'extension\/([^']+)':/g)]
      .map((m) => m[1]!)
      .map((f) => ({ 'readme.md': 'README.md', 'LICENSE.txt': 'LICENSE' })[f] ?? f);
    // folders shipped whole (the preview server's files)
    const folders = /const shippedFolders = \[([^\]]*)\]/.exec(script)?.[1] ?? '';
    for (const m of folders.matchAll(/'([^']+)'/g)) shipped.push(`${m[1]}/**`);
    shipped.sort();
    expect(shipped).toEqual(allowed);
  });
});
