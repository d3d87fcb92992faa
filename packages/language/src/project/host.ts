/**
 * The file system as the language sees it. Only front ends (CLI, language server) implement it, so the core never
 * touches the disk and tests run in memory. Paths are absolute and use '/'.
 */
export interface ProjectHost {
  /**
   * File contents as bytes, or undefined if it does not exist or cannot be read. With `maxBytes`, a host that can
   * tell returns `{ tooLarge }` instead of reading a bigger file, and `{ refused }` for what is not a regular file
   * (a device, a FIFO, a socket), so nothing unbounded or blocking is ever read.
   */
  readFile(path: string, maxBytes?: number): Uint8Array | ReadRefusal | undefined;
  /** What is at a path, or undefined if nothing. */
  stat(path: string): { kind: 'file' | 'dir' | 'other'; size: number } | undefined;
  /** Names in a directory (not paths); empty if it cannot be read. */
  readDir(path: string): string[];
  /** The path with symbolic links resolved, or undefined if it cannot be resolved. */
  realpath(path: string): string | undefined;
  /**
   * Optional: the text of a file the host already holds as text (an editor's open buffer), or undefined to read
   * its bytes with `readFile`. Saves encoding a buffer to UTF-8 and decoding it back on every keystroke.
   */
  readText?(path: string): string | undefined;
}

/** Why a host did not read a file: it is not a regular file (`refused` says what it is), or it is too large. */
export type ReadRefusal = { refused: string } | { tooLarge: number };

/** True when `readFile` gave bytes. */
export function isBytes(value: Uint8Array | ReadRefusal | undefined): value is Uint8Array {
  return value instanceof Uint8Array;
}

/** A host over a map of texts, for tests and for editors that hold unsaved buffers. */
export function memoryHost(files: Record<string, string>): ProjectHost {
  const encoder = new TextEncoder();
  const dirs = new Set<string>(['/']);
  for (const path of Object.keys(files)) {
    const parts = path.split('/');
    for (let i = 1; i < parts.length; i++) dirs.add(parts.slice(0, i).join('/') || '/');
  }
  return {
    readFile: (path) => (path in files ? encoder.encode(files[path]) : undefined),
    stat: (path) =>
      path in files ? { kind: 'file', size: encoder.encode(files[path]).length } : dirs.has(path) ? { kind: 'dir', size: 0 } : undefined,
    readDir: (path) => {
      const prefix = path.endsWith('/') ? path : path + '/';
      const names = new Set<string>();
      for (const p of [...Object.keys(files), ...dirs]) {
        if (p.startsWith(prefix) && p.length > prefix.length) names.add(p.slice(prefix.length).split('/')[0]!);
      }
      return [...names].sort();
    },
    realpath: (path) => path,
  };
}
