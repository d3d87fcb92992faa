import { lstatSync, mkdirSync, realpathSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { UsageError, type CliContext } from '../context.js';
import { configFile, projectId, starterCcp, workflowFile } from '../build/init-files.js';
import { checkInside } from '../io/confine.js';
import { CCP_VERSION } from '../format/doc-links.js';
import { writeFileAtomic } from '../io/write-file-atomic.js';
import type { InitOptions } from './init.js';
import { writeSafe } from '../format/terminal-safe.js';

/** Scaffolds a project in `dir`; writes nothing when any of its files already exists (exit 2). */
export async function runInit(ctx: CliContext, dir: string, opts: InitOptions): Promise<number> {
  const language = opts.language ?? 'en';
  if (language !== 'en' && language !== 'pl') throw new UsageError(`--language ${language}: expected en or pl.`);
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
    throw new UsageError(`${existing.map(show).join(', ')} already exist${existing.length === 1 ? 's' : ''}; ccp init does not overwrite files (nothing was written).`);
  }
  try {
    mkdirSync(root, { recursive: true });
  } catch (error) {
    throw new UsageError(`${show(root)}: cannot be created (${(error as Error).message}).`);
  }
  // every file stays inside the folder by real path: a `.github` link that leads elsewhere is refused, naming it
  const real = realpathSync.native(root);
  try {
    for (const [file] of files) checkInside(real, dirname(join(root, file)));
  } catch (error) {
    throw new UsageError((error as Error).message.replace('outside the output folder', `outside ${show(root)}`).replace(' or name another folder with --out', '') + ' Nothing was written.');
  }
  for (const [file, text] of files) writeFileAtomic(join(root, file), text, real);
  writeSafe(ctx.stdout, `Created ${files.map(([f]) => show(join(root, f))).join(', ')}.\nNext: edit main.ccp, then run \`ccp check ${show(root)}\` and \`ccp build ${show(root)}\`.\n` +
      `For CI, commit ccp's release tarball ccp-cli-${CCP_VERSION}.tgz and its .sha512 to tools/ (see the workflow).\n`);
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
