import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UsageError } from '../context.js';

/**
 * Writes a file so that readers see either the old file or the whole new one, never half of it: the data goes to
 * a temporary file in the same folder (same file system, so the rename is atomic), is flushed to disk, and is
 * renamed over the target. Parent folders are created. On failure the temporary file is removed and a UsageError
 * (exit 2) names the path.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const dir = dirname(path);
  const temp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    mkdirSync(dir, { recursive: true });
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
    throw new UsageError(`${path}: cannot be written (${(error as Error).message}).`);
  }
}
