import { closeSync, constants, fstatSync, openSync, readdirSync, readSync, realpathSync, statSync, type Stats } from 'node:fs';
import type { ProjectHost, ReadRefusal } from './host.js';

/** What a path that is not a regular file is, in words for messages. */
export function fileKind(st: Stats): string {
  if (st.isDirectory()) return 'a folder';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  if (st.isFIFO()) return 'a named pipe (FIFO)';
  if (st.isSocket()) return 'a socket';
  return 'not a regular file';
}

/**
 * Reads a regular file, and only that: it is opened without blocking (a FIFO would otherwise wait forever for a
 * writer), the opened descriptor is checked with `fstat` (no race between a check and the open), and the size
 * limit applies before a byte is read, so a symbolic link to `/dev/zero` or a huge file costs nothing. Undefined
 * when it does not exist or cannot be opened.
 */
export function readRegularFile(path: string, maxBytes = Number.POSITIVE_INFINITY): Uint8Array | ReadRefusal | undefined {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch {
    // a socket cannot be opened at all (ENXIO): say what it is rather than "cannot read"
    try {
      const st = statSync(path);
      if (!st.isFile()) return { refused: fileKind(st) };
    } catch {
      // missing or not allowed: not there
    }
    return undefined;
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return { refused: fileKind(st) };
    if (st.size > maxBytes) return { tooLarge: st.size };
    const size = st.size;
    const buffer = Buffer.allocUnsafe(size);
    let offset = 0;
    while (offset < size) {
      const n = readSync(fd, buffer, offset, size - offset, null);
      if (n === 0) break; // the file shrank meanwhile
      offset += n;
    }
    return offset === size ? buffer : buffer.subarray(0, offset);
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/**
 * The real file system, for front ends (the CLI, the language server) to pass to `analyzeProject`; the rest of the
 * package reads files only through the host it is given. Errors (missing, unreadable) read as "not there"; the
 * loader reports them.
 */
export const nodeHost: ProjectHost = {
  readFile: (path, maxBytes) => readRegularFile(path, maxBytes),
  stat(path) {
    try {
      const s = statSync(path);
      return { kind: s.isFile() ? 'file' : s.isDirectory() ? 'dir' : 'other', size: s.size };
    } catch {
      return undefined;
    }
  },
  readDir(path) {
    try {
      return readdirSync(path).sort();
    } catch {
      return [];
    }
  },
  realpath(path) {
    try {
      // the native call: the JavaScript one checks every component of the path with its own lstat
      return realpathSync.native(path);
    } catch {
      return undefined;
    }
  },
};
