import { posix } from 'node:path';
import type { ProjectHost } from './host.js';
import { skipDirs } from './load-project.js';

/** The name of a project's configuration file; its folder is the project's root. */
export const PROJECT_CONFIG = 'ccp.config.json';

/**
 * The nearest ccp.config.json in `start` (an absolute folder, with '/') or a folder above it, or undefined. This is
 * how every front end finds a project: `ccp check` from the folder it is given, the language server from the
 * folder of each file.
 */
export function findConfig(host: ProjectHost, start: string): string | undefined {
  let dir = start;
  for (;;) {
    const candidate = posix.join(dir, PROJECT_CONFIG);
    if (host.stat(candidate)) return candidate;
    const parent = posix.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/**
 * The folders under `folder` (itself included) that hold a ccp.config.json: the projects an editor's workspace
 * folder contains. Skips the folders a project walk skips (hidden ones, node_modules, out, dist) and symbolic-link
 * loops; stops after `maxDirs` folders so a huge workspace cannot stall the editor.
 */
export function findProjectRoots(host: ProjectHost, folder: string, maxDirs = 20_000): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const stack = [folder];
  while (stack.length && seen.size < maxDirs) {
    const dir = stack.pop()!;
    const real = host.realpath(dir) ?? dir;
    if (seen.has(real)) continue;
    seen.add(real);
    const names = host.readDir(dir);
    if (names.includes(PROJECT_CONFIG)) out.push(dir);
    for (const name of names) {
      if (name.startsWith('.') || skipDirs.has(name) || name.endsWith('.ccp') || name === PROJECT_CONFIG) continue;
      const path = posix.join(dir, name);
      if (host.stat(path)?.kind === 'dir') stack.push(path);
    }
  }
  return out.sort();
}
