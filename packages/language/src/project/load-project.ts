import { posix } from 'node:path';
import { pushAll, Codes, say, type Diagnostic } from '@ccp/core';
import type { ImportNode } from '../syntax/syntax-tree.js';
import { isBytes, type ProjectHost } from './host.js';
import { defaultLimits, type Limits } from './limits.js';
import { checkSourceText, readSource, tooLarge } from './read-source.js';

export interface LoadedFile {
  /** Path relative to the project root, with '/'. */
  file: string;
  text: string;
}

export interface LoadResult {
  files: LoadedFile[];
  diagnostics: Diagnostic[];
}

/** Parses a file far enough to know its imports; analyze() passes its cached parser here. */
export type ImportReader = (file: string, text: string) => ImportNode[];

/** Folders a project walk never enters. */
export const skipDirs: ReadonlySet<string> = new Set(['node_modules', '.git', 'out', 'dist']);

/**
 * Finds the files of a project: every .ccp file under the given directories, the given files, and whatever they
 * import, transitively. Imports must stay inside the root; cycles, symlink loops and the limits are reported, never
 * followed forever.
 */
export function loadProject(
  host: ProjectHost,
  root: string,
  entries: string[],
  readImports: ImportReader,
  limits: Limits = defaultLimits,
  trustedEntries = false,
  skipNestedProjects = false,
): LoadResult {
  const diagnostics: Diagnostic[] = [];
  host = cachedLookups(host);
  const realRoot = host.realpath(root) ?? root;
  const rel = (abs: string) => posix.relative(root, abs) || posix.basename(abs);
  const queue: string[] = [];
  // by real path: a file reached through a symbolic-link folder inside the project, or imported under two
  // spellings, is read once (twice would declare every id in it twice)
  const queued = new Set<string>();
  /** The path each real file was first queued by: an import through another spelling is an edge to that path. */
  const firstPath = new Map<string, string>();
  const enqueue = (abs: string) => {
    const real = host.realpath(abs) ?? abs;
    if (queued.has(real)) return true;
    if (queued.size >= limits.maxFiles) return false;
    queued.add(real);
    firstPath.set(real, abs);
    queue.push(abs);
    return true;
  };
  const leaves = (abs: string) => {
    const real = host.realpath(abs) ?? abs;
    if (isInside(realRoot, real)) return false;
    diagnostics.push({
      code: Codes.linkOutsideProject,
      severity: 'warning',
      ...say('linkOutside', { path: rel(abs) }),
      loc: { file: rel(abs), start: 0, end: 0 },
    });
    return true;
  };
  let tooMany = false;

  /** Entry files as given, then the files found in entry folders (sorted). */
  const givenFiles: string[] = [];
  const walkedFiles: string[] = [];
  for (const entry of entries) {
    if (!trustedEntries && leaves(entry)) continue;
    const st = host.stat(entry);
    if (st?.kind === 'dir') {
      for (const f of walk(host, entry, realRoot, diagnostics, rel, skipNestedProjects)) {
        walkedFiles.push(f);
        if (!enqueue(f)) tooMany = true;
      }
    } else {
      givenFiles.push(entry);
      if (!enqueue(entry)) tooMany = true;
    }
  }

  const files: LoadedFile[] = [];
  const absOf = new Map<LoadedFile, string>();
  const importsOf = new Map<string, { node: ImportNode; target: string }[]>();
  while (queue.length) {
    const abs = queue.shift()!;
    const file = rel(abs);
    const held = host.readText?.(abs);
    const bytes = held === undefined ? host.readFile(abs, limits.maxFileBytes) : undefined;
    const { text, diagnostic } = held !== undefined ? checkSourceText(held, file, limits) : isBytes(bytes) ? readSource(bytes, file, limits) : {};
    if (held === undefined && !isBytes(bytes)) {
      if (bytes && 'tooLarge' in bytes) diagnostics.push(tooLarge(bytes.tooLarge, file, limits));
      else {
        const said = bytes ? say('notRegularFile', { file, what: bytes.refused }) : say('cannotRead', { file });
        diagnostics.push({ code: Codes.unreadable, severity: 'error', ...said, loc: { file, start: 0, end: 0 } });
      }
      continue;
    }
    if (diagnostic) diagnostics.push(diagnostic);
    if (text === undefined) continue;
    const loaded = { file, text };
    files.push(loaded);
    absOf.set(loaded, abs);
    const edges: { node: ImportNode; target: string }[] = [];
    for (const node of readImports(file, text)) {
      const target = posix.resolve(posix.dirname(abs), node.path);
      const real = host.realpath(target) ?? target;
      if (!isInside(realRoot, real) || !isInside(root, target)) {
        diagnostics.push({
          code: Codes.importOutsideProject,
          severity: 'error',
          ...say('importOutside', { path: node.path }),
          loc: node.pathLoc,
        });
        continue;
      }
      const st = host.stat(target);
      if (!st || st.kind !== 'file') {
        diagnostics.push({
          code: Codes.importNotFound,
          severity: 'error',
          ...say(st?.kind === 'dir' ? 'importIsFolder' : st ? 'importNotRegular' : 'importMissing', { path: node.path }),
          loc: node.pathLoc,
        });
        continue;
      }
      if (!enqueue(target)) tooMany = true;
      // the edge goes to the path the file is known by, so a cycle through a linked folder is still a cycle
      else edges.push({ node, target: firstPath.get(host.realpath(target) ?? target) ?? target });
    }
    importsOf.set(abs, edges);
  }
  if (tooMany) {
    diagnostics.push({
      code: Codes.tooManyFiles,
      severity: 'error',
      ...say('tooManyFiles', { max: limits.maxFiles }),
      loc: { file: files[0]?.file ?? rel(entries[0] ?? root), start: 0, end: 0 },
    });
  }
  pushAll(diagnostics, importProblems(importsOf, limits));
  if (walkedFiles.length === 0 && givenFiles.length > 0 && !tooMany) pushAll(diagnostics, unreachedFiles(host, root, realRoot, queued, rel, skipNestedProjects));
  return { files: designOrder(files, absOf, importsOf, givenFiles, walkedFiles), diagnostics };
}

