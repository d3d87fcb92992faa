import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect } from 'vitest';
import { examplesDir } from './paths.js';

/** Compares text with a golden file; with CCP_UPDATE_GOLDEN=1 (pnpm test:update) rewrites the file instead. */
export function expectGolden(path: string, actual: string): void {
  if (process.env.CCP_UPDATE_GOLDEN === '1' || !existsSync(path)) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    if (process.env.CCP_UPDATE_GOLDEN !== '1' && process.env.CI) throw new Error(`${path} was missing; it has been written, review and commit it.`);
    return;
  }
  expect(actual, `${path} differs; run CCP_UPDATE_GOLDEN=1 npx vitest run and review the diff`).toBe(readFileSync(path, 'utf8'));
}

/** Every bundled example: folders under examples/ holding .ccp files, picked up automatically. */
export function exampleProjects(): { name: string; dir: string }[] {
  if (!existsSync(examplesDir)) return [];
  return readdirSync(examplesDir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => ({ name: e.name, dir: join(examplesDir, e.name) }))
    .filter(({ dir }) => hasCcp(dir))
    .sort((a, b) => (a.name < b.name ? -1 : 1));
}

function hasCcp(dir: string): boolean {
  return readdirSync(dir, { withFileTypes: true }).some((e) => (e.isFile() && e.name.endsWith('.ccp')) || (e.isDirectory() && hasCcp(join(dir, e.name))));
}
