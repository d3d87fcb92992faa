import { workspace, type Disposable, type OutputChannel } from 'vscode';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  State,
  TransportKind,
  type CloseHandlerResult,
  type ErrorHandlerResult,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { describeLaunch, type Launch } from './launch.js';
import type { ServerStatus } from './status.js';

/** A server that stops this many times within RESTART_WINDOW_MS is not restarted again. */
const MAX_RESTARTS = 4;
const RESTART_WINDOW_MS = 3 * 60 * 1000;
/** How much of the server's own output is kept, to say why it stopped. */
const KEPT_OUTPUT = 4000;

/** The language client, without its generic "couldn't create connection to server" notice: ours says why and how to fix it. */
class CcpLanguageClient extends LanguageClient {
  override error(message: string, data?: unknown, showNotification?: boolean | 'force'): void {
    super.error(message, data, /couldn't create connection to server/.test(message) ? false : showNotification);
  }
}

/** The bundled server is forked on VS Code's own Node over IPC; a configured one runs as `<it> lsp --stdio`. */
export function serverOptions(launch: Exclude<Launch, { kind: 'problem' }>): ServerOptions {
  switch (launch.kind) {
    case 'bundled':
      return {
        run: { module: launch.module, transport: TransportKind.ipc },
        debug: { module: launch.module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
      };
    case 'script':
      // run on VS Code's Node, as `node <script> lsp --stdio`
      return {
        command: process.execPath,
        args: [launch.script, 'lsp'],
        transport: TransportKind.stdio,
        options: { env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } },
      };
    case 'command':
      return { command: launch.command, args: ['lsp'], transport: TransportKind.stdio, options: { shell: process.platform === 'win32' } };
  }
}

/** The output channel, keeping what the server writes (its stderr) so that a failure can quote it. */
function recording(channel: OutputChannel, keep: (text: string) => void): OutputChannel {
  return new Proxy(channel, {
    get(target, prop) {
      if (prop === 'append') {
        return (text: string) => {
          keep(text);
          target.append(text);
        };
      }
      const value: unknown = Reflect.get(target, prop);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/**
 * One language client at a time: restart() replaces it (after a setting changed, or on the command), stop() ends
 * it. Calls are queued, so a burst of setting changes starts one server after another, never two at once.
 */
export class ServerClient {
  private client: LanguageClient | undefined;
  private watcher: Disposable | undefined;
  private generation = 0;
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly plan: () => Launch,
    private readonly output: OutputChannel,
    private readonly status: ServerStatus,
    private readonly onFailure: (launch: Launch, error: unknown, serverOutput: string) => void,
  ) {}

  restart(): Promise<void> {
    return (this.queue = this.queue.then(() => this.replace(true)));
  }

  stop(): Promise<void> {
    return (this.queue = this.queue.then(() => this.replace(false)));
  }

  /** A request to the running server (the preview's `ccp/preview*`); undefined when no server runs or it fails. */
  async request<R>(method: string, params: unknown): Promise<R | undefined> {
    const client = this.client;
    if (!client || client.state !== State.Running) return undefined;
    try {
      return (await client.sendRequest<R>(method, params)) ?? undefined;
    } catch {
      return undefined;
    }
  }

  private async replace(start: boolean): Promise<void> {
    const old = this.client;
    this.client = undefined;
    this.generation++;
    this.watcher?.dispose();
    this.watcher = undefined;
    if (old) {
      try {
        await old.dispose(2000);
      } catch {
        // a server that did not start, or does not answer shutdown, is gone either way
      }
    }
    if (start) await this.start(this.generation);
    else this.status.set('stopped', 'stopped by the extension');
  }

  private async start(generation: number): Promise<void> {
    const launch = this.plan();
    const origin = describeLaunch(launch);
    if (launch.kind === 'problem') {
      this.status.set('failed', origin, launch.why);
      this.onFailure(launch, undefined, '');
      return;
    }
    let said = '';
    let reported = false;
    let ran = false;
    const restarts: number[] = [];
    const current = () => generation === this.generation;
    const fail = (error: unknown) => {
      if (!current() || reported) return;
      reported = true;
      this.status.set('failed', origin, 'See the output for why.');
      this.onFailure(launch, error, said);
    };
    const watcher = workspace.createFileSystemWatcher('**/{*.ccp,ccp.config.json}');
    this.watcher = watcher;
    const client = new CcpLanguageClient('ccp', 'ccp language server', serverOptions(launch), {
      documentSelector: [
        { scheme: 'file', language: 'ccp' },
        { scheme: 'untitled', language: 'ccp' },
      ],
      // no configurationSection: the server reads no setting, and a change of `ccp.server.*` restarts it (a
      // didChangeConfiguration sent to the client being replaced fails with a notice)
      synchronize: { fileEvents: watcher },
      outputChannel: recording(this.output, (text) => (said = (said + text).slice(-KEPT_OUTPUT))),
      errorHandler: {
        error: (_error, _message, count): ErrorHandlerResult => ({
          action: count !== undefined && count <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown,
          handled: true,
        }),
        closed: (): CloseHandlerResult => {
          const now = Date.now();
          while (restarts.length && now - restarts[0]! > RESTART_WINDOW_MS) restarts.shift();
          restarts.push(now);
          if (ran && restarts.length <= MAX_RESTARTS) return { action: CloseAction.Restart, handled: true };
          fail(undefined);
          return { action: CloseAction.DoNotRestart, handled: true };
        },
      },
    });
    this.client = client;
    client.onDidChangeState((e) => {
      if (!current()) return;
      if (e.newState === State.Running) {
        ran = true;
        this.status.set('running', origin);
      } else if (e.newState === State.Starting) this.status.set('starting', origin);
      else if (this.status.state !== 'failed') this.status.set('stopped', origin);
    });
    this.status.set('starting', origin);
    try {
      await client.start();
    } catch (error) {
      fail(error);
    }
  }
}
