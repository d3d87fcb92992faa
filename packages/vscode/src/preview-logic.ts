import { existsSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';

/**
 * The parts of the preview ("ccp: Open preview") that need no VS Code API, tested with plain Node
 * (test/vscode/preview-logic.spec.ts): what the page may ask, which files may be opened, which project a file
 * belongs to, and the webview's HTML.
 */

/** A page anchor, as the docs make them (generators/docs anchors.ts): ASCII letters, digits, `_` and `-`. */
export const ANCHOR = /^[A-Za-z0-9_-]{1,200}$/;

/** What the page (through the webview) may ask the extension: to reveal an element's declaration, or a file's place. */
export type RevealRequest = { type: 'reveal'; anchor: string } | { type: 'reveal'; file: string; line: number; column: number };

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;
const isLineNumber = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 10_000_000;

/** A message from the webview, if it is one of the known shapes (exactly those keys, of those types); else undefined. */
export function revealRequest(data: unknown): RevealRequest | undefined {
  if (!isPlainObject(data) || data.type !== 'reveal') return undefined;
  const keys = Object.keys(data).sort().join(',');
  if (keys === 'anchor,type' && typeof data.anchor === 'string' && ANCHOR.test(data.anchor)) return { type: 'reveal', anchor: data.anchor };
  if (keys === 'column,file,line,type' && typeof data.file === 'string' && isAbsolute(data.file) && !data.file.includes('\0') && data.file.length <= 4096 && isLineNumber(data.line) && isLineNumber(data.column)) {
    return { type: 'reveal', file: data.file, line: data.line, column: data.column };
  }
  return undefined;
}

/**
 * The real path of `file` when it is inside `folder` (both resolved through symbolic links), else undefined: a page
 * (or anything posing as it) cannot make the extension open a file outside the workspace folder.
 */
export function insideFolder(file: string, folder: string): string | undefined {
  let real: string;
  let realFolder: string;
  try {
    real = realpathSync(resolve(file));
    realFolder = realpathSync(resolve(folder));
  } catch {
    return undefined;
  }
  const rel = relative(realFolder, real);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? real : undefined;
}

/**
 * The project a file belongs to: the nearest folder with `ccp.config.json` from the file's folder up to the workspace
 * folder, else the workspace folder itself (as `ccp serve <folder>` would take it).
 */
export function projectRootFor(file: string | undefined, workspaceFolder: string, hasConfig = (dir: string) => existsSync(join(dir, 'ccp.config.json'))): string {
  if (file && insideFolderLexically(file, workspaceFolder)) {
    for (let dir = dirname(file); ; dir = dirname(dir)) {
      if (hasConfig(dir)) return dir;
      if (dir === workspaceFolder || !insideFolderLexically(dir, workspaceFolder)) break;
    }
  }
  return workspaceFolder;
}

function insideFolderLexically(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

/**
 * The page's address for the webview: the path of the server's own address (`/<token>/`) under what
 * `env.asExternalUri` made of the server's root. asExternalUri maps the authority (code-server:
 * `http://localhost:8080/proxy/<port>/`, a remote window: a forwarded local port) and may drop the path, so it is
 * asked for the root and the token is put back here.
 */
export function pageAddress(externalRoot: string, localUrl: string): string {
  const root = new URL(externalRoot);
  root.search = '';
  root.hash = '';
  if (!root.pathname.endsWith('/')) root.pathname += '/';
  return new URL(new URL(localUrl).pathname.replace(/^\//, ''), root).href;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/**
 * The webview: one iframe of the preview server's page, and a script (the only one: its nonce) that relays
 * `show` from the extension to the page and `reveal` from the page to the extension (which checks it again). The
 * page is addressed with postMessage targeted at its origin, and only messages from that frame and origin go up.
 * CSP: no script but this one, frames only from the page's origin, nothing else.
 */
export function webviewHtml(options: { src: string; nonce: string; title: string }): string {
  const origin = new URL(options.src).origin;
  const csp = `default-src 'none'; frame-src ${origin}; script-src 'nonce-${options.nonce}'; style-src 'nonce-${options.nonce}'`;
  // JSON inside <script>: `<` escaped so that no `</script>` can end it
  const json = (v: unknown) => JSON.stringify(v).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<title>${escapeHtml(options.title)}</title>
<style nonce="${escapeHtml(options.nonce)}">html, body { margin: 0; padding: 0; height: 100%; overflow: hidden; background: #fff; } iframe { border: 0; width: 100%; height: 100%; display: block; }</style>
</head>
<body>
<iframe id="page" title="${escapeHtml(options.title)}" src="${escapeHtml(options.src)}"></iframe>
<script nonce="${escapeHtml(options.nonce)}">
(() => {
  'use strict';
  const vscode = acquireVsCodeApi();
  const frame = document.getElementById('page');
  const ORIGIN = ${json(origin)};
  const ANCHOR = /^[A-Za-z0-9_-]{1,200}$/;
  let ready = false;
  let pending = null;
  const toPage = (m) => { if (frame.contentWindow) frame.contentWindow.postMessage(m, ORIGIN); };
  frame.addEventListener('load', () => { ready = false; toPage({ type: 'hello' }); });
  window.addEventListener('message', (e) => {
    const m = e.data;
    if (e.source === frame.contentWindow) {
      if (e.origin !== ORIGIN || !m || typeof m !== 'object') return;
      if (m.type === 'ready') { ready = true; if (pending) toPage(pending); }
      else if (m.type === 'reveal') vscode.postMessage(m);
      return;
    }
    if (m && m.type === 'show' && typeof m.anchor === 'string' && ANCHOR.test(m.anchor)) {
      pending = { type: 'show', anchor: m.anchor };
      if (ready) toPage(pending);
    }
  });
})();
</script>
</body>
</html>
`;
}
