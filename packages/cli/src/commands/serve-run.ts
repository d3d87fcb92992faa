import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';
import { UsageError, type CliContext } from '../context.js';
import { findConfig } from '../project/load-cli-project.js';
import { writeSafe } from '../format/terminal-safe.js';
import type { ServeCliOptions } from './serve.js';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

/** Opens a URL in the default browser with the platform's opener (no shell). */
function openBrowser(ctx: CliContext, url: string): void {
  const [command, args] =
    process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '""', url]] : ['xdg-open', [url]];
  const child = spawn(command, args as string[], { stdio: 'ignore', detached: true });
  child.on('error', () => ctx.stderr.write(`ccp serve: could not start ${command}; open the address above yourself.\n`));
  child.unref();
}

/** `ccp serve`: finds the project, starts @ccp/serve, prints the address, and runs until Ctrl-C. */
export async function runServe(ctx: CliContext, path: string | undefined, opts: ServeCliOptions): Promise<number> {
  const given = resolve(ctx.cwd, path ?? '.');
  if (!existsSync(given)) throw new UsageError(`${path ?? '.'}: no such file or directory.`);
  const dir = statSync(given).isDirectory() ? given : dirname(given);
  const config = findConfig(dir);
  const root = (config ? dirname(config) : dir).split(sep).join('/');
  const port = opts.port === undefined ? 0 : Number(opts.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port '${opts.port}' is not a port number (0 to 65535).`);
  const host = opts.host ?? '127.0.0.1';
  if (!LOOPBACK.has(host)) {
    writeSafe(ctx.stderr, `ccp serve: warning: listening on '${host}' makes the page reachable from other machines; anyone with its address (which carries the token) can read the design.\n`);
  }
  const { startServe } = await import('@ccp/serve');
  let server;
  try {
    server = await startServe({
      root,
      port,
      host,
      ...(opts.poll ? { poll: true } : {}),
      onVersion: (v) => {
        if (v.version === 1) return;
        const c = v.content;
        const what = c.syntaxErrors > 0 ? `${c.syntaxErrors} syntax error(s), showing the last version without them` : `${c.errors} error(s), ${c.warnings} warning(s)`;
        ctx.stdout.write(`ccp serve: updated in ${v.buildMs} ms: ${what}.\n`);
      },
      onError: (e) => ctx.stderr.write(`ccp serve: internal error: ${e instanceof Error ? e.message : String(e)}\n`),
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new UsageError(`Port ${port} is in use; choose another with --port, or leave --port out for a free one.`);
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') throw new UsageError(`--host '${host}' is not an address of this machine.`);
    throw error;
  }
  writeSafe(ctx.stdout, `ccp serve: ${server.url}\nWatching ${root}; press Ctrl-C to stop.\n`);
  if (opts.open) openBrowser(ctx, server.url);
  await new Promise<void>((done) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      done();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await server.close();
  return 0;
}
