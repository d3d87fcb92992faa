import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insideFolder, pageAddress, projectRootFor, revealRequest, webviewHtml } from '../../packages/vscode/src/preview-logic.js';

// Issue 21, must-show 3: the parts of "ccp: Open preview" that need no VS Code: what the page may ask the
// extension, which files it may open, which project a file belongs to, and the webview's HTML and policy.

describe('messages from the page (through the webview)', () => {
  it('accepts the two reveal shapes', () => {
    expect(revealRequest({ type: 'reveal', anchor: 'step-complaint-register' })).toEqual({ type: 'reveal', anchor: 'step-complaint-register' });
    expect(revealRequest({ type: 'reveal', file: '/w/p/main.ccp', line: 3, column: 5 })).toEqual({ type: 'reveal', file: '/w/p/main.ccp', line: 3, column: 5 });
  });

  it.each([
    ['not an object', 'reveal'],
    ['null', null],
    ['an array', [{ type: 'reveal', anchor: 'a' }]],
    ['another type', { type: 'show', anchor: 'role-agent' }],
    ['an extra key', { type: 'reveal', anchor: 'role-agent', command: 'x' }],
    ['an anchor with other characters', { type: 'reveal', anchor: 'role-agent"><script>' }],
    ['an empty anchor', { type: 'reveal', anchor: '' }],
    ['a long anchor', { type: 'reveal', anchor: 'a'.repeat(201) }],
    ['a relative file', { type: 'reveal', file: '../etc/passwd', line: 1, column: 1 }],
    ['a file with NUL', { type: 'reveal', file: '/w/a\u0000.ccp', line: 1, column: 1 }],
    ['line 0', { type: 'reveal', file: '/w/a.ccp', line: 0, column: 1 }],
    ['a fractional column', { type: 'reveal', file: '/w/a.ccp', line: 1, column: 1.5 }],
    ['a line as text', { type: 'reveal', file: '/w/a.ccp', line: '1', column: 1 }],
    ['a missing column', { type: 'reveal', file: '/w/a.ccp', line: 1 }],
    ['an object with another prototype', Object.assign(Object.create({ polluted: true }) as object, { type: 'reveal', anchor: 'role-agent' })],
  ])('refuses %s', (_what, data) => {
    expect(revealRequest(data)).toBeUndefined();
  });
});

describe('files the preview may open', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ccp-preview-paths-'));
    mkdirSync(join(dir, 'ws', 'processes'), { recursive: true });
    mkdirSync(join(dir, 'outside'));
    writeFileSync(join(dir, 'ws', 'processes', 'a.ccp'), 'x');
    writeFileSync(join(dir, 'outside', 'secret.ccp'), 'x');
    symlinkSync(join(dir, 'outside', 'secret.ccp'), join(dir, 'ws', 'link.ccp'));
    symlinkSync(join(dir, 'outside'), join(dir, 'ws', 'linked-folder'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('opens a file inside the workspace folder, by its real path', () => {
    expect(insideFolder(join(dir, 'ws', 'processes', 'a.ccp'), join(dir, 'ws'))).toMatch(/processes[\\/]a\.ccp$/);
    expect(insideFolder(join(dir, 'ws', 'processes', '..', 'processes', 'a.ccp'), join(dir, 'ws'))).toMatch(/a\.ccp$/);
  });

  it('refuses files outside it, also through .. or a symbolic link, the folder itself and missing files', () => {
    const ws = join(dir, 'ws');
    expect(insideFolder(join(dir, 'outside', 'secret.ccp'), ws)).toBeUndefined();
    expect(insideFolder(join(ws, '..', 'outside', 'secret.ccp'), ws)).toBeUndefined();
    expect(insideFolder(join(ws, 'link.ccp'), ws)).toBeUndefined();
    expect(insideFolder(join(ws, 'linked-folder', 'secret.ccp'), ws)).toBeUndefined();
    expect(insideFolder(ws, ws)).toBeUndefined();
    expect(insideFolder(join(ws, 'missing.ccp'), ws)).toBeUndefined();
    expect(insideFolder('/etc/passwd', ws)).toBeUndefined();
  });
});

describe('the project of a file', () => {
  const configs = new Set(['/ws/a', '/ws']);
  const has = (d: string) => configs.has(d);
  it('is the nearest folder with ccp.config.json up to the workspace folder, else the workspace folder', () => {
    expect(projectRootFor('/ws/a/processes/x.ccp', '/ws', has)).toBe('/ws/a');
    expect(projectRootFor('/ws/b/x.ccp', '/ws', has)).toBe('/ws');
    expect(projectRootFor('/ws/b/x.ccp', '/ws', () => false)).toBe('/ws');
    expect(projectRootFor(undefined, '/ws', has)).toBe('/ws');
    // a file outside the folder, or a config above it, does not choose another project
    expect(projectRootFor('/elsewhere/x.ccp', '/ws', () => true)).toBe('/ws');
    expect(projectRootFor('/ws/b/x.ccp', '/ws', (d) => d === '/')).toBe('/ws');
  });
});

describe("the page's address in the webview", () => {
  it("puts the token back under what asExternalUri made of the server's root", () => {
    const local = 'http://127.0.0.1:45213/AbC_-9/';
    expect(pageAddress('http://127.0.0.1:45213/', local)).toBe(local);
    // code-server: its proxy, which drops the path it was given
    expect(pageAddress('http://127.0.0.1:43355/proxy/45213/', local)).toBe('http://127.0.0.1:43355/proxy/45213/AbC_-9/');
    expect(pageAddress('https://ide.example/base/proxy/45213', local)).toBe('https://ide.example/base/proxy/45213/AbC_-9/');
    // a remote window: a forwarded port on this machine
    expect(pageAddress('http://localhost:51234/?x=1#y', local)).toBe('http://localhost:51234/AbC_-9/');
  });
});

describe('the webview', () => {
  const html = webviewHtml({ src: 'http://127.0.0.1:4321/tok_en-1/', nonce: 'n0nce+/=', title: 'Preview of <acme>' });
  const csp = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)![1]!.replace(/&#39;/g, "'");

  it("runs only its own nonce'd script and frames only the server's origin", () => {
    expect(csp).toBe("default-src 'none'; frame-src http://127.0.0.1:4321; script-src 'nonce-n0nce+/='; style-src 'nonce-n0nce+/='");
    expect(html.match(/<script\b/g)).toHaveLength(1);
    expect(html).toContain('<script nonce="n0nce+/=">');
    expect(html).toContain('<iframe id="page" title="Preview of &lt;acme&gt;" src="http://127.0.0.1:4321/tok_en-1/"></iframe>');
    expect(html).toContain('const ORIGIN = "http://127.0.0.1:4321";');
    expect(html).not.toContain('<acme>');
  });

  it('posts to the page only at its origin and passes up only what comes from the frame at that origin', () => {
    expect(html).toContain('frame.contentWindow.postMessage(m, ORIGIN)');
    expect(html).toContain('if (e.source === frame.contentWindow) {\n      if (e.origin !== ORIGIN');
    expect(html).not.toMatch(/postMessage\([^)]*'\*'/);
  });
});
