/**
 * The preview server the extension carries: `startServe` of @ccp/serve in embed mode (the page may be framed by VS
 * Code's webviews and talks to its parent frame), for one project folder. Bundled into out/preview.cjs with what it
 * needs (scripts/build-extension.mjs; the page's assets, the docs templates and Mermaid's browser bundle are copied
 * beside it), and forked by the extension on VS Code's own Node (src/preview-process.ts) with an IPC channel:
 * - it sends `{type: 'url', url}` once the page is ready, or `{type: 'error', message}` and exits 1;
 * - it takes `{type: 'allow', origin}`: the origin `asExternalUri` gave the page (VS Code for the web, code-server),
 *   answered with `{type: 'allowed', origin, ok}`;
 * - it ends when the extension disconnects (VS Code closing, the panel closed, the extension host gone).
 */
import { startServe, type RunningServer } from '@ccp/serve';

type Out = { type: 'url'; url: string } | { type: 'error'; message: string } | { type: 'allowed'; origin: string; ok: boolean };
const send = (m: Out) => process.send?.(m);

async function main(): Promise<void> {
  const root = process.argv[2];
  if (!root || !process.send) {
    process.stderr.write('usage: (forked by the ccp extension) preview.cjs <project root>\n');
    process.exit(2);
  }
  let server: RunningServer | undefined;
  const stop = () => {
    void (server?.close() ?? Promise.resolve()).finally(() => process.exit(0));
  };
  process.on('disconnect', stop);
  process.on('SIGTERM', stop);
  process.on('message', (m: unknown) => {
    const msg = m as { type?: unknown; origin?: unknown } | null;
    if (msg && msg.type === 'allow' && typeof msg.origin === 'string' && server) send({ type: 'allowed', origin: msg.origin, ok: server.allowEmbedder(msg.origin) });
  });
  try {
    server = await startServe({ root: root.replace(/\\/g, '/'), embed: true, onError: (e) => process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`) });
    send({ type: 'url', url: server.url });
  } catch (error) {
    send({ type: 'error', message: error instanceof Error ? error.message : String(error) });
    process.exitCode = 1;
    process.disconnect?.();
  }
}

void main();
