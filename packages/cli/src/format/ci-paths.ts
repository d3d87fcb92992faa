import { isAbsolute, join, relative, sep } from 'node:path';
import type { CheckReport } from './report.js';

/**
 * A finding's file for CI tools: relative to the current directory (normally the repository root, which is what
 * GitHub and GitLab resolve paths against), with '/' on every platform. A file outside the current directory keeps
 * its absolute path.
 */
export function ciPath(report: CheckReport, file: string): string {
  const abs = join(report.root, file);
  const rel = relative(report.cwd, abs);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return toPosix(abs);
  return toPosix(rel);
}

const toPosix = (p: string) => (sep === '/' ? p : p.split(sep).join('/'));
