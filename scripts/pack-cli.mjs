#!/usr/bin/env node
// Packs the ccp command line into one npm tarball that installs with npm alone, without this repository and
// without the npm registry knowing any @ccp package (issue 18):
//
//   node scripts/pack-cli.mjs --out DIR      (after `pnpm build`)
//   npm install -g DIR/ccp-cli-<version>.tgz
//
// The tarball's package is a wrapper (`ccp-cli`) whose `bin` points at its bundled copy of @ccp/cli. It carries the
// workspace packages as bundled dependencies, in node_modules/@ccp/<name>, side by side as in packages/<name>:
//
// - @ccp/cli: bin/ and dist/bundle/ (the esbuild bundle of the CLI, @ccp/core, @ccp/language, @ccp/checker and
//   commander, with its code cache; see scripts/bundle-cli.mjs). The bundle finds files of its bundled packages
//   relative to itself (`../../../<name>/dist/...`), which is why the layout stays that of the workspace.
// - the packages the bundle leaves to Node (@ccp/generators, @ccp/staffing, @ccp/lsp, @ccp/render, imported by the commands that
//   use them) and those they import (@ccp/core, @ccp/language, @ccp/checker): their `files` (dist, schema, templates),
//   without type declarations, source maps and tests.
//
// It declares as dependencies only the packages from the registry that these load at run time, at the exact versions
// the workspace pins: chevrotain, exceljs, handlebars, highs, puppeteer-core (no browser download: ccp drives the
// local Chromium), vscode-languageserver(-textdocument). commander is inside the bundle, and of mermaid the tarball
// carries only the browser bundle that the renderer loads (see stageBrowserBundle; the same for bpmn-js). Beside the tarball goes `<tarball>.sha512`
// (the format of `sha512sum`), which `ccp init`'s workflow checks before installing.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const root = resolve(import.meta.dirname, '..');
const packages = join(root, 'packages');

