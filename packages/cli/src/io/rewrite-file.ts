import { cliText, type CliText } from '@ccp/core';
import { randomBytes } from 'node:crypto';
import {
  accessSync,
  closeSync,
  constants,
  fchmodSync,
  fchownSync,
  fstatSync,
  fsyncSync,
  ftruncateSync,
  lstatSync,
  openSync,
  readSync,
  renameSync,
  rmSync,
  writeSync,
  type Stats,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UsageError } from '../context.js';

/** Not on Windows; there a link is never the last component of a real path anyway. */
const NOFOLLOW = constants.O_NOFOLLOW ?? 0;
const NONBLOCK = constants.O_NONBLOCK ?? 0;

export type ReadResult = { bytes: Uint8Array; stat: Stats } | { problem: CliText };

/**
 * Reads a regular file whole, or says why not: the file is opened without following a final symbolic link and
 * without blocking (a FIFO must not hang the run), and `fstat` on the opened file decides. Devices, FIFOs and
 * sockets are refused, and a file over `maxBytes` is refused before it is read.
 */
export function readRegularFile(path: string, maxBytes: number): ReadResult {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | NOFOLLOW | NONBLOCK);
  } catch (error) {
    return { problem: cliText('fileUnreadable', { reason: (error as NodeJS.ErrnoException).code ?? (error as Error).message }) };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { problem: cliText('fileNotRegular') };
    if (stat.size > maxBytes) return { problem: cliText('fileOverLimit', { bytes: stat.size, limit: maxBytes }) };
    const bytes = Buffer.alloc(stat.size);
    let got = 0;
    while (got < bytes.length) {
      const n = readSync(fd, bytes, got, bytes.length - got, got);
      if (n === 0) break;
      got += n;
    }
    return { bytes: bytes.subarray(0, got), stat };
  } finally {
    closeSync(fd);
  }
}

/** True when the file must not be written: no write permission bit at all (root would ignore it), or no access. */
export function isReadOnly(path: string, stat: Stats): boolean {
  if ((stat.mode & 0o222) === 0) return true;
  try {
    accessSync(path, constants.W_OK);
    return false;
  } catch {
    return true;
  }
}

function writeAll(fd: number, data: Uint8Array): void {
  let offset = 0;
  while (offset < data.length) offset += writeSync(fd, data, offset, data.length - offset, offset);
}

const code = (error: unknown) => (error as NodeJS.ErrnoException).code;

/** How `rewriteKeeping` wrote: a new file renamed over the old, or the same file written in place. */
export type Rewrite = 'renamed' | 'in-place';

/**
 * Replaces the content of the regular file at `path` (a real path) with `data`, keeping what makes it the same
 * file to its users: mode, owner and group, and its hard links. `before` is its `fstat` from when it was read.
 *
 * When the file has one link and a temporary file next to it can be given the same mode, owner and group, the data
 * goes there, is flushed, and is renamed over the file: readers see the old or the new file, never half of one.
 * Otherwise (a hard-linked file, whose other names a rename would cut off; a file whose owner this user may not
 * give to a new file; a folder where no new file can be made) the file is written in place, so its inode, links,
 * owner and mode stay: first a complete copy of the new text is written and flushed next to it
 * (`.<name>.<pid>.fmt-copy`), then the file is overwritten and truncated, then the copy is removed. If the write
 * fails half-way, the copy holds the whole formatted text, and the error names it.
 *
 * The file must still be the one that was read (same device and inode); otherwise nothing is written. Failures are
 * UsageErrors naming `shown`.
 */
export function rewriteKeeping(path: string, data: Uint8Array, before: Stats, shown: string): Rewrite {
  const dir = dirname(path);
  const base = basename(path);
  const stillSame = () => {
    const now = lstatSync(path, { throwIfNoEntry: false });
    if (!now?.isFile() || now.ino !== before.ino || now.dev !== before.dev) {
      throw new UsageError(cliText('changedWhileFormatting', { path: shown }));
    }
  };

  if (before.nlink === 1) {
    const temp = join(dir, `.${base}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    let fd: number | undefined;
    try {
      fd = openSync(temp, 'wx', 0o600);
    } catch {
      fd = undefined; // the folder takes no new file: write in place below
    }
    if (fd !== undefined) {
      let kept = false;
      try {
        writeAll(fd, data);
        const made = fstatSync(fd);
        if (made.uid !== before.uid || made.gid !== before.gid) fchownSync(fd, before.uid, before.gid);
        fchmodSync(fd, before.mode & 0o7777); // after chown, which may clear set-id bits
        fsyncSync(fd);
        kept = true;
      } catch (error) {
        if (code(error) !== 'EPERM' && code(error) !== 'EINVAL') {
          closeSync(fd);
          fd = undefined;
          rmSync(temp, { force: true });
          throw new UsageError(cliText('cannotWrite', { path: shown, reason: (error as Error).message }));
        }
        // this user may not give a new file that owner or group: write in place below, which keeps them
      } finally {
        if (fd !== undefined) closeSync(fd);
        if (!kept) rmSync(temp, { force: true });
      }
      if (kept) {
        try {
          stillSame();
          renameSync(temp, path);
        } catch (error) {
          rmSync(temp, { force: true });
          if (error instanceof UsageError) throw error;
          throw new UsageError(cliText('cannotWrite', { path: shown, reason: (error as Error).message }));
        }
        return 'renamed';
      }
    }
  }

  const copy = join(dir, `.${base}.${process.pid}.fmt-copy`);
  let fd: number;
  try {
    fd = openSync(copy, 'wx', 0o600);
    try {
      writeAll(fd, data);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    rmSync(copy, { force: true });
    const why = before.nlink > 1 ? `it has ${before.nlink} hard links, so it is rewritten in place,` : 'it must be rewritten in place (to keep its owner),';
    throw new UsageError(cliText('noSafetyCopy', { path: shown, links: before.nlink, reason: (error as Error).message }));
  }
  try {
    stillSame();
    fd = openSync(path, constants.O_WRONLY | NOFOLLOW);
  } catch (error) {
    rmSync(copy, { force: true });
    if (error instanceof UsageError) throw error;
    throw new UsageError(cliText('cannotWrite', { path: shown, reason: (error as Error).message }));
  }
  try {
    const st = fstatSync(fd);
    if (st.ino !== before.ino || st.dev !== before.dev) {
      rmSync(copy, { force: true });
      throw new UsageError(cliText('changedWhileFormatting', { path: shown }));
    }
    writeAll(fd, data);
    ftruncateSync(fd, data.length);
    fsyncSync(fd);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(cliText('inPlaceFailed', { path: shown, reason: (error as Error).message, copy }));
  } finally {
    closeSync(fd);
  }
  rmSync(copy, { force: true });
  return 'in-place';
}
