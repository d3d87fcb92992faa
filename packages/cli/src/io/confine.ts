import { lstatSync, realpathSync, type Stats } from 'node:fs';
import { cliText } from '@ccp/core';
import { dirname } from 'node:path';
import { UsageError } from '../context.js';
import { isInside } from './inside.js';

/** What a path is, in words for messages: `'file'` for a regular file, otherwise "a symbolic link", "a device"... */
export function kindOf(st: Stats): string {
  if (st.isFile()) return 'file';
  if (st.isSymbolicLink()) return 'a symbolic link';
  if (st.isDirectory()) return 'a folder';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  if (st.isFIFO()) return 'a named pipe (FIFO)';
  if (st.isSocket()) return 'a socket';
  return 'not a regular file';
}

/** The nearest part of `path` that exists (the path itself, or a parent), or undefined if none does. */
function existingPart(path: string): string | undefined {
  for (let p = path; ; p = dirname(p)) {
    try {
      lstatSync(p);
      return p;
    } catch {
      if (dirname(p) === p) return undefined;
    }
  }
}

/** The folder a write must stay in, for the messages: the output folder, the project folder, or `ccp init`'s folder. */
export type Within = { within: 'output' | 'project' } | { within: 'init'; root: string };

/**
 * Refuses a folder whose real path (symbolic links resolved, as far as it exists) leaves `realRoot`: writing
 * through a committed `out -> ../home` link must never happen. The message names the link to remove.
 */
export function checkInside(realRoot: string, dir: string, where: Within = { within: 'output' }): void {
  const part = existingPart(dir);
  if (part === undefined) return;
  let real: string;
  try {
    real = realpathSync.native(part);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && lstatSync(part).isSymbolicLink()) {
      throw new UsageError(cliText('linkToNothing', { path: part, within: where.within }));
    }
    throw new UsageError(cliText('cannotResolve', { path: part, reason: (error as Error).message }));
  }
  if (isInside(realRoot, real)) return;
  // name the link: the outermost part of `part` whose real path has left the root
  let link = part;
  for (let p = dirname(part); dirname(p) !== p; p = dirname(p)) {
    let r: string;
    try {
      r = realpathSync.native(p);
    } catch {
      break;
    }
    if (isInside(realRoot, r)) break;
    link = p;
  }
  throw new UsageError(cliText('linkLeadsOutside', { link, real, ...where }));
}
