import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/paths.js';
import { runCli } from '../support/run-cli.js';
import { tempProject } from '../support/temp-project.js';

// `pnpm build` bundles the CLI (scripts/bundle-cli.mjs) and bin/ccp.js runs the bundle: it must behave exactly as
// the modules in packages/cli/dist, which the other CLI tests run in-process, and start without loading anything
// heavy (issue 10: start-up under 150 ms).

const bin = join(repoRoot, 'packages/cli/bin/ccp.js');

function runBin(args: string[], cwd: string, nodeArgs: string[] = []) {
  const r = spawnSync(process.execPath, [...nodeArgs, bin, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the bundled CLI', () => {
  const bundleDir = join(repoRoot, 'packages/cli/dist/bundle');

  it('is built: one script and its code cache, named in the manifest', () => {
    const manifest = JSON.parse(readFileSync(join(bundleDir, 'manifest.json'), 'utf8')) as { bundle: string; cache: string };
    expect(manifest.bundle).toMatch(/^ccp-\w+\.cjs$/);
    expect(manifest.cache).toBe(manifest.bundle.replace(/\.cjs$/, '.cache'));
    expect(existsSync(join(bundleDir, manifest.bundle))).toBe(true);
    expect(existsSync(join(bundleDir, manifest.cache))).toBe(true);
  });

  // Runs a script that loads the bundle through bin/load-bundle.js and prints what it reports. The script is a file,
  // run by plain `node` as `ccp` is: `node -e` would put the script into process.execArgv, which keys the cache.
  const probeDir = tempProject({});
  const probe = (body: string, env: NodeJS.ProcessEnv = process.env) => {
    const file = join(probeDir, 'probe.mjs');
    writeFileSync(file, `import { freshBundle, loadBundle } from ${JSON.stringify(join(repoRoot, 'packages/cli/bin/load-bundle.js'))};\n${body}`);
    const r = spawnSync(process.execPath, [file], { cwd: repoRoot, encoding: 'utf8', env });
    expect(r.stderr).toBe('');
    return r.stdout.trim();
  };

  it('runs with the code cache the build made for it, which V8 accepts', () => {
    expect(probe("const b = loadBundle(freshBundle()); console.log(b.cacheUsed, typeof b.exports.main);")).toBe('true function');
  });

  it('runs without a cache when the manifest names none, or one that is missing', () => {
    const body = (cache: string) =>
      `const b = loadBundle({ ...freshBundle(), cache: ${cache} }); console.log(b.cacheUsed, await b.exports.main(['check', 'examples/gaps', '--format', 'json']).then(() => 'ran'));`;
    expect(probe(body('undefined')).split('\n').at(-1)).toBe('false ran');
    expect(probe(body("'ccp-missing.cache'")).split('\n').at(-1)).toBe('false ran');
  });

  it('records in the manifest the key of the Node that made the cache', () => {
    const manifest = JSON.parse(readFileSync(join(bundleDir, 'manifest.json'), 'utf8')) as { cacheKey: Record<string, unknown> };
    expect(manifest.cacheKey).toMatchObject({ node: process.version, v8: process.versions.v8, arch: process.arch, execArgv: [] });
  });

  it('runs without the cache when it was made by another Node build, or under other flags', () => {
    const other = (change: string) =>
      `const m = freshBundle(); const b = loadBundle({ ...m, cacheKey: { ...m.cacheKey, ${change} } }); console.log(b.cacheUsed, await b.exports.main(['check', 'examples/gaps', '--format', 'json']).then(() => 'ran'));`;
    // The same V8 version with another Node patch level (20.18 against 20.19) is what crashed Node: V8 took the cache.
    expect(probe(other("v8: process.versions.v8.replace(/-node\\.\\d+$/, '-node.1')")).split('\n').at(-1)).toBe('false ran');
    expect(probe(other("node: 'v20.19.0'")).split('\n').at(-1)).toBe('false ran');
    expect(probe(other("build: '00000000'")).split('\n').at(-1)).toBe('false ran');
    expect(probe(other("arch: 'arm64'")).split('\n').at(-1)).toBe('false ran');
    // Flags that Node runs under, from NODE_OPTIONS, reject the cache too (the key records those of the build).
    const flagged = probe('const b = loadBundle(freshBundle()); console.log(b.cacheUsed);', { ...process.env, NODE_OPTIONS: '--max-old-space-size=1000' });
    expect(flagged).toBe('false');
    // A manifest from before the key (no cacheKey): no cache.
    expect(probe('const { cacheKey, ...m } = freshBundle(); console.log(loadBundle(m).cacheUsed);')).toBe('false');
  });

  const badConfig = tempProject({
    'ccp.config.json': '{ "rulez": {}, "rules": { "unowned-stepp": "error", "dead-end-step": "loud" } }',
    'a.ccp': 'role agent "Agent" { headcount: 3 }\n',
  });
  const goodConfig = tempProject({
    'ccp.config.json': '{ "rules": { "project-without-sponsor": "off" }, "outputs": { "diagrams": { "formats": ["mmd"] } } }',
    'a.ccp': 'role agent "Agent" { headcount: 3 }\n',
  });
  const cases: [string, string[], string][] = [
    ['--version', ['--version'], repoRoot],
    ['--help', ['--help'], repoRoot],
    ['an unknown command', ['nosuch'], repoRoot],
    ['check, stylish', ['check', 'examples/gaps'], repoRoot],
    ['check, SARIF (with the version of ccp)', ['check', 'examples/gaps', '--format', 'sarif'], repoRoot],
    ['check of syntax errors (the recovering parser)', ['check', 'test/fixtures/syntax-errors', '--format', 'json'], repoRoot],
    ['check with a bad --rule', ['check', '--rule', 'unowned-stepp=error', 'examples/gaps'], repoRoot],
    ['check with a config', ['check', '.'], goodConfig],
    ['check with a bad config', ['check', '.'], badConfig],
    ['rules', ['rules', '--format', 'json'], repoRoot],
    ['schema --config', ['schema', '--config'], repoRoot],
    ['export json (a generator outside the bundle)', ['export', 'json', 'examples/acme-contact-center'], repoRoot],
    ['staffing', ['staffing', 'examples/acme-contact-center'], repoRoot],
  ];
  for (const [what, args, cwd] of cases) {
    it(`behaves as the unbundled CLI: ${what}`, async () => {
      const unbundled = await runCli(args, cwd);
      expect(runBin(args, cwd)).toEqual(unbundled);
    });
  }

  it('prints the config schema as schema/ccp.config.schema.json has it', () => {
    const file = JSON.parse(readFileSync(join(repoRoot, 'packages/checker/schema/ccp.config.schema.json'), 'utf8')) as object;
    expect(runBin(['schema', '--config'], repoRoot).stdout).toBe(`${JSON.stringify(file, null, 2)}\n`);
  });

  it('starts without loading Chevrotain, ajv, the generators, the language server or child_process', () => {
    // A loader hook records every ES module loaded, require's cache every CommonJS file, and Node's own list the
    // built-in modules.
    const dir = tempProject({ 'main.ccp': 'role agent "Agent" { headcount: 3 }\n' });
    const log = join(dir, 'modules.log');
    writeFileSync(
      join(dir, 'hooks.mjs'),
      `import { appendFileSync } from 'node:fs';\nexport async function load(url, context, next) { appendFileSync(${JSON.stringify(log)}, url + '\\n'); return next(url, context); }\n`,
    );
    writeFileSync(
      join(dir, 'preload.mjs'),
      `import { createRequire, register } from 'node:module';\nimport { appendFileSync } from 'node:fs';\nregister(${JSON.stringify(new URL(`file://${join(dir, 'hooks.mjs')}`).href)});\n` +
        `const required = createRequire(import.meta.url).cache;\n` +
        `process.on('exit', () => appendFileSync(${JSON.stringify(log)}, [...process.moduleLoadList, ...Object.keys(required).map((f) => 'file://' + f)].join('\\n') + '\\n'));\n`,
    );
    const loaded = (args: string[]) => {
      writeFileSync(log, '');
      const r = runBin(args, dir, ['--import', join(dir, 'preload.mjs')]);
      expect(r.stderr).toBe('');
      const lines = readFileSync(log, 'utf8').split('\n');
      return {
        files: lines.filter((l) => l.startsWith('file:') && !l.startsWith(`file://${dir}`)).map((l) => l.slice(`file://${repoRoot}/`.length)),
        builtins: lines.filter((l) => l.startsWith('NativeModule ')).map((l) => l.slice('NativeModule '.length)),
      };
    };
    for (const args of [['--version'], ['check', 'main.ccp']]) {
      const { files, builtins } = loaded(args);
      // The bundle itself is a script, compiled by load-bundle.js: no module besides the two in bin/ (and, for
      // check, the package.json that gives the version for SARIF).
      const version = args[0] === 'check' ? ['packages/cli/package.json'] : [];
      expect(files).toEqual(['packages/cli/bin/ccp.js', 'packages/cli/bin/load-bundle.js', ...version]);
      expect(builtins).not.toContain('child_process');
    }
  });
});
