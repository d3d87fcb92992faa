#!/usr/bin/env node
// Bundles the ccp command line into packages/cli/dist/bundle/ so that start-up reads one file instead of ~115
// ES modules (issue 10: start-up under 150 ms). Runs after `tsc -b` in `pnpm build`, `pnpm test` and `prepare`, and
// bundles tsc's output (packages/*/dist), so tsc stays the one compiler and type checker.
//
// - The bundle is one CommonJS file, so that bin/load-bundle.js can compile it with a V8 code cache (Node 20 has no
//   code cache for ES modules). The cache is made here, by running the new bundle once on the examples
//   (scripts/train-code-cache.mjs). `manifest.json` names the bundle, its cache and the key of the Node that made
//   the cache, and is written last.
// - Bundled: the CLI, @ccp/core, @ccp/language, @ccp/checker, and commander. Each command's implementation stays
//   behind its `await import()` and runs only when called.
// - Not bundled: @ccp/generators/*, @ccp/staffing, @ccp/lsp and @ccp/render (loaded only by the commands that need them, with their heavy
//   dependencies), and chevrotain, which @ccp/language finds at run time through createRequire. Any other package
//   stops the build: bundling one changes how it loads (a CommonJS package behind `await import()` loses its named
//   exports), so it has to be added here on purpose, to one list or the other.
// - A bundled module that reads `import.meta.url` (to find a file next to it, or to resolve a dependency of its own
//   package) gets the URL of its original file in packages/<name>/dist, so it behaves exactly as unbundled.
//
// bin/ccp.js uses the bundle when it is at least as new as every package's tsc output, and packages/cli/dist/main.js
// otherwise, so a `tsc -b` without this step never runs stale code.
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cliDir = join(root, 'packages', 'cli');
const outdir = join(cliDir, 'dist', 'bundle');

/** Imports left to Node at run time: they resolve from packages/cli, whose dependencies they are. */
const EXTERNAL = /^(@ccp\/generators(\/.*)?|@ccp\/staffing|@ccp\/lsp|@ccp\/render|@ccp\/serve)$/;
/**
 * `import()` of a package left to Node. The bundle runs as a script (see bin/load-bundle.js), where Node 20 runs
 * `import()` only behind an experimental flag and not at all with a code cache, so it calls `__ccpImport`, which
 * the loader passes in and which imports from packages/cli/bin.
 */
const EXTERNAL_IMPORT = /\bimport\((['"](?:@ccp\/generators(?:\/[\w-]+)?|@ccp\/staffing|@ccp\/lsp|@ccp\/render|@ccp\/serve)['"])\)/;
/** Packages bundled on purpose, besides the workspace's own. */
const BUNDLED = /^(@ccp\/(core|language|checker|cli)|commander)$/;

/** The package folder (with package.json) that holds a file. */
function packageOf(file) {
  for (let dir = dirname(file); dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
  }
  throw new Error(`no package.json above ${file}`);
}

/**
 * The expression that stands for `import.meta.url` of `file` inside the bundle: the URL of the original file,
 * relative to the bundle. Every workspace package sits in packages/<name> for the package @ccp/<name>, so the same
 * relative path also holds where packages are installed side by side as node_modules/@ccp/<name>. (Resolving the
 * package at run time with import.meta.resolve would cost 2-5 ms per package at every start.)
 */
function originalUrl(file) {
  const pkgDir = packageOf(file);
  const { name } = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
  if (name !== `@ccp/${basename(pkgDir)}` || dirname(pkgDir) !== dirname(cliDir)) {
    throw new Error(`${file}: reads import.meta.url, but its package ${name} is not in packages/<name>; bundle it differently`);
  }
  const rel = relative(outdir, file).split(sep).join('/');
  return `new URL(${JSON.stringify(rel)}, __ccpBundleUrl).href`;
}

const ccpPlugin = {
  name: 'ccp',
  setup(b) {
    b.onResolve({ filter: EXTERNAL }, (args) => ({ path: args.path, external: true }));
    b.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith('node:') || builtinModules.includes(args.path) || args.namespace !== 'file') return undefined;
      const name = args.path.split('/').slice(0, args.path.startsWith('@') ? 2 : 1).join('/');
      if (BUNDLED.test(name)) return undefined;
      return { errors: [{ text: `${args.path} (imported by ${relative(root, args.importer)}) is neither bundled nor external: add it to BUNDLED or EXTERNAL in scripts/bundle-cli.mjs` }] };
    });
    // commander requires child_process (and with it net, dgram and more, ~5 ms) only to spawn executable
    // subcommands, which ccp does not have: give it a stand-in that loads the real module on first use.
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      /[\\/]commander[\\/]/.test(args.importer) ? { path: 'child_process', namespace: 'lazy-child-process' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy-child-process' }, () => ({
      contents: "module.exports = { spawn: (...args) => require('node:child_process').spawn(...args) };",
      loader: 'js',
    }));
    b.onLoad({ filter: /[\\/]packages[\\/][^\\/]+[\\/]dist[\\/].*\.js$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      if (!text.includes('import.meta.url') && !EXTERNAL_IMPORT.test(text)) return undefined;
      const contents = text
        .replaceAll('import.meta.url', () => `(${originalUrl(args.path)})`)
        .replace(new RegExp(EXTERNAL_IMPORT.source, 'g'), '__ccpImport($1)');
      return { contents, loader: 'js' };
    });
  },
};

