import { cliText } from '@ccp/core';
import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';
import { UsageError, type CliContext } from '../context.js';
import { findConfig } from '../project/load-cli-project.js';
import { writeSafe } from '../format/terminal-safe.js';
import { say } from '../language.js';
import type { ServeCliOptions } from './serve.js';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

/** Opens a URL in the default browser with the platform's opener (no shell). */
function openBrowser(ctx: CliContext, url: string): void {
  const [command, args] =
    process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '""', url]] : ['xdg-open', [url]];
  const child = spawn(command, args as string[], { stdio: 'ignore', detached: true });
  child.on('error', () => ctx.stderr.write(`${say(ctx, 'serveOpenFailed', { command })}\n`));
  child.unref();
}

/** `ccp serve`: finds the project, starts @ccp/serve, prints the address, and runs until Ctrl-C. */
export async function runServe(ctx: CliContext, path: string | undefined, opts: ServeCliOptions): Promise<number> {
  const given = resolve(ctx.cwd, path ?? '.');
  if (!existsSync(given)) throw new UsageError(cliText('noSuchPath', { path: path ?? '.' }));
  const dir = statSync(given).isDirectory() ? given : dirname(given);
  const config = findConfig(dir);
  const root = (config ? dirname(config) : dir).split(sep).join('/');
  const port = opts.port === undefined ? 0 : Number(opts.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(cliText('notAPort', { port: opts.port ?? '' }));
  const host = opts.host ?? '127.0.0.1';
  if (!LOOPBACK.has(host)) {
    writeSafe(ctx.stderr, `${say(ctx, 'serveReachable', { host })}\n`);
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
        ctx.language = { ...ctx.language, project: v.content.lang === 'pl' ? 'pl' : 'en' };
        if (v.version === 1) return;
        const c = v.content;
        ctx.stdout.write(`${say(ctx, 'serveUpdated', { ms: v.buildMs, syntaxErrors: c.syntaxErrors, errors: c.errors, warnings: c.warnings })}\n`);
      },
      onError: (e) => ctx.stderr.write(`${say(ctx, 'serveInternalError', { message: e instanceof Error ? e.message : String(e) })}\n`),
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new UsageError(cliText('portInUse', { port }));
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') throw new UsageError(cliText('notAHost', { host }));
    throw error;
  }
  writeSafe(ctx.stdout, `${say(ctx, 'serveStart', { url: server.url, root })}\n`);
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
