import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';

/**
 * The bundle of the CLI (made by scripts/bundle-cli.mjs in `pnpm build`) is one CommonJS file, compiled here with
 * the V8 code cache that the build made for it by running it once: with the cache, V8 skips parsing and compiling
 * the code that start-up and `ccp check` run, about 20 ms of every run. `dist/bundle/manifest.json` names both files;
 * their names carry a hash of the bundle, since V8 itself checks only the length of the source the cache was made
 * for. A cache made by another version of Node, or used under other V8 flags (`node --max-old-space-size=...`), is
 * rejected by V8, and the bundle is then compiled as usual.
 */
const bundleDir = join(import.meta.dirname, '..', 'dist', 'bundle');
const manifestFile = join(bundleDir, 'manifest.json');

/**
 * The bundle's manifest, when the bundle is at least as new as the TypeScript output of every package in it, so
 * that a bare `tsc -b` after an edit never runs stale code (the modules in dist/ run then, as they are); else
 * undefined.
 */
export function freshBundle() {
  try {
    const bundled = statSync(manifestFile).mtimeMs;
    for (const pkg of ['core', 'language', 'checker', 'cli']) {
      const built = statSync(join(import.meta.dirname, '..', '..', pkg, 'tsconfig.tsbuildinfo'), { throwIfNoEntry: false });
      if (built && built.mtimeMs > bundled) return undefined;
    }
    return JSON.parse(readFileSync(manifestFile, 'utf8'));
  } catch {
    return undefined;
  }
}

/**
 * Compiles and runs the bundle that `manifest` names, with its code cache unless `withCache` is false. Returns the
 * bundle's exports, the compiled script (a training run makes the cache from it) and whether V8 took the cache.
 */
export function loadBundle(manifest, withCache = true) {
  const file = join(bundleDir, manifest.bundle);
  let cachedData;
  if (withCache && manifest.cache) {
    try {
      cachedData = readFileSync(join(bundleDir, manifest.cache));
    } catch {
      // No cache (or not readable): compile as usual.
    }
  }
  const source = `(function (exports, require, module, __filename, __dirname, __ccpImport) {${readFileSync(file, 'utf8')}\n})`;
  const script = new Script(source, { filename: file, cachedData });
  const module = { exports: {} };
  // The generators and the language server stay outside the bundle: it imports them through __ccpImport.
  const ccpImport = (specifier) => import(specifier);
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file), ccpImport);
  return { exports: module.exports, script, cacheUsed: cachedData !== undefined && !script.cachedDataRejected };
}