const result = await build({
  entryPoints: { ccp: join(cliDir, 'dist', 'main.js') },
  outdir,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // The name carries a hash of the content, and so does the name of its code cache (see bin/load-bundle.js).
  entryNames: '[name]-[hash]',
  outExtension: { '.js': '.cjs' },
  // The URL of the bundle, which stands in for `import.meta.url` (see originalUrl).
  banner: { js: "var __ccpBundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  sourcemap: 'linked',
  logLevel: 'warning',
  plugins: [ccpPlugin],
  write: false,
});

// Replace the bundle under a CLI that may be running (tests and builds run side by side): file names carry a hash of
// the content, so the new bundle and its cache go in beside the old ones, then the manifest is swapped in one rename,
// and only then do the old files go.
mkdirSync(outdir, { recursive: true });
const bundle = result.outputFiles.find((f) => f.path.endsWith('.cjs'));
const leftImport = /\bimport\(\s*[^)]{0,80}/.exec(bundle.text);
if (leftImport) throw new Error(`the bundle still calls ${leftImport[0]}: a package left to Node must be loaded through __ccpImport (see EXTERNAL_IMPORT)`);
// A static import of a package left to Node would become require() of an ES module: import it with `await import()`
// in the command's implementation instead.
const required = /\brequire\((['"])@ccp\/[^'"]*\1\)/.exec(bundle.text);
if (required) throw new Error(`the bundle calls ${required[0]}: import a package left to Node with \`await import()\`, not statically`);
const written = new Set(['manifest.json']);
for (const file of result.outputFiles) {
  written.add(basename(file.path));
  writeFileSync(file.path, file.contents);
}
const manifest = { bundle: basename(bundle.path), cache: `${basename(bundle.path, '.cjs')}.cache` };
written.add(manifest.cache);
// The training run writes the cache, then the manifest with the key of the Node that made the cache. It runs on
// this Node without its flags (`execArgv`), as `ccp` runs; NODE_OPTIONS, if set, is recorded in the key.
execFileSync(process.execPath, [join(root, 'scripts', 'train-code-cache.mjs'), JSON.stringify(manifest)], { stdio: ['ignore', 'ignore', 'inherit'] });
for (const name of readdirSync(outdir)) {
  if (!written.has(name) && !name.endsWith('.tmp')) rmSync(join(outdir, name), { recursive: true, force: true });
}

// The Mermaid browser bundle with the ELK layout registered, which the diagram renderer injects (issue 20).
await (await import('../packages/render/scripts/bundle-mermaid-elk.mjs')).bundleMermaidElk();
