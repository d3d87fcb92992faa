import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { LineIndex } from '@ccp/core';
import { formatText } from '@ccp/language';
import { UsageError, type CliContext } from '../context.js';
import { writeFileAtomic } from '../io/write-file-atomic.js';
import type { FmtOptions } from './fmt.js';

const skipDirs = new Set(['node_modules', '.git', 'out', 'dist']);

/** Every .ccp file under the given paths (files are taken as given), sorted, without duplicates. */
function collectFiles(ctx: CliContext, paths: string[]): string[] {
  const out = new Set<string>();
  const seen = new Set<string>(); // real paths of folders read: a symbolic-link loop is read once
  const walk = (dir: string) => {
    let names: string[];
    try {
      const real = realpathSync(dir);
      if (seen.has(real)) return;
      seen.add(real);
      names = readdirSync(dir).sort();
    } catch {
      throw new UsageError(`${relative(ctx.cwd, dir) || dir}: cannot be read.`);
    }
    for (const name of names) {
      const path = join(dir, name);
      const st = statSync(path, { throwIfNoEntry: false });
      if (st?.isDirectory()) {
        if (!skipDirs.has(name) && !name.startsWith('.')) walk(path);
      } else if (st?.isFile() && name.endsWith('.ccp')) out.add(path);
    }
  };
  for (const p of paths.length ? paths : ['.']) {
    const abs = resolve(ctx.cwd, p);
    if (!existsSync(abs)) throw new UsageError(`${p}: no such file or directory.`);
    if (statSync(abs).isDirectory()) walk(abs);
    else out.add(abs);
  }
  return [...out];
}

/** `ccp fmt`: 0 when everything is (now) formatted, 1 when --check finds files to change or a file has syntax errors. */
export async function runFmt(ctx: CliContext, paths: string[], opts: FmtOptions): Promise<number> {
  const files = collectFiles(ctx, paths);
  let changed = 0;
  let broken = 0;
  for (const path of files) {
    const shown = relative(ctx.cwd, path) || path;
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      throw new UsageError(`${shown}: cannot be read.`);
    }
    const result = formatText(text, shown);
    if (result.diagnostics.length) {
      broken++;
      const index = new LineIndex(text);
      for (const d of result.diagnostics) {
        const at = index.position(d.loc.start);
        ctx.stderr.write(`${shown}:${at.line}:${at.column}: ${d.message}\n`);
      }
      ctx.stderr.write(`${shown}: not formatted because of the errors above.\n`);
      continue;
    }
    if (!result.changed) continue;
    changed++;
    if (opts.check) ctx.stdout.write(`${shown}\n`);
    else {
      writeFileAtomic(path, result.text); // a file is never half-written; a failure is a UsageError naming it
      ctx.stdout.write(`formatted ${shown}\n`);
    }
  }
  if (opts.check && changed) {
    ctx.stderr.write(`${changed} of ${files.length} file${files.length === 1 ? '' : 's'} would be reformatted; run 'ccp fmt' to fix.\n`);
  }
  return broken || (opts.check && changed) ? 1 : 0;
}
