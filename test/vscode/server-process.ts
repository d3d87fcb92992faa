import { spawn, type ChildProcess } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  IPCMessageReader,
  IPCMessageWriter,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type Diagnostic,
  type ProtocolConnection,
} from 'vscode-languageserver-protocol/node.js';

/**
 * A language server started as a plain `node <server file>` child, the way VS Code starts the extension's bundled
 * server (`--node-ipc`) or another editor would (`--stdio`), spoken to over JSON-RPC.
 */
export class ServerProcess {
  readonly diagnostics = new Map<string, Diagnostic[]>();
  readonly stderr: string[] = [];
  private readonly waiters: (() => void)[] = [];

  private constructor(
    readonly connection: ProtocolConnection,
    private readonly child: ChildProcess,
  ) {
    connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
      this.diagnostics.set(p.uri, p.diagnostics);
      for (const w of this.waiters.splice(0)) w();
    });
    child.stderr!.on('data', (d: Buffer) => this.stderr.push(d.toString()));
  }

  /** Starts `node server --stdio|--node-ipc` in `cwd` and initializes it with these workspace folders. */
  static async start(node: string, server: string, transport: 'stdio' | 'ipc', cwd: string, folders: string[]): Promise<ServerProcess> {
    const child =
      transport === 'stdio'
        ? spawn(node, [server, '--stdio'], { cwd, stdio: ['pipe', 'pipe', 'pipe'] })
        : spawn(node, [server, '--node-ipc', `--clientProcessId=${process.pid}`], { cwd, stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    const connection =
      transport === 'stdio'
        ? createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!))
        : createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    connection.listen();
    const server_ = new ServerProcess(connection, child);
    await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      workspaceFolders: folders.map((f) => ({ uri: pathToFileURL(f).href, name: f })),
      capabilities: {},
      initializationOptions: { debounceMs: 0 },
    });
    await connection.sendNotification(InitializedNotification.type, {});
    return server_;
  }

  async open(path: string, text: string): Promise<string> {
    const uri = pathToFileURL(path).href;
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'ccp', version: 1, text } });
    return uri;
  }

  /** Waits until the diagnostics published for a file satisfy the test. */
  async waitForDiagnostics(uri: string, test: (list: Diagnostic[]) => boolean, timeoutMs = 20_000): Promise<Diagnostic[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const list = this.diagnostics.get(uri);
      if (list && test(list)) return list;
      if (Date.now() > deadline) throw new Error(`no matching diagnostics for ${uri}: ${JSON.stringify(list)}; server stderr: ${this.stderr.join('')}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 100);
      });
    }
  }

  /** Shuts the server down as a client does; resolves with its exit code. */
  async stop(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => (this.child.exitCode !== null ? resolve(this.child.exitCode) : this.child.once('exit', (code) => resolve(code))));
    await this.connection.sendRequest(ShutdownRequest.type);
    await this.connection.sendNotification(ExitNotification.type);
    const code = await exited;
    this.connection.dispose();
    return code;
  }
}
