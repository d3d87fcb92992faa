import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, routeOf } from '@ccp/serve';
import { copyExample, rawRequest, startServe, type ServeProcess } from './support/serve-process.js';

/**
 * `ccp serve` is safe by default (issue 21, must-show 4), tested with plain HTTP requests against the real command:
 * only the page, its assets and its API are answered, under the per-process token, to requests addressed to this
 * server; no path reaches a file; the page's policy is the HTML docs' policy plus its own scripts.
 */
let dir: string;
let serve: ServeProcess;
const secret = 'SECRET-MARKER-7f3a';

beforeAll(async () => {
  dir = copyExample('acme-contact-center');
  // files a path trick would try to read: one inside the project, one beside it
  writeFileSync(join(dir, 'notes.txt'), secret);
  serve = await startServe(dir);
});
afterAll(async () => {
  await serve?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const noLeak = (body: string) => {
  expect(body).not.toContain(secret);
  expect(body).not.toContain('root:x:0:0');
  expect(body).not.toContain('process complaint');
  expect(body).not.toContain('"sponsor"');
};

describe('ccp serve: where it listens', () => {
  it('prints an address on 127.0.0.1 with a long random token', () => {
    expect(serve.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/[A-Za-z0-9_-]{32}\/$/);
  });

  it('does not answer on another interface of the machine', async () => {
    const other = Object.values(networkInterfaces())
      .flat()
      .find((a) => a && a.family === 'IPv4' && !a.internal)?.address;
    if (!other) return; // a machine with loopback only: nothing else to try
    const refused = await new Promise<boolean>((resolve) => {
      const socket = connect({ host: other, port: serve.port });
      socket.once('connect', () => {
        socket.destroy();
        resolve(false);
      });
      socket.once('error', () => resolve(true));
    });
    expect(refused).toBe(true);
  });

  it('warns when --host makes it listen on another interface', async () => {
    const open = await startServe(dir, ['--host', '0.0.0.0']);
    try {
      expect(open.stderr()).toMatch(/warning: listening on '0\.0\.0\.0' makes the page reachable from other machines/);
      expect(open.url).toMatch(/^http:\/\/0\.0\.0\.0:\d+\//);
    } finally {
      await open.stop();
    }
  });

  it('refuses a port that is not a number, as a usage error (exit 2)', async () => {
    await expect(startServe(dir, ['--port', 'x'])).rejects.toThrow(/exited with 2[\s\S]*--port 'x' is not a port number/);
  });
});

describe('ccp serve: the token', () => {
  it('answers the page under the token', async () => {
    const r = await rawRequest(serve.port, `/${serve.token}/`);
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('text/html; charset=utf-8');
  });

  it.each([['/'], ['/index.html'], ['/api/page'], ['/events'], ['/app.js'], [`/${'A'.repeat(32)}/`], [`/${'A'.repeat(32)}/api/page`]])('refuses %s without the right token', async (path) => {
    const r = await rawRequest(serve.port, path);
    expect(r.status).toBe(404);
    noLeak(r.body);
  });

  it('refuses a token that differs in one character', async () => {
    const wrong = serve.token.slice(0, -1) + (serve.token.endsWith('A') ? 'B' : 'A');
    expect((await rawRequest(serve.port, `/${wrong}/api/page`)).status).toBe(404);
  });
});

describe('ccp serve: Host and Origin against DNS rebinding', () => {
  it.each([['127.0.0.1'], ['localhost'], ['LOCALHOST']])('answers Host %s with its port', async (host) => {
    expect((await rawRequest(serve.port, `/${serve.token}/api/page`, { Host: `${host}:${serve.port}` })).status).toBe(200);
  });

  it.each([['evil.example'], ['evil.example:PORT'], ['127.0.0.1'], ['127.0.0.1:1'], ['127.0.0.1.evil.example:PORT'], ['']])('refuses Host %s', async (host) => {
    const r = await rawRequest(serve.port, `/${serve.token}/api/page`, { Host: host.replace('PORT', String(serve.port)) });
    expect(r.status).toBe(421);
    noLeak(r.body);
  });

  it.each([['http://evil.example'], ['http://127.0.0.1:1'], ['null'], ['https://127.0.0.1:PORT']])('refuses Origin %s', async (origin) => {
    const r = await rawRequest(serve.port, `/${serve.token}/api/page`, { Origin: origin.replace('PORT', String(serve.port)) });
    expect(r.status).toBe(403);
    noLeak(r.body);
  });

  it('answers its own Origin, and refuses a cross-site fetch', async () => {
    expect((await rawRequest(serve.port, `/${serve.token}/api/page`, { Origin: `http://127.0.0.1:${serve.port}` })).status).toBe(200);
    expect((await rawRequest(serve.port, `/${serve.token}/api/page`, { 'Sec-Fetch-Site': 'cross-site' })).status).toBe(403);
  });
});

describe('ccp serve: paths', () => {
  const tricks = [
    '/TOKEN/../../../../etc/passwd',
    '/TOKEN/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
    '/TOKEN/..%2f..%2f..%2fetc%2fpasswd',
    '/TOKEN/app.js/../../notes.txt',
    '/TOKEN/./notes.txt',
    '/TOKEN//etc/passwd',
    '/TOKEN/notes.txt',
    '/TOKEN/ccp.config.json',
    '/TOKEN/processes/complaints.ccp',
    '/TOKEN/processes/',
    '/TOKEN/processes',
    '/TOKEN/..\\..\\notes.txt',
    '/TOKEN/%5c..%5cnotes.txt',
    '/TOKEN/notes.txt%00.js',
    '/TOKEN/%',
    '/TOKEN/api/../notes.txt',
    '/TOKEN/api/page/../../notes.txt',
    '/TOKEN/mermaid.js/..',
    '/../TOKEN/api/page',
  ];
  it.each(tricks.map((t) => [t]))('refuses %s and reads no file', async (trick) => {
    const r = await rawRequest(serve.port, trick.replace('TOKEN', serve.token));
    expect(r.status).toBeGreaterThanOrEqual(400);
    expect(r.status).toBeLessThan(500);
    noLeak(r.body);
    expect(r.body.length).toBeLessThan(200);
  });

  it('has no directory listing and answers only GET and HEAD', async () => {
    expect((await rawRequest(serve.port, `/${serve.token}/assets/`)).status).toBe(404);
    expect((await rawRequest(serve.port, `/${serve.token}/api/page`, {}, 'POST')).status).toBe(405);
    expect((await rawRequest(serve.port, `/${serve.token}/api/page`, {}, 'PUT')).status).toBe(405);
    const head = await rawRequest(serve.port, `/${serve.token}/`, {}, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
  });

  it('normalises before it routes (unit): a path that leaves its folder is refused', () => {
    expect(routeOf('/t/api/page', 't')).toEqual({ route: 'api/page' });
    expect(routeOf('/t/api/page?since=3', 't')).toEqual({ route: 'api/page' });
    for (const p of ['/t/a/../b', '/t/%2E%2E/b', '/t/a%2Fb', '/t//b', '/t/./b', 'relative', '/t/\u0000']) expect(routeOf(p, 't')).toHaveProperty('refusal');
    expect(routeOf('/u/api/page', 't')).toEqual({ refusal: { status: 404, reason: 'Not found.' } });
  });
});

describe('ccp serve: headers and policy', () => {
  it("sends the HTML docs' policy with the page's own scripts, and no inline script or eval", async () => {
    const r = await rawRequest(serve.port, `/${serve.token}/`);
    const csp = String(r.headers['content-security-policy']);
    expect(csp).toBe(CONTENT_SECURITY_POLICY);
    // the docs' policy (packages/generators/templates/spec.html.hbs), every directive of it
    const docs = /Content-Security-Policy" content="([^"]+)"/.exec(readFileSync(join(__dirname, '..', '..', 'packages', 'generators', 'templates', 'spec.html.hbs'), 'utf8'))![1]!;
    for (const directive of docs.split(';').map((d) => d.trim())) {
      const name = directive.split(' ')[0]!;
      const ours = csp.split(';').map((d) => d.trim()).find((d) => d.startsWith(`${name} `));
      expect(ours, name).toBeDefined();
      for (const value of directive.split(' ').slice(1)) expect(ours!.split(' ')).toContain(value);
    }
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline|https?:|\*/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(r.headers['referrer-policy']).toBe('no-referrer');
    expect(r.body).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/); // every script has a src
    expect(r.body).not.toMatch(/\son[a-z]+=/i);
  });

  it('serves the bundled Mermaid from the package, as JavaScript', async () => {
    const r = await rawRequest(serve.port, `/${serve.token}/mermaid.js`);
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(r.body.length).toBeGreaterThan(1_000_000);
  });
});
