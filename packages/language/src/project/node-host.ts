import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import type { ProjectHost } from './host.js';

/**
 * The real file system, for front ends (the CLI, the language server) to pass to `analyzeProject`; the rest of the
 * package reads files only through the host it is given. Errors (missing, unreadable) read as "not there"; the
 * loader reports them.
 */
export const nodeHost: ProjectHost = {
  readFile(path) {
    try {
      return readFileSync(path);
    } catch {
      return undefined;
    }
  },
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
