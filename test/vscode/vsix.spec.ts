import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CompletionRequest, DefinitionRequest, type CompletionItem, type CompletionList, type Diagnostic, type Location } from 'vscode-languageserver-protocol';
import { oldNode } from '../support/old-node.js';
import { repoRoot } from '../support/paths.js';
import { ServerProcess } from './server-process.js';

// Issue 18, must-show 1: the .vsix is self-contained. It is built by the packaging script, unpacked into a folder
// outside the repository, and its bundled server is started with plain `node` (no `ccp`, no node_modules) on copies
// of the examples, as VS Code starts it (IPC) and as another editor would (stdio).

interface Zip {
  files: Record<string, { dir: boolean; async(type: 'nodebuffer'): Promise<Buffer> }>;
}
const JSZip = createRequire(join(repoRoot, 'packages/vscode/package.json'))('jszip') as { loadAsync(data: Buffer): Promise<Zip> };

/** What the .vsix holds: the manifest files and extension/ with two bundles, the contributions, README and LICENSE. */
const EXPECTED_FILES = [
  '[Content_Types].xml',
  'extension.vsixmanifest',
  'extension/LICENSE.txt',
  'extension/language-configuration.json',
  'extension/out/extension.cjs',
  'extension/out/server.cjs',
  'extension/package.json',
  'extension/readme.md',
  'extension/snippets/ccp.code-snippets',
  'extension/syntaxes/ccp.tmLanguage.json',
];

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
    for (const bundle of ['extension/out/extension.cjs', 'extension/out/server.cjs']) {
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
