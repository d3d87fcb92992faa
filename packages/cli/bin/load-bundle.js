import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';

/**
 * The bundle of the CLI (made by scripts/bundle-cli.mjs in `pnpm build`) is one CommonJS file, compiled here with
 * the V8 code cache that the build made for it by running it once: with the cache, V8 skips parsing and compiling
 * the code that start-up and `ccp check` run, about 20 ms of every run. `dist/bundle/manifest.json` names both files;
 * their names carry a hash of the bundle, since V8 itself checks only the length of the source the cache was made
 * for.
 *
 * V8 checks a cache against its own version and flags, but not against the Node build around it: its version hash
 * leaves out the `-node.N` suffix of `process.versions.v8`, so Node 20.18 takes a cache made by Node 20.19 and
 * crashes (exit 139). The manifest therefore records the key of the Node that made the cache (see cacheKey), and
 * the cache is handed to V8 only when the running Node has exactly that key; otherwise the bundle compiles without
 * one.
 */
const bundleDir = join(import.meta.dirname, '..', 'dist', 'bundle');
const manifestFile = join(bundleDir, 'manifest.json');

/** 32-bit FNV-1a of a string, as 8 hex digits: a cheap fingerprint (no node:crypto at start-up). */
function fnv1a(text) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/**
 * What a code cache is valid for: the Node release and its V8 (with Node's patch level), the architecture, a
 * fingerprint of how this Node was built (`process.config`: a distribution's build of the same release differs),
 * and the flags Node runs under, on its command line and in NODE_OPTIONS.
 */
export function cacheKey() {
  return {
    node: process.version,
    v8: process.versions.v8,
    arch: process.arch,
    build: fnv1a(JSON.stringify(process.config)),
    execArgv: process.execArgv,
    nodeOptions: process.env.NODE_OPTIONS ?? '',
  };
}

/** Whether the manifest's cache was made by a Node with exactly the running Node's key. */
export function cacheFits(manifest) {
  return manifest.cacheKey !== undefined && JSON.stringify(manifest.cacheKey) === JSON.stringify(cacheKey());
}

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
 * Compiles and runs the bundle that `manifest` names, with its code cache unless `withCache` is false or the cache
 * was made by another Node (see cacheKey). Returns the bundle's exports, the compiled script (a training run makes
 * the cache from it) and whether V8 took the cache.
 */
export function loadBundle(manifest, withCache = true) {
  const file = join(bundleDir, manifest.bundle);
  let cachedData;
  if (withCache && manifest.cache && cacheFits(manifest)) {
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
