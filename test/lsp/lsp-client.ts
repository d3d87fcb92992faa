import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type Diagnostic,
  type Position,
  type ProtocolConnection,
  type ServerCapabilities,
} from 'vscode-languageserver-protocol/node.js';

const cli = join(import.meta.dirname, '../../packages/cli/bin/ccp.js');

/** Splits a source with a `<|>` cursor marker into the text and the cursor's LSP position. */
export function cursor(source: string): { text: string; position: Position } {
  const at = source.indexOf('<|>');
  if (at < 0) throw new Error('no <|> marker in the source');
  const text = source.slice(0, at) + source.slice(at + 3);
  const before = text.slice(0, at).split('\n');
  return { text, position: { line: before.length - 1, character: before[before.length - 1]!.length } };
}

/** A real client: the server runs as `ccp lsp --stdio` in a child process and is spoken to over JSON-RPC. */
export class LspClient {
  readonly diagnostics = new Map<string, Diagnostic[]>();
  /** What the server answered to initialize. */
  capabilities: ServerCapabilities = {};
  private readonly waiters: (() => void)[] = [];
  private versions = new Map<string, number>();

  private constructor(
    readonly root: string,
    readonly connection: ProtocolConnection,
    private readonly child: ChildProcess,
  ) {
    connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
      this.diagnostics.set(p.uri, p.diagnostics);
      for (const w of this.waiters.splice(0)) w();
    });
  }

  /** Writes the files into a fresh folder, starts the server there and initializes it. */
  static async start(files: Record<string, string> = {}, init: Record<string, unknown> = {}): Promise<LspClient> {
    const root = mkdtempSync(join(tmpdir(), 'ccp-lsp-'));
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, name)), { recursive: true });
      writeFileSync(join(root, name), text);
    }
    return LspClient.startAt(root, init);
  }

  /** Starts the server with `root` (a temporary folder, removed by stop()) as its one workspace folder. */
  static async startAt(root: string, init: Record<string, unknown> = {}): Promise<LspClient> {
    const child = spawn(process.execPath, [cli, 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    connection.listen();
    const client = new LspClient(root, connection, child);
    const initialized = await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: pathToFileURL(root).href,
      workspaceFolders: [{ uri: pathToFileURL(root).href, name: 'test' }],
      capabilities: {},
      initializationOptions: { debounceMs: 0, ...init },
    });
    client.capabilities = initialized.capabilities;
    await connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  uri(name: string): string {
    return pathToFileURL(join(this.root, name)).href;
  }

  async open(name: string, text: string): Promise<string> {
    const uri = /^[a-z]+:/.test(name) ? name : this.uri(name);
    this.versions.set(uri, 1);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'ccp', version: 1, text },
    });
    return uri;
  }

  async change(name: string, text: string): Promise<void> {
    const uri = this.uri(name);
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: [{ text }],
    });
  }

  /** Waits until the diagnostics published for a file satisfy the test. */
  async waitForDiagnostics(name: string, test: (list: Diagnostic[]) => boolean, timeoutMs = 10_000): Promise<Diagnostic[]> {
    const uri = /^[a-z]+:/.test(name) ? name : this.uri(name);
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const list = this.diagnostics.get(uri);
      if (list && test(list)) return list;
      if (Date.now() > deadline) throw new Error(`no matching diagnostics for ${name}: ${JSON.stringify(list)}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 100);
      });
    }
  }

  async stop(): Promise<void> {
    await this.connection.sendRequest(ShutdownRequest.type);
    await this.connection.sendNotification(ExitNotification.type);
    await new Promise((resolve) => (this.child.exitCode !== null ? resolve(undefined) : this.child.once('exit', resolve)));
    this.connection.dispose();
    rmSync(this.root, { recursive: true, force: true });
  }
}
