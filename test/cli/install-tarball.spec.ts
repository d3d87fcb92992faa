import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  DidOpenTextDocumentNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  StreamMessageReader,
  StreamMessageWriter,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../support/paths.js';
import { runCli } from '../support/run-cli.js';

// SLOW (10-60 s, most of it `npm install`): issue 18, "a CLI that installs with npm alone". Packs the CLI with
// scripts/pack-cli.mjs, installs the tarball with `npm install -g` into a temporary prefix outside the repository
// (npm fetches the declared dependencies from the registry, or from its cache), and runs the installed `ccp` on a
// copy of examples/acme-contact-center: check, build without rendering, and the language server. Skipped, saying
// why, when the npm registry cannot be reached and npm's cache does not have the dependencies.

const work = mkdtempSync(join(tmpdir(), 'ccp-install-'));
const prefix = join(work, 'prefix');
const project = join(work, 'acme');
const ciProject = join(work, 'ci-project');
const ccp = join(prefix, 'bin', 'ccp');
let tarball = '';
let unavailable: string | undefined;

/**
 * The environment as in a user's shell: without what `pnpm test` passes down about itself (its user agent, exec
 * path, package and lifecycle), but with npm's own settings (a registry mirror, a proxy, a cache) kept.
 */
const env = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => !/^(pnpm_|npm_(package|lifecycle|command|execpath|node_execpath|config_user_agent))/i.test(key)),
);

/** The commands of the "Install ccp" step of the workflow that `ccp init` writes (its `run: |` block). */
function installStep(workflow: string): string {
  const lines = workflow.split('\n');
  const start = lines.findIndex((l) => /- name: Install ccp/.test(l));
  const run = lines.findIndex((l, i) => i > start && /^\s+run: \|$/.test(l));
  const body: string[] = [];
  for (const line of lines.slice(run + 1)) {
    if (!line.startsWith('          ')) break;
    body.push(line.trim());
  }
  return body.join('\n');
}

