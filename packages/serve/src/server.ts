import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { loadTemplates } from '@ccp/generators/docs';
import { generateBpmn } from '@ccp/generators/bpmn';
import { bpmnBundlePath, mermaidBundlePath } from '@ccp/render';
import { blueprintFile } from './blueprints.js';
import { LiveProject, type PageVersion } from './live-project.js';
import { itemHolding, itemsOf, pageUpdate } from './page-diff.js';
import { allowedHosts, checkOrigin, embedderOrigin, embedHeaders, isFrameNavigation, newToken, routeOf, SECURITY_HEADERS, VSCODE_FRAME_ANCESTORS } from './security.js';
import { serveWords } from './serve-words.js';
import { shellHtml } from './shell.js';

export interface ServeOptions {
  /** Absolute project root (the folder of ccp.config.json), with `/` separators. */
  root: string;
  /** 0 (the default) lets the system choose a free port. */
  port?: number;
  /** The interface to listen on: 127.0.0.1 unless the user asks for another. */
  host?: string;
  /** Poll the files instead of watching them (see LiveProject). */
  poll?: boolean;
  debounceMs?: number;
  /** Called after each new version of the page (the CLI prints a line). */
  onVersion?: (v: PageVersion) => void;
  onError?: (error: unknown) => void;
  /**
   * Started for an embedder (the VS Code extension's preview): VS Code's webviews may frame the page (see
   * `embedHeaders`), and the page talks to its parent frame (embed.js: `show` in, `reveal` out). Plain `ccp serve`
   * leaves it off: no site may frame the page.
   */
  embed?: boolean;
}

export interface RunningServer {
  /** The page: `http://<host>:<port>/<token>/`. */
  url: string;
  host: string;
  port: number;
  token: string;
  live: LiveProject;
  /**
   * Embed mode only: lets `origin` (`http(s)://host[:port]`, the origin `vscode.env.asExternalUri` gives the page in
   * VS Code for the web or code-server, whose proxy sends that host) frame the page and address the server by its
   * host. False (and nothing changes) when the server is not in embed mode or the origin is not a plain origin.
   */
  allowEmbedder(origin: string): boolean;
  close(): Promise<void>;
}

const ASSETS = fileURLToPath(new URL('../assets/', import.meta.url));
/** Versions kept to answer `api/page?since=N` with only what changed. */
const HISTORY = 16;

interface Asset {
  type: string;
  body: Buffer;
}

function loadAssets(): Map<string, Asset> {
  const css = `${loadTemplates().templates['partials/style'] ?? ''}\n${readFileSync(ASSETS + 'app.css', 'utf8')}`;
  return new Map([
    ['app.js', { type: 'text/javascript; charset=utf-8', body: readFileSync(ASSETS + 'app.js') }],
    ['diagrams.js', { type: 'text/javascript; charset=utf-8', body: readFileSync(ASSETS + 'diagrams.js') }],
    // embed mode only (see below): the page's side of the VS Code preview
    ['embed.js', { type: 'text/javascript; charset=utf-8', body: readFileSync(ASSETS + 'embed.js') }],
    ['app.css', { type: 'text/css; charset=utf-8', body: Buffer.from(css) }],
    ['mermaid.js', { type: 'text/javascript; charset=utf-8', body: readFileSync(mermaidBundlePath()) }],
    ['bpmn.js', { type: 'text/javascript; charset=utf-8', body: readFileSync(bpmnBundlePath()) }],
  ]);
}

/**
 * Starts `ccp serve`: analyses the project, listens, and pushes a new version to every open page on each change.
 * Only fixed routes are answered (the page, its assets, `api/page`, `api/items`, `events`, the design's blueprints
 * and BPMN), under a per-process token, and only to requests addressed to this server (Host and Origin checked
 * against DNS rebinding).
 */
