import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

/** The file of the bundled preview server, inside the extension's folder. */
export const PREVIEW_FILE = 'out/preview.cjs';

/** How long the first analysis of a project may take before the preview gives up. */
const START_TIMEOUT_MS = 120_000;

/**
 * The preview server (out/preview.cjs, src/preview-server.ts) for one project, forked on VS Code's own Node with an
 * IPC channel, as the language server is. No VS Code API here: test/vscode/vsix.spec.ts runs it from the unpacked
 * .vsix.
 */
export class PreviewProcess {
  private constructor(
    private readonly child: ChildProcess,
    /** The page: `http://127.0.0.1:<port>/<token>/`. */
    readonly url: string,
  ) {}

  /** Starts the server for `root` and waits for its page's address. `log` gets what it writes to stderr. */
  static start(extensionPath: string, root: string, log: (text: string) => void = () => {}, node?: string): Promise<PreviewProcess> {
    const child = fork(join(extensionPath, PREVIEW_FILE), [root], {
      execArgv: [],
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
      ...(node ? { execPath: node } : {}),
    });
    child.stdout?.on('data', (d: Buffer) => log(String(d)));
    child.stderr?.on('data', (d: Buffer) => log(String(d)));
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => fail(new Error(`The preview server did not start within ${START_TIMEOUT_MS / 1000} s.`)), START_TIMEOUT_MS);
      const fail = (error: Error) => {
        clearTimeout(timer);
        child.kill();
        reject(error);
      };
      child.on('message', (m: unknown) => {
        const msg = m as { type?: unknown; url?: unknown; message?: unknown } | null;
        if (msg?.type === 'url' && typeof msg.url === 'string' && /^http:\/\/[^/]+\/[A-Za-z0-9_-]+\/$/.test(msg.url)) {
          clearTimeout(timer);
          resolve(new PreviewProcess(child, msg.url));
        } else if (msg?.type === 'error') fail(new Error(`The preview server could not start: ${String(msg.message)}`));
      });
      child.once('error', (e) => fail(e));
      child.once('exit', (code) => fail(new Error(`The preview server stopped (exit code ${code}).`)));
    });
  }

  /** Lets `origin` (what asExternalUri made of the page's address) frame the page and address the server. */
  allowEmbedder(origin: string): Promise<boolean> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => done(false), 5000);
      const onMessage = (m: unknown) => {
        const msg = m as { type?: unknown; origin?: unknown; ok?: unknown } | null;
        if (msg?.type === 'allowed' && msg.origin === origin) done(msg.ok === true);
      };
      const done = (ok: boolean) => {
        clearTimeout(timer);
        this.child.off('message', onMessage);
        resolve(ok);
      };
      this.child.on('message', onMessage);
      this.child.send({ type: 'allow', origin });
    });
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Ends the server: it closes when its IPC channel does; killed if it is still there after 2 s. */
  stop(): Promise<void> {
    if (!this.running) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.child.kill('SIGKILL'), 2000);
      this.child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      if (this.child.connected) this.child.disconnect();
      else this.child.kill();
    });
  }
}
