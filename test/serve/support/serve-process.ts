import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../../support/paths.js';

/** A running `ccp serve` process, started as users start it (the CLI's bin), and what it printed. */
export interface ServeProcess {
  url: string;
  port: number;
  token: string;
  stdout: () => string;
  stderr: () => string;
  child: ChildProcess;
  stop(): Promise<number | null>;
}

/** Starts `ccp serve <dir> ...args` and waits for the address it prints. */
export async function startServe(dir: string, args: string[] = []): Promise<ServeProcess> {
  const child = spawn(process.execPath, [join(repoRoot, 'packages', 'cli', 'bin', 'ccp.js'), 'serve', dir, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (err += d));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`ccp serve printed no address in 60 s:\n${out}\n${err}`)), 60_000);
    const look = () => {
      const m = /ccp serve: (http:\/\/\S+\/)\n/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    };
    child.stdout!.on('data', look);
    child.once('exit', (code) => reject(new Error(`ccp serve exited with ${code}:\n${out}\n${err}`)));
  });
  const parsed = new URL(url);
  return {
    url,
    port: Number(parsed.port),
    token: parsed.pathname.split('/')[1]!,
    stdout: () => out,
    stderr: () => err,
    child,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve(child.exitCode);
        child.once('exit', (code) => resolve(code));
        child.kill('SIGTERM');
      }),
  };
}

/** A copy of an example project in a new temporary folder. */
export function copyExample(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `ccp-serve-${name}-`));
  cpSync(join(repoRoot, 'examples', name), dir, { recursive: true });
  return dir;
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/**
 * A GET (or another method) with the path sent exactly as given (no normalisation, unlike fetch) and any Host or
 * Origin header, as a DNS-rebinding page or a crafted client would send them.
 */
export function rawRequest(port: number, path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers: { Host: `127.0.0.1:${port}`, ...headers }, setHost: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}