beforeAll(async () => {
  tarball = execFileSync(process.execPath, [join(repoRoot, 'scripts', 'pack-cli.mjs'), '--out', join(work, 'dist')], { encoding: 'utf8', env }).trim();
  // The install is the one the CI workflow of `ccp init` runs, with the release's two files in tools/ (and npm's
  // global prefix moved to the temporary one: `npm install -g --prefix TMP`).
  const init = await runCli(['init', ciProject]);
  if (init.code !== 0) throw new Error(init.stderr);
  mkdirSync(join(ciProject, 'tools'));
  for (const file of [tarball, `${tarball}.sha512`]) cpSync(file, join(ciProject, 'tools', basename(file)));
  const step = installStep(readFileSync(join(ciProject, '.github/workflows/ccp.yml'), 'utf8'));
  const install = spawnSync('bash', ['-euo', 'pipefail', '-c', step], {
    cwd: ciProject,
    encoding: 'utf8',
    env: { ...env, npm_config_prefix: prefix, npm_config_prefer_offline: 'true' },
    timeout: 170_000,
  });
  if (install.status !== 0) {
    if (/ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENOTCACHED|ENETUNREACH/.test(install.stderr)) {
      unavailable = `npm install could not reach the registry: ${install.stderr.trim().split('\n').slice(-3).join(' ')}`;
      return;
    }
    throw new Error(`The install step of ccp init's workflow failed:\n${step}\n${install.stdout}\n${install.stderr}`);
  }
  cpSync(join(repoRoot, 'examples', 'acme-contact-center'), project, { recursive: true });
}, 180_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

function run(args: string[], skip: (note: string) => never, cwd = project) {
  if (unavailable) skip(unavailable);
  const r = spawnSync(ccp, args, { cwd, encoding: 'utf8', env: { ...env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('slow: the CLI packed into one tarball and installed with npm -g', () => {
  it('is one tarball with its sha512, declaring only what the CLI loads at run time', () => {
    const [sum, name] = readFileSync(`${tarball}.sha512`, 'utf8').trim().split(/ +/);
    expect(name).toBe(`ccp-cli-${JSON.parse(readFileSync(join(repoRoot, 'packages/cli/package.json'), 'utf8')).version}.tgz`);
    expect(sum).toBe(createHash('sha512').update(readFileSync(tarball)).digest('hex'));
    const pkg = JSON.parse(execFileSync('tar', ['-xzOf', tarball, 'package/package.json'], { encoding: 'utf8' })) as {
      bin: Record<string, string>;
      dependencies: Record<string, string>;
      bundleDependencies: string[];
    };
    const bundled = ['@ccp/checker', '@ccp/cli', '@ccp/core', '@ccp/generators', '@ccp/language', '@ccp/lsp', '@ccp/render', '@ccp/serve', '@ccp/staffing', 'bpmn-js', 'mermaid'];
    expect([...pkg.bundleDependencies].sort()).toEqual(bundled);
    // From the registry: the parser runtime, the XLSX writer, the docs templates, the solver, the browser driver and
    // the language server's protocol; not commander (in the bundle), not build or test tools.
    expect(Object.keys(pkg.dependencies).filter((d) => !bundled.includes(d))).toEqual([
      'bpmn-moddle',
      'chevrotain',
      'exceljs',
      'handlebars',
      'highs',
      'puppeteer-core',
      'vscode-languageserver',
      'vscode-languageserver-textdocument',
    ]);
    expect(pkg.bin).toEqual({ ccp: 'node_modules/@ccp/cli/bin/ccp.js' });
  });

  it('installs a `ccp` that lives in the prefix, not in this repository', ({ skip }) => {
    if (unavailable) skip(unavailable);
    expect(realpathSync(ccp).startsWith(realpathSync(prefix))).toBe(true);
    expect(run(['--version'], skip)).toMatchObject({ code: 0, stderr: '' });
  });

  it("installs as `ccp init`'s CI workflow does: from tools/, after checking the sha512; then its check passes", ({ skip }) => {
    const workflow = readFileSync(join(ciProject, '.github/workflows/ccp.yml'), 'utf8');
    expect(workflow).not.toMatch(/npx|@ccp\/cli@/);
    expect(run(['check', '--format', 'github', '.'], skip, ciProject)).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it("`ccp init`'s install step refuses a tarball that does not match its sha512, before npm runs", () => {
    const tampered = join(work, 'tampered');
    cpSync(ciProject, tampered, { recursive: true, filter: (src) => !src.includes('node_modules') });
    const file = join(tampered, 'tools', basename(tarball));
    writeFileSync(file, Buffer.concat([readFileSync(file), Buffer.from([0])]));
    const step = installStep(readFileSync(join(tampered, '.github/workflows/ccp.yml'), 'utf8'));
    const r = spawnSync('bash', ['-euo', 'pipefail', '-c', step.replace(/npm install/g, 'echo npm-ran')], { cwd: tampered, encoding: 'utf8' });
    expect(r.status).not.toBe(0);
    expect(r.stdout).not.toContain('npm-ran');
    expect(r.stdout + r.stderr).toMatch(/FAILED/);
  });

  it('checks the example', ({ skip }) => {
    const r = run(['check', '.'], skip);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toMatch(/^No problems found in \d+ files\.$/m);
    // Syntax errors take Chevrotain, which the installed package resolves from its own dependencies.
    const bad = run(['check', '--format', 'json', join(repoRoot, 'test/fixtures/syntax-errors')], skip);
    expect(bad.code).toBe(1);
    expect((JSON.parse(bad.stdout) as { findings: unknown[] }).findings.length).toBeGreaterThan(0);
  });

  it('builds the example without rendering: diagrams, spec, docs, model, staffing', ({ skip }) => {
    const r = run(['build', '--no-render', '.', '--out', 'out'], skip);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    for (const file of ['model.json', 'spec.xlsx', 'staffing.xlsx', 'docs/spec.html']) expect(existsSync(join(project, 'out', file)), file).toBe(true);
    const model = JSON.parse(readFileSync(join(project, 'out', 'model.json'), 'utf8')) as { processes?: unknown[] };
    expect(model.processes?.length).toBeGreaterThan(0);
  });

  it('serves the language server: diagnostics for an opened file', async ({ skip }) => {
    if (unavailable) skip(unavailable);
    const child = spawn(ccp, ['lsp', '--stdio'], { cwd: project, env, stdio: ['pipe', 'pipe', 'inherit'] });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    connection.listen();
    try {
      const uri = pathToFileURL(join(project, 'broken.ccp')).href;
      const published = new Promise<PublishDiagnosticsParams>((resolve) => {
        connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
          if (p.uri === uri) resolve(p);
        });
      });
      const init = await connection.sendRequest(InitializeRequest.type, {
        processId: process.pid,
        rootUri: pathToFileURL(project).href,
        workspaceFolders: [{ uri: pathToFileURL(project).href, name: 'acme' }],
        capabilities: {},
      });
      expect(init.capabilities.textDocumentSync).toBeDefined();
      await connection.sendNotification(InitializedNotification.type, {});
      await connection.sendNotification(DidOpenTextDocumentNotification.type, {
        textDocument: { uri, languageId: 'ccp', version: 1, text: 'role broken "Broken" { headcount: 3\n' },
      });
      const { diagnostics } = await published;
      const unclosed = diagnostics.find((d) => d.code === 'CCP1005');
      expect(unclosed?.message).toBe("Expected '}' to close role 'broken' opened at line 1, but found the end of the file.");
      expect(unclosed?.range.start).toEqual({ line: 1, character: 0 });
    } finally {
      connection.dispose();
      child.kill();
    }
  });

  it('serves the live page with its assets and the bundled Mermaid (ccp serve)', async ({ skip }) => {
    if (unavailable) skip(unavailable);
    const child = spawn(ccp, ['serve', project], { cwd: project, env, stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (d) => {
          out += d;
          const m = /ccp serve: (http:\S+\/)\n/.exec(out);
          if (m) resolve(m[1]!);
        });
        child.once('exit', (code) => reject(new Error(`ccp serve exited with ${code}: ${out}`)));
      });
      for (const [path, type] of [['', 'text/html'], ['app.js', 'text/javascript'], ['app.css', 'text/css'], ['mermaid.js', 'text/javascript'], ['api/page', 'application/json']]) {
        const r = await fetch(url + path!);
        expect(r.status, path).toBe(200);
        expect(r.headers.get('content-type'), path).toContain(type!);
      }
      const page = (await (await fetch(`${url}api/page`)).json()) as { sections: { id: string }[] };
      expect(page.sections.map((s) => s.id)).toContain('processes');
    } finally {
      child.kill();
    }
  });
});
