import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CompletionRequest, DefinitionRequest, type CompletionItem, type CompletionList, type Diagnostic, type Location } from 'vscode-languageserver-protocol';
import { oldNode } from '../support/old-node.js';
import { repoRoot } from '../support/paths.js';
import { ServerProcess } from './server-process.js';
import { PreviewProcess } from '../../packages/vscode/src/preview-process.js';

// Issue 18, must-show 1: the .vsix is self-contained. It is built by the packaging script, unpacked into a folder
// outside the repository, and its bundled server is started with plain `node` (no `ccp`, no node_modules) on copies
// of the examples, as VS Code starts it (IPC) and as another editor would (stdio).

interface Zip {
  files: Record<string, { dir: boolean; async(type: 'nodebuffer'): Promise<Buffer> }>;
}
const JSZip = createRequire(join(repoRoot, 'packages/vscode/package.json'))('jszip') as { loadAsync(data: Buffer): Promise<Zip> };

/**
 * What the .vsix holds: the manifest files and extension/ with three bundles (client, language server, preview
 * server), the preview server's files (the page's assets, the docs templates, Mermaid), the contributions, README and
 * LICENSE.
 */
const EXPECTED_FILES = [
  '[Content_Types].xml',
  'extension.vsixmanifest',
  'extension/LICENSE.txt',
  'extension/language-configuration.json',
  'extension/out/bpmn-viewer.min.js',
  'extension/out/extension.cjs',
  ...templateFiles(),
  'extension/out/mermaid.min.js',
  'extension/out/preview.cjs',
  'extension/out/serve/assets/app.css',
  'extension/out/serve/assets/app.js',
  'extension/out/serve/assets/diagrams.js',
  'extension/out/serve/assets/embed.js',
  'extension/out/server.cjs',
  'extension/package.json',
  'extension/readme.md',
  'extension/snippets/ccp.code-snippets',
  'extension/syntaxes/ccp.tmLanguage.json',
].sort();

/** The docs templates the preview server renders with: all of packages/generators/templates, as shipped. */
function templateFiles(): string[] {
  const dir = join(repoRoot, 'packages/generators/templates');
  const walk = (d: string): string[] => readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]));
  return walk(dir).map((f) => `extension/out/generators/templates/${relative(dir, f).split(sep).join('/')}`);
}