const { values } = parseArgs({ options: { out: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
if (values.help || !values.out) {
  process.stderr.write('Usage: node scripts/pack-cli.mjs --out DIR\nWrites DIR/ccp-cli-<version>.tgz (and its .sha512) after `pnpm build`.\n');
  process.exit(values.help ? 0 : 2);
}
const outDir = resolve(values.out);

/** The workspace packages the installed CLI needs: the bundle's own (for their files) and those it imports. */
const SHIPPED = ['cli', 'core', 'language', 'checker', 'generators', 'staffing', 'lsp', 'render', 'serve'];
/** Bundled into dist/bundle, so not needed at run time. */
const IN_BUNDLE = new Set(['commander']);

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));
const cli = readJson(join(packages, 'cli', 'package.json'));

// The bundle must be the build of the current sources, as bin/load-bundle.js would judge it.
const manifestFile = join(packages, 'cli', 'dist', 'bundle', 'manifest.json');
if (!existsSync(manifestFile)) fail('There is no CLI bundle (packages/cli/dist/bundle): run `pnpm build` first.');
for (const name of ['core', 'language', 'checker', 'cli', 'generators', 'staffing', 'lsp', 'render']) {
  const info = join(packages, name, 'tsconfig.tsbuildinfo');
  if (!existsSync(info)) fail(`packages/${name} is not built: run \`pnpm build\` first.`);
  if (['core', 'language', 'checker', 'cli'].includes(name) && statSync(info).mtimeMs > statSync(manifestFile).mtimeMs) {
    fail(`The CLI bundle is older than the build of packages/${name}: run \`pnpm build\` first.`);
  }
}

function fail(message) {
  process.stderr.write(`pack-cli: ${message}\n`);
  process.exit(2);
}

/** Copies a package's shipped files into the staging folder, and returns its registry dependencies. */
function stagePackage(name, target) {
  const dir = join(packages, name);
  const pkg = readJson(join(dir, 'package.json'));
  const paths = name === 'cli' ? ['bin', 'dist/bundle'] : pkg.files;
  for (const path of paths) {
    if (!existsSync(join(dir, path))) continue;
    cpSync(join(dir, path), join(target, path), {
      recursive: true,
      filter: (src) => !/(\.d\.ts|\.map|\.spec\.js|\.test\.js|\.tsbuildinfo)$/.test(src) && !src.endsWith('.tmp'),
    });
  }
  const registryDeps = Object.entries(pkg.dependencies ?? {}).filter(([dep, spec]) => !spec.startsWith('workspace:') && !IN_BUNDLE.has(dep));
  // Inside the tarball the package needs no dependencies of its own: the wrapper declares the registry ones (npm
  // installs them next to the bundled packages), and the workspace ones are bundled beside it.
  const { scripts, devDependencies, dependencies, ...rest } = pkg;
  writeFileSync(join(target, 'package.json'), `${JSON.stringify({ ...rest, files: undefined }, null, 2)}\n`);
  return registryDeps;
}

/**
 * The renderer loads only Mermaid's browser bundle (`dist/mermaid.min.js`, 3.5 MB, self-contained) into a page; the
 * `mermaid` package's 22 dependencies (~380 packages, 250 MB) serve its ES modules, which ccp never loads. So the
 * tarball carries a `mermaid` of that file alone, with its license, instead of declaring the package. The same goes
 * for bpmn-js, of which the renderer loads only the navigated viewer's browser bundle (issue 20).
 */
const BROWSER_BUNDLES = {
  mermaid: 'dist/mermaid.min.js',
  'bpmn-js': 'dist/bpmn-navigated-viewer.production.min.js',
};

function stageBrowserBundle(name, target) {
  const file = BROWSER_BUNDLES[name];
  const entry = createRequire(join(packages, 'render', 'package.json')).resolve(`${name}/${file}`);
  let dir = dirname(entry);
  while (!existsSync(join(dir, 'package.json'))) dir = dirname(dir);
  const pkg = readJson(join(dir, 'package.json'));
  mkdirSync(dirname(join(target, file)), { recursive: true });
  cpSync(join(dir, file), join(target, file));
  cpSync(join(dir, 'LICENSE'), join(target, 'LICENSE'));
  const trimmed = { name: pkg.name, version: pkg.version, description: `${pkg.description} (its browser bundle only)`, license: pkg.license, main: `./${file}` };
  writeFileSync(join(target, 'package.json'), `${JSON.stringify(trimmed, null, 2)}\n`);
  return pkg.version;
}

const stage = mkdtempSync(join(tmpdir(), 'ccp-pack-'));
try {
  const pkgRoot = join(stage, 'package');
  const dependencies = {};
  for (const name of SHIPPED) {
    for (const [dep, version] of stagePackage(name, join(pkgRoot, 'node_modules', '@ccp', name))) {
      if (dependencies[dep] && dependencies[dep] !== version) fail(`${dep} is pinned to ${dependencies[dep]} and ${version} by different packages.`);
      dependencies[dep] = version;
    }
  }
  const bundled = [...SHIPPED.map((name) => `@ccp/${name}`), ...Object.keys(BROWSER_BUNDLES)];
  for (const name of Object.keys(BROWSER_BUNDLES)) {
    if (dependencies[name] !== stageBrowserBundle(name, join(pkgRoot, 'node_modules', name))) fail(`The ${name} package installed is not the version @ccp/render pins: run \`pnpm install\`.`);
  }
  for (const name of bundled) dependencies[name] = readJson(join(pkgRoot, 'node_modules', name, 'package.json')).version;
  let gitHead;
  try {
    gitHead = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    // Not a git checkout: no commit to record.
  }
  const wrapper = {
    name: 'ccp-cli',
    version: cli.version,
    description: 'ccp: design customer contact centers as code. The command line (check, build, lsp and the rest), installed from its release tarball.',
    license: cli.license,
    type: 'module',
    bin: { ccp: 'node_modules/@ccp/cli/bin/ccp.js' },
    engines: cli.engines,
    dependencies: Object.fromEntries(Object.entries(dependencies).sort(([a], [b]) => a.localeCompare(b))),
    bundleDependencies: bundled,
    ...(gitHead ? { gitHead } : {}),
  };
  writeFileSync(join(pkgRoot, 'package.json'), `${JSON.stringify(wrapper, null, 2)}\n`);
  writeFileSync(
    join(pkgRoot, 'README.md'),
    `# ccp-cli ${cli.version}\n\nThe ccp command line, packed by scripts/pack-cli.mjs${gitHead ? ` from commit ${gitHead}` : ''}. Needs Node.js ${cli.engines.node}.\n\n` +
      '    npm install -g ./ccp-cli-' + cli.version + '.tgz\n    ccp --help\n',
  );
  mkdirSync(outDir, { recursive: true });
  const packed = JSON.parse(
    execFileSync('npm', ['pack', pkgRoot, '--pack-destination', outDir, '--ignore-scripts', '--json', '--silent'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }),
  );
  const tarball = join(outDir, packed[0].filename);
  const sha512 = createHash('sha512').update(readFileSync(tarball)).digest('hex');
  writeFileSync(`${tarball}.sha512`, `${sha512}  ${basename(tarball)}\n`);
  process.stdout.write(`${tarball}\n`);
} finally {
  rmSync(stage, { recursive: true, force: true });
}
