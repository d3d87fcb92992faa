import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Model } from '@ccp/core';
import { analyzeSources } from '@ccp/language';
import type { DiagramOptions } from '@ccp/generators/mermaid';
import { examplesDir, repoRoot } from '../support/paths.js';

export const fixturesDir = join(repoRoot, 'test', 'fixtures');

/** Every `.ccp` file under a folder, keyed by path relative to it. */
function ccpFiles(dir: string, root = dir, out: Record<string, string> = {}): Record<string, string> {
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) ccpFiles(path, root, out);
    else if (entry.endsWith('.ccp')) out[relative(root, path).split('\\').join('/')] = readFileSync(path, 'utf8');
  }
  return out;
}

/** The model of a folder of `.ccp` files (a fixture or an example). */
export function modelOf(dir: string): Model {
  return analyzeSources(ccpFiles(dir)).model;
}

/** The `test/fixtures/mermaid-*` cases, with their options.json if any. */
export function mermaidFixtures(): { name: string; dir: string; options: DiagramOptions }[] {
  return readdirSync(fixturesDir)
    .filter((d) => d.startsWith('mermaid-'))
    .sort()
    .map((name) => {
      const dir = join(fixturesDir, name);
      const optionsFile = join(dir, 'options.json');
      const options = existsSync(optionsFile) ? (JSON.parse(readFileSync(optionsFile, 'utf8')) as DiagramOptions) : {};
      return { name, dir, options };
    });
}

/** Every example project: a folder under examples/ holding `.ccp` files (picked up automatically). */
export function exampleProjects(): { name: string; dir: string }[] {
  if (!existsSync(examplesDir)) return [];
  return readdirSync(examplesDir)
    .sort()
    .map((name) => ({ name, dir: join(examplesDir, name) }))
    .filter(({ dir }) => statSync(dir).isDirectory() && Object.keys(ccpFiles(dir)).length > 0);
}