export async function startServe(options: ServeOptions): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const token = newToken();
  const assets = loadAssets();
  const history = new Map<number, PageVersion>();
  const streams = new Set<ServerResponse>();
  const live = new LiveProject({
    root: options.root,
    ...(options.poll !== undefined ? { poll: options.poll } : {}),
    ...(options.debounceMs !== undefined ? { debounceMs: options.debounceMs } : {}),
    onVersion: (v) => {
      history.set(v.version, v);
      history.delete(v.version - HISTORY);
      for (const s of streams) s.write(`event: version\ndata: ${JSON.stringify({ version: v.version })}\n\n`);
      options.onVersion?.(v);
    },
    onError: (e) => options.onError?.(e),
  });
  await live.start();
  let hosts = new Set<string>();
  const embedders: string[] = [];
  const embedderHosts: string[] = [];
  let headers = options.embed ? embedHeaders(embedders) : SECURITY_HEADERS;

  const send = (res: ServerResponse, status: number, type: string, body: string | Buffer, head = false, cache = false) => {
    // the assets never change while the process runs, and their URLs carry its token: the browser may keep them
    // (and its compiled code of the 3.5 MB Mermaid), which makes reloads fast
    const caching = cache ? { 'Cache-Control': 'private, max-age=86400, immutable' } : {};
    res.writeHead(status, { ...headers, ...caching, 'Content-Type': type, 'Content-Length': Buffer.byteLength(body) });
    res.end(head ? undefined : body);
  };
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const framing = options.embed === true && isFrameNavigation(req.headers, req.method);
    const refused = checkOrigin(req.headers, hosts, framing);
    if (refused) return send(res, refused.status, 'text/plain; charset=utf-8', `${refused.reason}\n`);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      return send(res, 405, 'text/plain; charset=utf-8', 'Only GET and HEAD are answered.\n');
    }
    const head = req.method === 'HEAD';
    const routed = routeOf(req.url ?? '/', token);
    if ('refusal' in routed) return send(res, routed.refusal.status, 'text/plain; charset=utf-8', `${routed.refusal.reason}\n`, head);
    const current = live.current!;
    const route = routed.route;
    // a frame of another site (VS Code's webview) may load the page, and nothing else
    if (framing && route !== '') return send(res, 403, 'text/plain; charset=utf-8', 'Requests from other sites are refused.\n', head);
    if (route === '') {
      const c = current.content;
      const parents = options.embed ? [...VSCODE_FRAME_ANCESTORS, ...embedders] : undefined;
      return send(res, 200, 'text/html; charset=utf-8', shellHtml(c.title, c.lang, serveWords(c.lang === 'pl' ? 'pl' : 'en'), parents), head);
    }
    const asset = route === 'embed.js' && !options.embed ? undefined : assets.get(route);
    if (asset) return send(res, 200, asset.type, asset.body, head, true);
    if (route === 'api/page') {
      const since = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('since'));
      const base = Number.isInteger(since) ? history.get(since) : undefined;
      live.delivered(current.version);
      return send(res, 200, 'application/json; charset=utf-8', JSON.stringify(pageUpdate(current.version, current.content, base)), head);
    }
    if (route === 'api/items') {
      // items of the version the page shows; 410 when that version is no longer kept (the page then reloads)
      const params = new URL(req.url ?? '/', 'http://x').searchParams;
      const v = history.get(Number(params.get('v')));
      if (!v) return send(res, 410, 'application/json; charset=utf-8', '{}', head);
      const ids = (params.get('ids') ?? '').split(',').filter(Boolean).slice(0, 500);
      const holding = params.get('anchor');
      const extra = holding ? itemHolding(v.content, holding) : undefined;
      return send(res, 200, 'application/json; charset=utf-8', JSON.stringify(itemsOf(v.content, extra ? [...ids, extra] : ids)), head);
    }
    const bpmn = /^bpmn\/([^/]+)\.bpmn$/.exec(route);
    if (bpmn && current.model.processes.some((p) => p.id === bpmn[1])) {
      // the BPMN file `ccp diagram --format bpmn` writes for that process, made when the page asks for it
      void generateBpmn(current.model, { processIds: [bpmn[1]!] }).then(
        ([file]) => (file ? send(res, 200, 'application/xml; charset=utf-8', file.xml, head) : send(res, 404, 'text/plain; charset=utf-8', 'Not found.\n', head)),
        (error: unknown) => {
          options.onError?.(error);
          send(res, 500, 'text/plain; charset=utf-8', 'Internal error.\n', head);
        },
      );
      return;
    }
    const blueprint = blueprintFile(route, current.blueprints);
    if (blueprint) return send(res, 200, 'image/svg+xml; charset=utf-8', blueprint.svg, head);
    if (route === 'events' && !head) {
      // no-transform: a proxy in between (code-server's, for the VS Code preview) must not compress, and so hold
      // back, the stream
      res.writeHead(200, { ...headers, 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store, no-transform', 'X-Accel-Buffering': 'no', Connection: 'keep-alive' });
      res.write(`retry: 1000\nevent: version\ndata: ${JSON.stringify({ version: current.version })}\n\n`);
      streams.add(res);
      req.on('close', () => streams.delete(res));
      return;
    }
    return send(res, 404, 'text/plain; charset=utf-8', 'Not found.\n', head);
  };

  const server = createServer((req, res) => {
    try {
      handle(req, res);
    } catch (error) {
      options.onError?.(error);
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'Internal error.\n');
    }
  });
  const keepAlive = setInterval(() => {
    for (const s of streams) s.write(': keep-alive\n\n');
  }, 25_000);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  hosts = allowedHosts(host, port);
  const allowEmbedder = (origin: string): boolean => {
    const parsed = options.embed ? embedderOrigin(origin) : undefined;
    if (!parsed) return false;
    if (!embedders.includes(parsed.origin)) embedders.push(parsed.origin);
    if (!embedderHosts.includes(parsed.host)) embedderHosts.push(parsed.host);
    hosts = new Set([...allowedHosts(host, port), ...embedderHosts]);
    headers = embedHeaders(embedders);
    return true;
  };
  const shown = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shown}:${port}/${token}/`,
    host,
    port,
    token,
    live,
    allowEmbedder,
    close: () =>
      new Promise<void>((resolve) => {
        clearInterval(keepAlive);
        live.stop();
        for (const s of streams) s.end();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