/**
 * The files in the order of the design: each entry file, then what it imports, depth first, in the order of its
 * imports; then each file of an entry folder that no other file imports (by name), with its imports. Elements keep
 * this order in the model, so every output lists them as the design reads, not by file name.
 */
function designOrder(
  files: LoadedFile[],
  absOf: Map<LoadedFile, string>,
  importsOf: Map<string, { target: string }[]>,
  givenFiles: string[],
  walkedFiles: string[],
): LoadedFile[] {
  const byAbs = new Map<string, LoadedFile>();
  for (const f of files) byAbs.set(absOf.get(f)!, f);
  const imported = new Set<string>();
  for (const edges of importsOf.values()) for (const e of edges) imported.add(e.target);
  const roots = [...givenFiles, ...walkedFiles.filter((f) => !imported.has(f))];
  const out: LoadedFile[] = [];
  const seen = new Set<string>();
  for (const root of [...roots, ...files.map((f) => absOf.get(f)!)]) {
    // iterative pre-order depth-first walk: deep import chains cannot overflow the stack
    const stack = [root];
    while (stack.length) {
      const abs = stack.pop()!;
      if (seen.has(abs)) continue;
      seen.add(abs);
      const f = byAbs.get(abs);
      if (f) out.push(f);
      const edges = importsOf.get(abs) ?? [];
      for (let i = edges.length - 1; i >= 0; i--) if (!seen.has(edges[i]!.target)) stack.push(edges[i]!.target);
    }
  }
  return out;
}

/**
 * With entry files (no folder), the .ccp files under the project that no import reaches: they look like part of
 * the design but are not read, so each is a warning on its first line.
 */
function unreachedFiles(
  host: ProjectHost,
  root: string,
  realRoot: string,
  reached: ReadonlySet<string> /* real paths */,
  rel: (p: string) => string,
  skipNestedProjects: boolean,
): Diagnostic[] {
  const ignored: Diagnostic[] = [];
  return walk(host, root, realRoot, ignored, rel, skipNestedProjects)
    // `reached` holds real paths: a project reached through a symbolic link (a linked home folder) is no exception
    .filter((f) => !reached.has(host.realpath(f) ?? f))
    .map((f) => ({
      code: Codes.unreachedFile,
      severity: 'warning' as const,
      ...say('unreachedFile', { file: rel(f) }),
      loc: { file: rel(f), start: 0, end: 0 },
    }));
}

/**
 * The host with `realpath` and `stat` remembered for the length of one load: a big project imports the same few
 * files (roles, data) from hundreds of files, and each lookup is a system call or several.
 */
function cachedLookups(host: ProjectHost): ProjectHost {
  const real = new Map<string, string | undefined>();
  const stats = new Map<string, ReturnType<ProjectHost['stat']>>();
  return {
    readFile: (path, maxBytes) => host.readFile(path, maxBytes),
    ...(host.readText ? { readText: (path: string) => host.readText!(path) } : {}),
    readDir: (path) => host.readDir(path),
    realpath(path) {
      if (!real.has(path)) real.set(path, host.realpath(path));
      return real.get(path);
    },
    stat(path) {
      if (!stats.has(path)) stats.set(path, host.stat(path));
      return stats.get(path);
    },
  };
}