let work: string;
let vsix: string;
let entries: string[];
let server: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'ccp-vsix-'));
  vsix = join(work, 'ccp.vsix');
  execFileSync(process.execPath, [join(repoRoot, 'packages/vscode/scripts/package-vsix.mjs'), '--out', vsix], { stdio: 'pipe' });
  const zip = await JSZip.loadAsync(readFileSync(vsix));
  entries = Object.keys(zip.files).filter((name) => !zip.files[name]!.dir).sort();
  const unpacked = join(work, 'unpacked');
  for (const name of entries) {
    mkdirSync(dirname(join(unpacked, name)), { recursive: true });
    writeFileSync(join(unpacked, name), await zip.files[name]!.async('nodebuffer'));
  }
  server = join(unpacked, 'extension/out/server.cjs');
  for (const example of ['acme-contact-center', 'gaps']) cpSync(join(repoRoot, 'examples', example), join(work, example), { recursive: true });
}, 120_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the .vsix', () => {
  it('is outside the repository and holds exactly the bundles and contributions, no node_modules', () => {
    expect(relative(repoRoot, work).startsWith('..')).toBe(true);
    expect(entries).toEqual(EXPECTED_FILES);
    expect(entries.some((e) => e.includes('node_modules'))).toBe(false);
    const manifest = JSON.parse(readFileSync(join(work, 'unpacked/extension/package.json'), 'utf8')) as { main: string; devDependencies?: unknown; dependencies?: unknown };
    expect(manifest.main).toBe('./out/extension.cjs');
    expect(manifest.dependencies).toBeUndefined();
    expect(manifest.devDependencies).toBeUndefined();
  });

  it('refers to no path of the build machine and requires nothing but Node built-ins and vscode', () => {
    const paths = [...new Set([repoRoot, realpathSync(repoRoot), fileURLToPath(new URL('.', import.meta.url))].map((p) => p.replace(/[\\/]+$/, '')))];
    for (const name of entries) {
      const text = readFileSync(join(work, 'unpacked', name), 'utf8');
      for (const p of paths) expect(text.includes(p), `${name} mentions ${p}`).toBe(false);
      if (name.endsWith('.cjs')) expect(/node_modules[\\/]/.test(text), `${name} mentions node_modules/`).toBe(false);
    }
    const builtins = new Set(createRequire(import.meta.url)('node:module').builtinModules as string[]);
    for (const bundle of ['extension/out/extension.cjs', 'extension/out/server.cjs', 'extension/out/preview.cjs']) {
      const text = readFileSync(join(work, 'unpacked', bundle), 'utf8');
      const required = [...text.matchAll(/\brequire\((["'])([^"']+)\1\)/g)].map((m) => m[2]!.replace(/^node:/, ''));
      const foreign = required.filter((r) => !builtins.has(r) && !(bundle.endsWith('extension.cjs') && r === 'vscode'));
      expect(foreign, bundle).toEqual([]);
      expect(/\bimport\.meta\b/.test(text), `${bundle} uses import.meta`).toBe(false);
    }
  });

  it('has a well-formed manifest naming the licence and the repository', () => {
    const unpacked = join(work, 'unpacked');
    const lint = spawnSync('xmllint', ['--noout', join(unpacked, 'extension.vsixmanifest'), join(unpacked, '[Content_Types].xml')], { encoding: 'utf8' });
    expect(lint.error, 'xmllint is installed').toBeUndefined();
    expect(lint.stderr).toBe('');
    const xml = readFileSync(join(unpacked, 'extension.vsixmanifest'), 'utf8');
    expect(xml).toContain('<License>extension/LICENSE.txt</License>');
    expect(xml).toMatch(/Links\.Source" Value="https:\/\/[^"]+"/);
    expect(readFileSync(join(unpacked, 'extension/LICENSE.txt'), 'utf8')).toMatch(/^MIT License/);
  });
});

/** `ccp check --format json` of a copied example: the findings of one file as `rule@line:col severity`. */
function cliFindings(project: string, file: string): string[] {
  const r = spawnSync(process.execPath, [join(repoRoot, 'packages/cli/bin/ccp.js'), 'check', project, '--format', 'json'], { cwd: work, encoding: 'utf8' });
  const { findings } = JSON.parse(r.stdout) as { findings: { ruleId: string; severity: string; file: string; line: number; column: number }[] };
  return findings.filter((f) => join(work, f.file) === file).map((f) => `${f.ruleId}@${f.line}:${f.column} ${f.severity}`).sort();
}

const severityName = ['', 'error', 'warning', 'info', 'info'];
const asFindings = (list: Diagnostic[]) => list.map((d) => `${String(d.code)}@${d.range.start.line + 1}:${d.range.start.character + 1} ${severityName[d.severity ?? 1]}`).sort();

/** Opens gaps.ccp of the copy and checks that the bundled server reports what `ccp check` reports for it. */
async function expectSameDiagnosticsAsCli(s: ServerProcess): Promise<void> {
  const file = join(work, 'gaps/gaps.ccp');
  const expected = cliFindings('gaps', file);
  expect(expected.length).toBeGreaterThan(3);
  const uri = await s.open(file, readFileSync(file, 'utf8'));
  const list = await s.waitForDiagnostics(uri, (l) => l.length > 0);
  expect(asFindings(list)).toEqual(expected);
}

describe('its bundled server, run with plain node outside the repository', () => {
  it('over stdio: diagnostics as `ccp check`, completion of roles from another file, definition in the copy', async () => {
    const s = await ServerProcess.start(process.execPath, server, 'stdio', work, [join(work, 'acme-contact-center'), join(work, 'gaps')]);
    try {
      await expectSameDiagnosticsAsCli(s);

      // completion after `by: ` offers the roles declared in organisation.ccp
      const hotline = join(work, 'acme-contact-center/processes/hotline.ccp');
      const original = readFileSync(hotline, 'utf8');
      const lines = original.split('\n');
      const byLine = lines.findIndex((l) => l.trim() === 'by: vendor_agent');
      lines[byLine] = '    by: ';
      const uri = await s.open(hotline, lines.join('\n'));
      const completion = (await s.connection.sendRequest(CompletionRequest.type, {
        textDocument: { uri },
        position: { line: byLine, character: '    by: '.length },
      })) as CompletionItem[] | CompletionList | null;
      const labels = (Array.isArray(completion) ? completion : (completion?.items ?? [])).map((i) => i.label);
      expect(labels).toEqual(expect.arrayContaining(['cx_director', 'cc_manager', 'vendor_agent', 'vendor_manager']));

      // definition of `internal_owner: vendor_manager` is the role in organisation.ccp of the copy
      const ownerLine = lines.findIndex((l) => l.includes('internal_owner: vendor_manager'));
      const definition = (await s.connection.sendRequest(DefinitionRequest.type, {
        textDocument: { uri },
        position: { line: ownerLine, character: lines[ownerLine]!.indexOf('vendor_manager') + 2 },
      })) as Location | Location[] | null;
      const locations = Array.isArray(definition) ? definition : definition ? [definition] : [];
      const organisation = join(work, 'acme-contact-center/organisation.ccp');
      const declared = readFileSync(organisation, 'utf8').split('\n').findIndex((l) => /^role vendor_manager\b/.test(l));
      expect(declared).toBeGreaterThanOrEqual(0);
      expect(locations.map((l) => [fileURLToPath(l.uri), l.range.start.line])).toEqual([[organisation, declared]]);
    } finally {
      expect(await s.stop()).toBe(0);
    }
  });

  it('over IPC, as VS Code forks it: the same diagnostics', async () => {
    const s = await ServerProcess.start(process.execPath, server, 'ipc', work, [join(work, 'gaps')]);
    try {
      await expectSameDiagnosticsAsCli(s);
    } finally {
      expect(await s.stop()).toBe(0);
    }
  });

  // VS Code runs extensions on its own Node: 18.15 in VS Code 1.82 (the oldest engines.vscode allows), 20.18 in 1.100.
  // The CLI refuses these; the bundled server must run on them.
  for (const version of ['18.20.4', '20.18.0']) {
    it(`on Node ${version}, as an older VS Code's Node: the same diagnostics over IPC`, async ({ skip }) => {
      const found = oldNode(version);
      if ('unavailable' in found) return skip(`Node ${version} is not available: ${found.unavailable}`);
      const s = await ServerProcess.start(found.node, server, 'ipc', work, [join(work, 'gaps')]);
      try {
        await expectSameDiagnosticsAsCli(s);
      } finally {
        expect(await s.stop()).toBe(0);
      }
    }, 240_000);
  }
});

// Issue 21, must-show 3: "ccp: Open preview" runs the preview server the extension carries (out/preview.cjs) for the
// project. Started here from the unpacked .vsix, outside the repository, as the extension forks it.
describe('its bundled preview server, run from the unpacked extension', () => {
  it('serves the page of a copied example in embed mode: framable only by VS Code, with its assets, and closes', async () => {
    const extension = join(work, 'unpacked/extension');
    const project = join(work, 'acme-contact-center');
    const log: string[] = [];
    const preview = await PreviewProcess.start(extension, project, (t) => log.push(t));
    try {
      const url = new URL(preview.url);
      expect(url.hostname).toBe('127.0.0.1');
      const page = await fetch(preview.url);
      expect(page.status).toBe(200);
      expect(page.headers.get('x-frame-options')).toBeNull();
      expect(page.headers.get('content-security-policy')).toMatch(/frame-ancestors vscode-webview: vscode-file:\/\/vscode-app$/);
      const html = await page.text();
      expect(html).toContain('<meta name="ccp-embed" content="vscode-webview: vscode-file://vscode-app">');
      const body = (await (await fetch(`${preview.url}api/page`)).json()) as { sections: { id: string; items: { id: string }[] }[] };
      const processes = body.sections.find((s) => s.id === 'processes')!.items.map((i) => i.id);
      expect(processes.sort()).toEqual(['process-complaint', 'process-helpdesk', 'process-hotline', 'process-sales']);
      // the files the bundle reads beside it: the page's script, its style (with the docs' partial), Mermaid, bpmn-js
      expect(await (await fetch(`${preview.url}app.js`)).text()).toContain('window.ccpPage');
      expect(html).toContain('<script src="embed.js" defer></script>');
      const embed = await (await fetch(`${preview.url}embed.js`)).text();
      expect(embed).toContain("type: 'reveal'");
      const css = await (await fetch(`${preview.url}app.css`)).text();
      expect(css).toContain('.embedded');
      const mermaid = await fetch(`${preview.url}mermaid.js`);
      expect(mermaid.status).toBe(200);
      expect((await mermaid.arrayBuffer()).byteLength).toBeGreaterThan(1_000_000);
      const bpmn = await fetch(`${preview.url}bpmn.js`);
      expect(bpmn.status).toBe(200);
      expect(await bpmn.text()).toContain('BpmnJS');
      // a forwarded origin (code-server's proxy) is accepted only when the extension adds it
      expect((await rawGet(url.port, url.pathname, 'localhost:8080')).status).toBe(421);
      expect(await preview.allowEmbedder('http://localhost:8080')).toBe(true);
      expect((await rawGet(url.port, url.pathname, 'localhost:8080')).status).toBe(200);
      expect(await preview.allowEmbedder("http://evil.example 'unsafe-inline'")).toBe(false);
      expect((await fetch(preview.url)).headers.get('content-security-policy')).toMatch(/frame-ancestors vscode-webview: vscode-file:\/\/vscode-app http:\/\/localhost:8080$/);
    } finally {
      await preview.stop();
    }
    expect(preview.running).toBe(false);
    expect(log.join('')).toBe('');
  }, 120_000);
  for (const version of ['18.20.4', '20.18.0']) {
    it(`runs on Node ${version}, as an older VS Code's Node: the page and its processes`, async ({ skip }) => {
      const found = oldNode(version);
      if ('unavailable' in found) return skip(`Node ${version} is not available: ${found.unavailable}`);
      const preview = await PreviewProcess.start(join(work, 'unpacked/extension'), join(work, 'acme-contact-center'), () => {}, found.node);
      try {
        expect((await fetch(preview.url)).status).toBe(200);
        const body = (await (await fetch(`${preview.url}api/page`)).json()) as { sections: { id: string; items: unknown[] }[] };
        expect(body.sections.find((s) => s.id === 'processes')?.items).toHaveLength(4);
      } finally {
        await preview.stop();
      }
    }, 240_000);
  }
});

/** A GET with a chosen Host header (fetch does not let one set it). */
function rawGet(port: string, path: string, host: string): Promise<{ status: number }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port: Number(port), path, headers: { Host: host } }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0 }));
    });
    req.on('error', reject);
    req.end();
  });
}
