import { cliText } from '@ccp/core';
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, lstatSync, mkdirSync, openSync, readSync, realpathSync, rmSync, statSync, constants } from 'node:fs';
import { dirname, extname, isAbsolute, join, normalize, relative, resolve, sep } from 'node:path';
import { UsageError } from '../context.js';
import { checkInside } from './confine.js';
import { configPathInside, isInside } from './inside.js';
import { writeFileAtomic } from './write-file-atomic.js';
import { writeSafe } from '../format/terminal-safe.js';
import type { CliContext } from '../context.js';
import { say } from '../language.js';

/** The hidden list of what ccp wrote into an output folder, so that a later run can remove what it no longer makes. */
export const MANIFEST = '.ccp-outputs.json';
const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
/** Larger stale outputs are left alone rather than read whole to compare. */
const MAX_DIGEST_BYTES = 256 * 1024 * 1024;

/** Where an output folder comes from: the command line is the user's choice; a config (or the default) is not. */
export type OutputSource = { from: 'command line' } | { from: 'config'; realRoot: string; setting: string };

const toPosix = (p: string) => (sep === '/' ? p : p.split(sep).join('/'));

/**
 * A folder that one command writes its outputs into. Every write goes through {@link OutputFolder.write}: atomic,
 * only over regular files, and confined by real path to the folder (a symbolic link inside it that leads out is an
 * error naming the link). A folder named by a config must also lie, by real path, inside the project: a committed
 * `out -> ../home` link is refused. `finish()` removes the files that ccp itself wrote there on an earlier run and
 * no longer makes (the outputs of a deleted process), and records what this run wrote.
 */
export class OutputFolder {
  /** What this run wrote: relative path -> SHA-256 of the bytes. */
  private readonly written = new Map<string, string>();

  private constructor(
    readonly path: string,
    readonly real: string,
  ) {}

  static open(path: string, source: OutputSource): OutputFolder {
    let st;
    try {
      st = statSync(path);
    } catch {
      st = undefined;
    }
    if (st && !st.isDirectory()) {
      throw new UsageError(cliText('notAFolder', { path }));
    }
    if (source.from === 'config') checkConfigured(source.realRoot, path, source.setting);
    try {
      mkdirSync(path, { recursive: true });
    } catch (error) {
      throw new UsageError(cliText('cannotCreate', { path, reason: (error as Error).message }));
    }
    const real = realpathSync.native(path);
    if (source.from === 'config') checkConfigured(source.realRoot, path, source.setting);
    return new OutputFolder(path, real);
  }

  /** Writes `file` (an absolute path under the folder). */
  write(file: string, data: string | Uint8Array): void {
    const rel = relative(this.path, file);
    if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) throw new UsageError(cliText('notInOutputFolder', { file, folder: this.path }));
    if (toPosix(rel) === MANIFEST) throw new UsageError(cliText('manifestFile', { file }));
    writeFileAtomic(file, data, this.real);
    this.written.set(toPosix(rel), digest(data));
  }

  /**
   * Removes files listed by the earlier run's manifest that this run did not write, where this run wrote files of
   * the same kind (same sub-folder and extension): SVGs stay when this run rendered none (no browser), but the
   * `.mmd` and `.svg` of a deleted process go. Only regular files inside the folder whose bytes are still exactly
   * what ccp wrote (the SHA-256 in the manifest) are removed: a file edited since, or one a committed manifest
   * names without knowing its bytes, stays. Records what this run wrote. Returns the files removed.
   */
  finish(): string[] {
    const previous = readManifest(join(this.path, MANIFEST));
    const kinds = new Set([...this.written.keys()].map(kindKey));
    const removed: string[] = [];
    const kept = new Map<string, string>();
    for (const [rel, hash] of previous) {
      if (this.written.has(rel)) continue;
      const file = join(this.path, rel);
      if (!kinds.has(kindKey(rel))) {
        if (exists(file)) kept.set(rel, hash);
        continue;
      }
      try {
        if (!lstatSync(file).isFile()) continue;
        checkInside(this.real, dirname(file));
        if (digestOf(file) !== hash) continue;
        rmSync(file);
        removed.push(file);
      } catch {
        // gone already, or not ours to remove (a link out of the folder): leave it
      }
    }
    const files = Object.fromEntries([...this.written, ...kept].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    writeFileAtomic(join(this.path, MANIFEST), JSON.stringify({ version: 2, files }, null, 1) + '\n', this.real);
    return removed;
  }
}

