import { cliText } from '@ccp/core';
import { lstatSync, readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { UsageError, type CliContext } from '../context.js';
import { isInside } from '../io/inside.js';
import { findConfig } from '../project/load-cli-project.js';

const skipDirs = new Set(['node_modules', '.git', 'out', 'dist']);

/** A .ccp file to format: the path as it was reached (shown to the user) and its real path (read and written). */
export interface FmtFile {
  path: string;
  shown: string;
  real: string;
}

import type { CliText } from '@ccp/core';

export interface FmtFiles {
  /** In the order given, each folder's entries sorted; each real file once. */
  files: FmtFile[];
  /** Paths not followed or not read, each with why (printed; they do not change the exit code). */
  skipped: CliText[];
}

const code = (error: unknown) => (error as NodeJS.ErrnoException).code;

/** The real path of a symbolic link, or a UsageError naming it when it loops; undefined when it leads nowhere. */
function realOfLink(path: string, shown: string): string | undefined {
  try {
    return realpathSync(path);
  } catch (error) {
    if (code(error) === 'ELOOP') throw new UsageError(cliText('symlinkLoop', { path: shown }));
    if (code(error) === 'ENOENT' || code(error) === 'ENOTDIR') return undefined;
    throw new UsageError(cliText('cannotReadBecause', { path: shown, reason: (error as Error).message }));
  }
}

/**
 * Every .ccp file under the given paths, without leaving the project: folders are walked with `lstat`, and a
 * symbolic link (to a file or a folder) is followed only when its real path stays inside the project folder (the
 * folder of ccp.config.json above the path, or the path itself); one that leaves it is listed as skipped, never
 * followed. A symbolic-link loop (a link whose target leads back to itself) is a UsageError naming the link, found
 * before anything is written. Each real folder is walked once and each real file formatted once. Files named on
 * the command line are taken as given (a link there is the user's own choice); anything that is neither a regular
 * file nor a folder is skipped with a note.
 */
export function collectFmtFiles(ctx: CliContext, paths: string[]): FmtFiles {
  const byReal = new Map<string, FmtFile>();
  const skipped: CliText[] = [];
  const seenDirs = new Set<string>();
  const show = (path: string) => relative(ctx.cwd, path) || path;
  const add = (path: string, real: string) => {
    if (!byReal.has(real)) byReal.set(real, { path, shown: show(path), real });
  };

  const walk = (dir: string, realDir: string, root: string) => {
    if (seenDirs.has(realDir)) return;
    seenDirs.add(realDir);
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      throw new UsageError(cliText('cannotReadPath', { path: show(dir) }));
    }
    for (const name of names) {
      const path = join(dir, name);
      const ccp = name.endsWith('.ccp');
      let st: Stats | undefined = lstatSync(path, { throwIfNoEntry: false });
      let real = join(realDir, name);
      if (st?.isSymbolicLink()) {
        const target = realOfLink(path, show(path));
        if (target === undefined) {
          if (ccp) skipped.push(cliText('skippedLinkToNothing', { path: show(path) }));
          continue;
        }
        st = statSync(target, { throwIfNoEntry: false });
        if (!isInside(root, target)) {
          if (ccp || st?.isDirectory()) skipped.push(cliText('skippedLinkOutside', { path: show(path) }));
          continue;
        }
        real = target;
      }
      if (!st) continue;
      if (st.isDirectory()) {
        if (!skipDirs.has(name) && !name.startsWith('.')) walk(path, real, root);
      } else if (ccp) {
        if (st.isFile()) add(path, real);
        else skipped.push(cliText('skippedNotRegular', { path: show(path) }));
      }
    }
  };

  for (const p of paths.length ? paths : ['.']) {
    const abs = resolve(ctx.cwd, p);
    const link = lstatSync(abs, { throwIfNoEntry: false });
    if (!link) throw new UsageError(cliText('noSuchPath', { path: p }));
    const real = realOfLink(abs, p);
    const st = real === undefined ? undefined : statSync(real, { throwIfNoEntry: false });
    if (real === undefined || !st) throw new UsageError(cliText('noSuchPathLink', { path: p }));
    if (st.isDirectory()) {
      const config = findConfig(abs);
      const root = config ? (realOfLink(dirname(config), show(dirname(config))) ?? real) : real;
      walk(abs, real, root);
    } else if (st.isFile()) add(abs, real);
    else throw new UsageError(cliText('notFileOrFolder', { path: p }));
  }
  return { files: [...byReal.values()], skipped };
}
