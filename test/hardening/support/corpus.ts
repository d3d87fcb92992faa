import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { examplesDir } from '../../support/paths.js';

/** One example project: its folder and its .ccp files keyed by project-relative path with '/'. */
export interface ExampleProject {
  name: string;
  dir: string;
  files: Record<string, string>;
}

function ccpFiles(root: string, dir = root, out: Record<string, string> = {}): Record<string, string> {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) ccpFiles(root, path, out);
    else if (name.endsWith('.ccp')) out[relative(root, path).split('\\').join('/')] = readFileSync(path, 'utf8');
  }
  return out;
}

/** Every example under examples/, read once. */
export const examples: ExampleProject[] = readdirSync(examplesDir)
  .sort()
  .filter((name) => statSync(join(examplesDir, name)).isDirectory())
  .map((name) => ({ name, dir: join(examplesDir, name), files: ccpFiles(join(examplesDir, name)) }));

/** Every file of every example, as [example, file] pairs: the seeds the mutations start from. */
export const seeds: { example: ExampleProject; file: string; text: string }[] = examples.flatMap((example) =>
  Object.entries(example.files).map(([file, text]) => ({ example, file, text })),
);

/** A multiplier for every numRuns (CCP_FUZZ_SCALE=10 for a long local run); CI uses 1. */
export const fuzzScale = Math.max(0.05, Number(process.env.CCP_FUZZ_SCALE ?? '1') || 1);
export const runs = (n: number): number => Math.max(1, Math.round(n * fuzzScale));
/** A test's time limit, scaled with the number of runs (and never below the given one). */
export const timeout = (ms: number): number => Math.round(ms * Math.max(1, fuzzScale));
