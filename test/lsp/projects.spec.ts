import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { repoRoot } from '../support/paths.js';
import { LspClient } from './lsp-client.js';

/**
 * The repository's examples/ opened as one workspace folder: each project (a folder with its ccp.config.json, and
 * examples/gaps, which has none) is analysed on its own, so every file gets exactly what `ccp check` of its own
 * project reports: no merged projects, no duplicate ids across them, each project's own rules and language.
 */
const cli = join(repoRoot, 'packages', 'cli', 'bin', 'ccp.js');

interface Finding {
  ruleId: string;
  severity: string;
  message: string;
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  suggestion?: string;
}

const severityNames = ['', 'error', 'warning', 'info'];

function ccpFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? ccpFiles(path) : name.endsWith('.ccp') ? [path] : [];
  });
}

/** `ccp check --format json` of one project folder, as `file -> "line:col severity code message"` rows. */
function checkProject(workspace: string, project: string): Map<string, string[]> {
  let out: string;
  try {
    out = execFileSync(process.execPath, [cli, 'check', project, '--format', 'json'], { cwd: workspace, encoding: 'utf8' });
  } catch (error) {
    out = (error as { stdout: string }).stdout; // exit 1: the project has errors
  }
  const rows = new Map<string, string[]>();
  for (const f of (JSON.parse(out) as { findings: Finding[] }).findings) {
    const list = rows.get(f.file) ?? [];
    // the editor shows the suggestion after the message, as the terminal does
    const message = f.suggestion && !f.message.includes(f.suggestion) ? `${f.message} ${f.suggestion}` : f.message;
    list.push(`${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.severity} ${f.ruleId} ${message}`);
    rows.set(f.file, list);
  }
  return rows;
}

const lspRows = (list: Diagnostic[]) =>
  list.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.line + 1}:${d.range.end.character + 1} ${severityNames[d.severity ?? 1]} ${String(d.code)} ${d.message}`);

let client: LspClient;
let workspace: string;

beforeAll(async () => {
  workspace = mkdtempSync(join(tmpdir(), 'ccp-lsp-examples-'));
  cpSync(join(repoRoot, 'examples'), workspace, { recursive: true });
  client = await LspClient.startAt(workspace);
});
afterAll(async () => {
  await client.stop();
});

describe('a workspace of several projects', () => {
  it('gives each file of examples/ exactly the findings of `ccp check` of its own project', async () => {
    const projects = ['acme-contact-center', 'sklep-internetowy', 'gaps'];
    const expected = new Map<string, string[]>();
    for (const project of projects) for (const [file, rows] of checkProject(workspace, project)) expected.set(file, rows);
    const files = ccpFiles(workspace).map((f) => relative(workspace, f));
    expect(files.length).toBeGreaterThan(15);
    expect(expected.get('gaps/gaps.ccp')?.length).toBeGreaterThan(3); // a project with findings is compared too
    for (const file of files) {
      const list = await client.waitForDiagnostics(file, () => true);
      expect([file, lspRows(list).sort()]).toEqual([file, (expected.get(file) ?? []).sort()]);
    }
  });
});

describe('projects found like the CLI finds them', () => {
  it("applies each project's own rules, and a config created later makes a project of its own", async () => {
    const own = await LspClient.start({
      'design/ccp.config.json': JSON.stringify({ rules: { 'project-without-sponsor': 'off' } }),
      'design/main.ccp': 'project shop "Shop" {}\n',
      'loose/main.ccp': 'project other "Other" {}\n',
    });
    try {
      // the folder above design/ is opened: design/ is still its own project, with its rule switched off
      const loose = await own.waitForDiagnostics('loose/main.ccp', (l) => l.some((d) => d.code === 'project-without-sponsor'));
      expect(loose.map((d) => d.message).join('\n')).not.toMatch(/shop/);
      const design = await own.waitForDiagnostics('design/main.ccp', () => true);
      expect(design.map((d) => d.code)).toEqual([]);
      // loose/ gets a config of its own: the rule goes off there too once the server hears of it
      const { writeFileSync } = await import('node:fs');
      writeFileSync(join(own.root, 'loose', 'ccp.config.json'), JSON.stringify({ rules: { 'project-without-sponsor': 'off' } }));
      const { DidChangeWatchedFilesNotification, FileChangeType } = await import('vscode-languageserver-protocol');
      await own.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
        changes: [{ uri: own.uri('loose/ccp.config.json'), type: FileChangeType.Created }],
      });
      await own.waitForDiagnostics('loose/main.ccp', (l) => l.length === 0);
    } finally {
      await own.stop();
    }
  });
});
