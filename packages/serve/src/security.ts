import { randomBytes, timingSafeEqual } from 'node:crypto';
import { networkInterfaces } from 'node:os';
import { posix } from 'node:path';

/**
 * The Content-Security-Policy of the page: the HTML docs' policy (`default-src 'none'; style-src 'unsafe-inline';
 * img-src data:`), plus what a live page needs and nothing else: its own images (the blueprints), its own scripts (the app and the bundled Mermaid;
 * no inline script, no eval), its own API for fetch and server-sent events, its own style sheet. Mermaid writes
 * `<style>` into the SVGs it draws, hence 'unsafe-inline' for styles, as in spec.html. The page repeats it in a
 * `<meta>` element, where browsers ignore `frame-ancestors`.
 */
export const META_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** The policy the server sends as a header: the page's own, and no other site may frame the page. */
export const CONTENT_SECURITY_POLICY = `${META_CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;

/**
 * Where VS Code shows a webview: the webview's frames are `vscode-webview://<uuid>` (desktop), inside the workbench
 * at `vscode-file://vscode-app` (desktop, Electron). `frame-ancestors` checks every ancestor up to the top window,
 * so both are needed. In VS Code for the web and code-server, webviews and the workbench have the origin of the
 * server that serves VS Code, which the extension adds with `allowEmbedder` once it knows it.
 */
export const VSCODE_FRAME_ANCESTORS = ['vscode-webview:', 'vscode-file://vscode-app'] as const;

/**
 * The headers of a server started for an embedder (the VS Code extension's preview): the same policy, but framing
 * is allowed to VS Code's webviews and to the `origins` the extension added, and X-Frame-Options (which cannot name
 * an origin) is left out. Plain `ccp serve` never uses these.
 */
export function embedHeaders(origins: readonly string[]): Record<string, string> {
  const { 'X-Frame-Options': _deny, ...rest } = SECURITY_HEADERS;
  const ancestors = [...VSCODE_FRAME_ANCESTORS, ...origins].join(' ');
  return { ...rest, 'Content-Security-Policy': `${META_CONTENT_SECURITY_POLICY}; frame-ancestors ${ancestors}` };
}

/**
 * An origin the extension may add as an embedder: `http(s)://host[:port]` and nothing else (no path, no wildcard, no
 * quote or space that would change the policy). Undefined when it is not one.
 */
export function embedderOrigin(text: string): { origin: string; host: string } | undefined {
  if (!/^https?:\/\/[A-Za-z0-9.\-[\]:]+$/.test(text)) return undefined;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  if (url.origin !== text.replace(/\/$/, '').toLowerCase() || url.hostname === '') return undefined;
  return { origin: url.origin, host: url.host.toLowerCase() };
}

/** Headers on every response. */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};

/** A random token for this server process (24 bytes, URL-safe base64): the page's URL is `/<token>/`. */
export function newToken(): string {
  return randomBytes(24).toString('base64url');
}

/** Compares a token in constant time. */
export function sameToken(given: string, token: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The `Host` values this server answers to: its own address and port, as `127.0.0.1`, `localhost` and `[::1]`, and
 * the `--host` given (with `0.0.0.0` or `::`, every address of the machine's interfaces). A page of another site that a DNS-rebinding attack points at 127.0.0.1 sends its own name as
 * Host and is refused.
 */
export function allowedHosts(host: string, port: number): Set<string> {
  const names = new Set(['127.0.0.1', 'localhost', '[::1]']);
  const bracket = (a: string) => (a.includes(':') && !a.startsWith('[') ? `[${a}]` : a);
  names.add(bracket(host));
  // listening on every interface: other machines address it by one of this machine's addresses
  if (host === '0.0.0.0' || host === '::') for (const a of Object.values(networkInterfaces()).flat()) if (a) names.add(bracket(a.address));
  return new Set([...names].map((n) => `${n}:${port}`.toLowerCase()));
}

export type Refusal = { status: number; reason: string };

/**
 * A browser loading the page into a frame of another site (`Sec-Fetch-Dest: iframe`, a navigation, GET): what VS
 * Code's webview does. Only a server started for an embedder lets it through, and only for the page itself.
 */
export function isFrameNavigation(headers: Record<string, string | string[] | undefined>, method: string | undefined): boolean {
  return method === 'GET' && headers['sec-fetch-dest'] === 'iframe' && headers['sec-fetch-mode'] === 'navigate';
}

/**
 * Checks Host, Origin and Sec-Fetch-Site of a request; undefined when it may go on. `frameNavigation` (only for a
 * server started for an embedder) lets a cross-site navigation of a frame through; the caller then answers it only
 * with the page.
 */
export function checkOrigin(headers: Record<string, string | string[] | undefined>, hosts: Set<string>, frameNavigation = false): Refusal | undefined {
  const host = headers.host;
  if (typeof host !== 'string' || !hosts.has(host.toLowerCase())) return { status: 421, reason: 'This server answers only to its own address.' };
  const origin = headers.origin;
  if (origin !== undefined && (typeof origin !== 'string' || !hosts.has(origin.toLowerCase().replace(/^http:\/\//, '')) || !origin.toLowerCase().startsWith('http://'))) {
    return { status: 403, reason: 'Requests from other sites are refused.' };
  }
  const site = headers['sec-fetch-site'];
  if ((site === 'cross-site' || site === 'same-site') && !frameNavigation) return { status: 403, reason: 'Requests from other sites are refused.' };
  return undefined;
}

/**
 * The request's path split after the token: `/<token>/api/page` -> `api/page`. Refuses (undefined) what is not a
 * plain path: encoded slashes or backslashes, NUL, `.` or `..` segments, a path that normalises differently, or a
 * wrong token. The server then answers only names of its fixed routes; nothing here names a file.
 */
export function routeOf(rawUrl: string, token: string): { route: string } | { refusal: Refusal } {
  const refuse = (status: number, reason: string) => ({ refusal: { status, reason } });
  const q = rawUrl.indexOf('?');
  const rawPath = q < 0 ? rawUrl : rawUrl.slice(0, q);
  if (!rawPath.startsWith('/') || /%2f|%5c|%00|\\|\0/i.test(rawPath)) return refuse(400, 'The path is not a plain path.');
  let path: string;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    return refuse(400, 'The path is not a plain path.');
  }
  const segments = path.split('/').slice(1);
  if (segments.some((s) => s === '.' || s === '..') || posix.normalize(path) !== path) return refuse(400, 'The path leaves the page; it is refused.');
  const [first = '', ...rest] = segments;
  if (!sameToken(first, token)) return refuse(404, 'Not found.');
  return { route: rest.join('/') };
}
