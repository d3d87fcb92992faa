#!/usr/bin/env node
// Bundles the ccp command line into packages/cli/dist/bundle/ so that start-up loads a few files instead of ~115
// ES modules (issue 10: start-up under 150 ms). Runs after `tsc -b` in `pnpm build`, `pnpm test` and `prepare`, and
// bundles tsc's output (packages/*/dist), so tsc stays the one compiler and type checker.
//
// - Bundled: the CLI, @ccp/core, @ccp/language, @ccp/checker, and commander. Each command's implementation stays
//   behind its `await import()`, which becomes a chunk of its own.
// - Not bundled: @ccp/generators/* and @ccp/lsp (loaded only by the commands that need them, with their heavy
//   dependencies), and chevrotain, which @ccp/language finds at run time through createRequire. Any other package
//   stops the build: bundling one changes how it loads (a CommonJS package behind `await import()` loses its named
//   exports), so it has to be added here on purpose, to one list or the other.
// - A bundled module that reads `import.meta.url` (to find a file next to it, or to resolve a dependency of its own
//   package) gets the URL of its original file in packages/<name>/dist, so it behaves exactly as unbundled.
//
// bin/ccp.js uses the bundle when it is at least as new as every package's tsc output, and packages/cli/dist/main.js
// otherwise, so a `tsc -b` without this step never runs stale code.
import { build } from 'esbuild';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cliDir = join(root, 'packages', 'cli');
const outdir = join(cliDir, 'dist', 'bundle');

/** Imports left to Node at run time: they resolve from packages/cli, whose dependencies they are. */
const EXTERNAL = /^(@ccp\/generators(\/.*)?|@ccp\/lsp)$/;
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
  return `new URL(${JSON.stringify(rel)}, import.meta.url).href`;
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
      if (!text.includes('import.meta.url')) return undefined;
      return { contents: text.replaceAll('import.meta.url', `(${originalUrl(args.path)})`), loader: 'js' };
    });
  },
};

const result = await build({
  entryPoints: { ccp: join(cliDir, 'dist', 'main.js') },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Chunks sit next to ccp.js, so that a path relative to the bundle is the same from each of them.
  chunkNames: '[name]-[hash]',
  // commander is CommonJS and require()s Node's built-ins: give the bundle a real require for them.
  banner: { js: "import { createRequire as __ccpCreateRequire } from 'node:module';\nconst require = __ccpCreateRequire(import.meta.url);" },
  sourcemap: 'linked',
  logLevel: 'warning',
  plugins: [ccpPlugin],
  write: false,
});

// Replace the bundle under a CLI that may be running (tests and builds run side by side): chunk names carry a hash
// of their content, so new chunks go in beside the old ones, then the entry is swapped in one rename, and only then
// do the old chunks go.
const entry = join(outdir, 'ccp.js');
mkdirSync(outdir, { recursive: true });
const written = new Set();
for (const file of result.outputFiles) {
  written.add(basename(file.path));
  if (file.path !== entry) writeFileSync(file.path, file.contents);
}
const next = `${entry}.${process.pid}.tmp`;
writeFileSync(next, result.outputFiles.find((f) => f.path === entry).contents);
renameSync(next, entry);
for (const name of readdirSync(outdir)) {
  if (!written.has(name)) rmSync(join(outdir, name), { recursive: true, force: true });
}