const digest = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/** The SHA-256 of a regular file's bytes (opened without following a link), or undefined. */
function digestOf(file: string): string | undefined {
  const bytes = readSmallFile(file, MAX_DIGEST_BYTES);
  return bytes === undefined ? undefined : digest(bytes);
}

function kindKey(rel: string): string {
  return `${dirname(rel)}\0${extname(rel)}`;
}

function exists(file: string): boolean {
  try {
    return lstatSync(file).isFile();
  } catch {
    return false;
  }
}

function checkConfigured(realRoot: string, path: string, setting: string): void {
  try {
    checkInside(realRoot, path, { within: 'project' });
  } catch (error) {
    if (error instanceof UsageError) throw new UsageError(cliText('configSetting', { setting, problem: error.text }));
    throw error;
  }
}

/** A regular file's bytes, opened without following a link and without blocking, or undefined (over `max` too). */
function readSmallFile(file: string, max: number): Buffer | undefined {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch {
    return undefined;
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile() || st.size > max) return undefined;
    const buffer = Buffer.alloc(st.size);
    let offset = 0;
    while (offset < st.size) {
      const n = readSync(fd, buffer, offset, st.size - offset, offset);
      if (n === 0) break;
      offset += n;
    }
    return buffer.subarray(0, offset);
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/**
 * The entries of an earlier manifest: relative path -> SHA-256 of what ccp wrote there. Anything odd (not a
 * regular file, too big, bad JSON, `..`, an absolute path, no hash: the list of an older ccp) is ignored.
 */
function readManifest(file: string): Map<string, string> {
  const entries = new Map<string, string>();
  const bytes = readSmallFile(file, MAX_MANIFEST_BYTES);
  if (bytes === undefined) return entries;
  let data: { files?: unknown };
  try {
    data = JSON.parse(bytes.toString('utf8')) as { files?: unknown };
  } catch {
    return entries;
  }
  if (typeof data.files !== 'object' || data.files === null || Array.isArray(data.files)) return entries;
  for (const [f, hash] of Object.entries(data.files as Record<string, unknown>)) {
    const safe = f !== '' && !isAbsolute(f) && normalize(f) === f && !f.split(/[\\/]/).includes('..') && f !== MANIFEST && isInside('/x', join('/x', f));
    if (safe && typeof hash === 'string' && /^[0-9a-f]{64}$/.test(hash)) entries.set(f, hash);
  }
  return entries;
}

/**
 * The output folder of a command: `--out` from the command line as given, or `<outputs.dir or out>/<sub>` of the
 * project, which must stay inside the project by path and by real path.
 */
export function projectOutputFolder(cwd: string, project: { root: string; config: { outputs?: { dir?: string } } }, out: string | undefined, sub: string): OutputFolder {
  if (out !== undefined) return OutputFolder.open(resolve(cwd, out), { from: 'command line' });
  const dir = project.config.outputs?.dir;
  const setting = dir === undefined ? 'outputs.dir (default "out")' : 'outputs.dir';
  const base = configPathInside(project.root, project.root, dir ?? 'out', setting);
  return OutputFolder.open(sub ? resolve(base, sub) : base, { from: 'config', realRoot: realRoot(project.root), setting });
}

function realRoot(root: string): string {
  try {
    return realpathSync.native(root);
  } catch {
    return root;
  }
}

/** One line naming the outputs of an earlier run that were removed because nothing makes them any more. */
export function removedNote(ctx: CliContext, removed: string[], show: (p: string) => string): void {
  if (removed.length) writeSafe(ctx.stdout, `${say(ctx, 'removedOutputs', { count: removed.length, files: removed.map(show).join(', ') })}\n`);
}