function isInside(root: string, path: string): boolean {
  const r = posix.relative(root, path);
  return r === '' || (!r.startsWith('..') && !posix.isAbsolute(r));
}

/**
 * All .ccp files under a directory, sorted, each directory read once even through symbolic-link loops. A symbolic
 * link whose target lies outside `realRoot` is reported and not followed: a pull request can add `x.ccp ->
 * /etc/passwd`, and its text must not reach findings, documents or CI annotations.
 */
/** The .ccp files under `dir`; with `skipNestedProjects`, a sub-folder holding its own ccp.config.json is another project and is not entered. */
function walk(host: ProjectHost, dir: string, realRoot: string, diagnostics: Diagnostic[], rel: (p: string) => string, skipNestedProjects = false): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const stack = [dir];
  while (stack.length) {
    const current = stack.pop()!;
    const real = host.realpath(current) ?? current;
    if (seen.has(real)) {
      diagnostics.push({
        code: Codes.symlinkLoop,
        severity: 'warning',
        ...say('symlinkLoop', { folder: rel(current) }),
        loc: { file: rel(current), start: 0, end: 0 },
      });
      continue;
    }
    seen.add(real);
    const subdirs: string[] = [];
    for (const name of host.readDir(current)) {
      if (name.startsWith('.') || skipDirs.has(name)) continue;
      const path = posix.join(current, name);
      const st = host.stat(path);
      // a .ccp name that is a device, FIFO or socket is listed too: reading refuses it with a message (CCP3003)
      if (!st || (st.kind !== 'dir' && !name.endsWith('.ccp'))) continue;
      const real = host.realpath(path) ?? path;
      if (!isInside(realRoot, real)) {
        diagnostics.push({
          code: Codes.linkOutsideProject,
          severity: 'warning',
          ...say('linkOutside', { path: rel(path) }),
          loc: { file: rel(path), start: 0, end: 0 },
        });
        continue;
      }
      if (st.kind === 'dir') {
        if (!skipNestedProjects || !host.stat(posix.join(path, 'ccp.config.json'))) subdirs.push(path);
      } else out.push(path);
    }
    pushAll(stack, subdirs.sort().reverse());
  }
  return out.sort();
}

/** Import cycles (reported on the import that closes them) and chains deeper than the limit. */
function importProblems(graph: Map<string, { node: ImportNode; target: string }[]>, limits: Limits): Diagnostic[] {
  const out: Diagnostic[] = [];
  const state = new Map<string, 1 | 2>(); // 1 on stack, 2 done
  for (const start of graph.keys()) {
    if (state.has(start)) continue;
    const stack: { file: string; edge: number }[] = [{ file: start, edge: 0 }];
    state.set(start, 1);
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      const edges = graph.get(top.file) ?? [];
      if (top.edge >= edges.length) {
        state.set(top.file, 2);
        stack.pop();
        continue;
      }
      const { node, target } = edges[top.edge++]!;
      const s = state.get(target);
      if (s === 1) {
        const cycle = [...stack.slice(stack.findIndex((x) => x.file === target)).map((x) => posix.basename(x.file)), posix.basename(target)];
        out.push({
          code: Codes.importCycle,
          severity: 'error',
          ...say('importCycle', { path: node.path, cycle: cycle.join(' -> ') }),
          loc: node.pathLoc,
        });
      } else if (s === undefined) {
        if (stack.length >= limits.maxImportDepth) {
          out.push({
            code: Codes.importTooDeep,
            severity: 'error',
            ...say('importTooDeep', { max: limits.maxImportDepth }),
            loc: node.pathLoc,
          });
          // the rest of this chain is not checked again from its middle: one chain, one error
          markDone(graph, target, state);
          continue;
        }
        state.set(target, 1);
        stack.push({ file: target, edge: 0 });
      }
    }
  }
  return out;
}

/** Marks every file reachable from `start` and not yet visited as done, without recursion. */
function markDone(graph: Map<string, { target: string }[]>, start: string, state: Map<string, 1 | 2>): void {
  const todo = [start];
  while (todo.length) {
    const file = todo.pop()!;
    if (state.has(file)) continue;
    state.set(file, 2);
    for (const { target } of graph.get(file) ?? []) todo.push(target);
  }
}
