import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createProtocolConnection,
  DidOpenTextDocumentNotification,
  ExitNotification,
  HoverRequest,
  InitializeRequest,
  PublishDiagnosticsNotification,
  StreamMessageReader,
  StreamMessageWriter,
  type Diagnostic,
} from 'vscode-languageserver-protocol/node.js';
import { LspClient } from './lsp-client.js';

/**
 * Issue 22, items 6 and 8, for the language server: a request before `initialize` gets error -32002; `include` with
 * links out of the project is not read; a file opened outside every workspace folder is analysed alone (its folder
 * could be `/`: 51 s and 2.3 GB before).
 */

const cli = join(import.meta.dirname, '../../packages/cli/bin/ccp.js');
let clients: LspClient[] = [];
afterEach(async () => {
  for (const c of clients) await c.stop();
  clients = [];
});

describe('language server hardening', () => {
  it('answers a request before initialize with -32002 (ServerNotInitialized)', async () => {
    const child = spawn(process.execPath, [cli, 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    connection.listen();
    try {
      const error = await connection
        .sendRequest(HoverRequest.type, { textDocument: { uri: 'file:///x.ccp' }, position: { line: 0, character: 0 } })
        .then(() => undefined, (e: { code: number }) => e);
      expect(error?.code).toBe(-32002);
      // after initialize the same request is answered
      await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {} });
      expect(await connection.sendRequest(HoverRequest.type, { textDocument: { uri: 'file:///x.ccp' }, position: { line: 0, character: 0 } })).toBeNull();
    } finally {
      await connection.sendNotification(ExitNotification.type);
      connection.dispose();
      child.kill();
    }
  });

  it('does not read what include reaches through a link out of the project', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'ccp-lsp-outside-'));
    writeFileSync(join(outside, 'secret.ccp'), 'role SENTINEL_OUTSIDE {}\n');
    const client = await LspClient.start({ 'ccp.config.json': JSON.stringify({ include: ['main.ccp', 'users.ccp'] }), 'main.ccp': 'role boss { headcount: 2 }\n' });
    clients.push(client);
    symlinkSync(join(outside, 'secret.ccp'), join(client.root, 'users.ccp'));
    await client.open('main.ccp', 'role boss { headcount: 2 }\nrole x { reports_to: SENTINEL_OUTSIDE }\n');
    const list = await client.waitForDiagnostics('main.ccp', (l) => l.some((d) => d.code === 'CCP2005' || d.code === 'undefined-reference'));
    expect(list.some((d) => /SENTINEL_OUTSIDE/.test(d.message))).toBe(true); // undeclared: the file outside was not read
    expect(client.diagnostics.get(pathToFileURL(join(outside, 'secret.ccp')).href)).toBeUndefined();
  });

  it('analyses a file opened outside every workspace folder alone, not its folder', async () => {
    const client = await LspClient.start({ 'main.ccp': 'role boss {}\n' });
    clients.push(client);
    const elsewhere = mkdtempSync(join(tmpdir(), 'ccp-lsp-alone-'));
    mkdirSync(join(elsewhere, 'sub'));
    // siblings that a walk of the folder would read: a duplicate of the opened file's role, and a broken file
    writeFileSync(join(elsewhere, 'sibling.ccp'), 'role alone {}\n');
    writeFileSync(join(elsewhere, 'sub', 'broken.ccp'), 'role {{{\n');
    const uri = pathToFileURL(join(elsewhere, 'alone.ccp')).href;
    const published = new Map<string, Diagnostic[]>();
    client.connection.onNotification(PublishDiagnosticsNotification.type, (p) => published.set(p.uri, p.diagnostics));
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'ccp', version: 1, text: 'role alone { headcount: 1 }\n' } });
    const deadline = Date.now() + 10_000;
    while (!published.has(uri) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(published.has(uri)).toBe(true);
    expect(published.get(uri)!.map((d) => d.code)).not.toContain('CCP2006');
    expect([...published.keys()].filter((u) => u.startsWith(pathToFileURL(elsewhere).href))).toEqual([uri]);
  });
});
