import { existsSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { UsageError, type CliContext } from '../context.js';
import { configFile, projectId, starterCcp, workflowFile } from '../build/init-files.js';
import { CCP_VERSION } from '../format/doc-links.js';
import { writeFileAtomic } from '../io/write-file-atomic.js';
import type { InitOptions } from './init.js';

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
  const existing = files.map(([f]) => join(root, f)).filter((p) => existsSync(p));
  if (existing.length) {
    throw new UsageError(`${existing.map(show).join(', ')} already exist${existing.length === 1 ? 's' : ''}; ccp init does not overwrite files (nothing was written).`);
  }
  for (const [file, text] of files) writeFileAtomic(join(root, file), text);
  ctx.stdout.write(`Created ${files.map(([f]) => show(join(root, f))).join(', ')}.\nNext: edit main.ccp, then run \`ccp check ${show(root)}\` and \`ccp build ${show(root)}\`.\n` +
      `For CI, commit ccp's release tarball ccp-cli-${CCP_VERSION}.tgz and its .sha512 to tools/ (see the workflow).\n`);
  return 0;
}
