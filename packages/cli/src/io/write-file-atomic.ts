import { cliText } from '@ccp/core';
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, lstatSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UsageError } from '../context.js';
import { checkInside, kindOf } from './confine.js';

const TEMP = /^\..+\.(\d+)\.[0-9a-f]{8}\.tmp$/;
const swept = new Set<string>();

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes temporary files that a killed earlier run left in `dir` (once per folder and process). */
function sweep(dir: string): void {
  if (swept.has(dir)) return;
  swept.add(dir);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const m = TEMP.exec(name);
    if (m && !alive(Number(m[1]))) rmSync(join(dir, name), { force: true });
  }
}

/**
 * Refuses to replace anything but a regular file: renaming over a symbolic link, a device node (`-o /dev/null`), a
 * FIFO or a folder would destroy it (or, as root, break the system), and following a link would write elsewhere.
 */
export function checkReplaceable(path: string): void {
  let kind: string | undefined;
  try {
    kind = kindOf(lstatSync(path));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return; // a new path
    throw new UsageError(cliText('cannotWrite', { path, reason: (error as Error).message }));
  }
  if (kind !== 'file') {
    throw new UsageError(cliText('notReplaceable', { path, kind }));
  }
}

/**
 * Writes a file so that readers see either the old file or the whole new one, never half of it: the data goes to
 * a temporary file in the same folder (same file system, so the rename is atomic), is flushed to disk, and is
 * renamed over the target. Parent folders are created, and temporary files that a killed earlier run left are
 * removed. Only a regular file or a new path is written (see {@link checkReplaceable}); with `within`, the real
 * path of the folder written into must lie under that real path (a symbolic link that leads out is refused,
 * never followed). On failure the temporary file is removed and a UsageError (exit 2) names the path.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array, within?: string): void {
  const dir = dirname(path);
  if (within !== undefined) checkInside(within, dir);
  checkReplaceable(path);
  const temp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    mkdirSync(dir, { recursive: true });
    if (within !== undefined) checkInside(within, dir);
    sweep(dir);
    const fd = openSync(temp, 'wx', 0o644);
    try {
      const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
      let offset = 0;
      while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
  } catch (error) {
    try {
      rmSync(temp, { force: true });
    } catch {
      // the folder itself is missing or not a folder: no temporary file was made
    }
    if (error instanceof UsageError) throw error;
    throw new UsageError(cliText('cannotWrite', { path, reason: (error as Error).message }));
  }
}
