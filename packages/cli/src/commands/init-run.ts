import { cliText } from '@ccp/core';
import { lstatSync, mkdirSync, realpathSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { UsageError, type CliContext } from '../context.js';
import { configFile, projectId, starterCcp, workflowFile } from '../build/init-files.js';
import { checkInside } from '../io/confine.js';
import { CCP_VERSION } from '../format/doc-links.js';
import { writeFileAtomic } from '../io/write-file-atomic.js';
import type { InitOptions } from './init.js';
import { writeSafe } from '../format/terminal-safe.js';
import { say } from '../language.js';

/** Scaffolds a project in `dir`; writes nothing when any of its files already exists (exit 2). */
export async function runInit(ctx: CliContext, dir: string, opts: InitOptions): Promise<number> {
  const language = opts.language ?? 'en';
  if (language !== 'en' && language !== 'pl') throw new UsageError(cliText('langExpected', { source: '--language', value: language }));
  // what init says follows the language of the project it makes (unless --lang or CCP_LANG says otherwise)
  ctx.language = { ...ctx.language, project: language };
  const root = resolve(ctx.cwd, dir);
  const name = (opts.name ?? basename(root)).trim() || 'Contact center';
  const files: [string, string][] = [
    ['ccp.config.json', configFile(name)],
    ['main.ccp', starterCcp(projectId(basename(root)), name, language)],
    [join('.github', 'workflows', 'ccp.yml'), workflowFile(CCP_VERSION)],
  ];
  const show = (p: string) => relative(ctx.cwd, p) || '.';
  // lstat: a dangling symbolic link is there too, and is not written through
  const existing = files.map(([f]) => join(root, f)).filter((p) => present(p));
  if (existing.length) {
    throw new UsageError(cliText('initExists', { files: existing.map(show).join(', '), count: existing.length }));
  }
  try {
    mkdirSync(root, { recursive: true });
  } catch (error) {
    throw new UsageError(cliText('cannotCreate', { path: show(root), reason: (error as Error).message }));
  }
  // every file stays inside the folder by real path: a `.github` link that leads elsewhere is refused, naming it
  const real = realpathSync.native(root);
  try {
    for (const [file] of files) checkInside(real, dirname(join(root, file)), { within: 'init', root: show(root) });
  } catch (error) {
    if (error instanceof UsageError) throw new UsageError(cliText('nothingWritten', { problem: error.text }));
    throw error;
  }
  for (const [file, text] of files) writeFileAtomic(join(root, file), text, real);
  writeSafe(ctx.stdout, `${say(ctx, 'initCreated', { files: files.map(([f]) => show(join(root, f))).join(', '), root: show(root), version: CCP_VERSION })}\n`);
  return 0;
}

function present(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}
