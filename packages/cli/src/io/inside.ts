import { cliText } from '@ccp/core';
import { isAbsolute, relative, resolve } from 'node:path';
import { UsageError } from '../context.js';

/** True when `path` is `root` or lies under it (both absolute). */
export function isInside(root: string, path: string): boolean {
  const r = relative(root, path);
  return r === '' || (!r.startsWith('..') && !isAbsolute(r));
}

/**
 * Resolves a path written in ccp.config.json against `base` and refuses one that leaves `root`: a shared config
 * must not make `ccp build` write outside the project, nor into a `.git` folder. (`--out` on the command line is the
 * user's own choice and is not checked.) `setting` names the config key in the message.
 */
export function configPathInside(root: string, base: string, value: string, setting: string): string {
  const path = resolve(base, value);
  if (!isInside(root, path)) {
    throw new UsageError(cliText('configPathOutside', { setting, value }));
  }
  // git's own folder holds its configuration and hooks: a shared config must not make ccp write there
  if (relative(root, path).split(/[\\/]/).some((part) => part.toLowerCase() === '.git')) {
    throw new UsageError(cliText('configPathGit', { setting, value }));
  }
  return path;
}
