import { appendFileSync, existsSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServe, type RunningServer } from '@ccp/serve';
import { webviewHtml } from '../../packages/vscode/src/preview-logic.js';
import { copyExample, rawRequest } from './support/serve-process.js';

/**
 * The page in embed mode (issue 21, must-show 3: the VS Code preview), in Chromium: a parent page of another origin
 * holds it in an iframe, as VS Code's webview does. The parent is the extension's real webview HTML (webviewHtml),
 * with `acquireVsCodeApi` standing in for VS Code; its origin is added as an embedder, as the extension does for
 * the address asExternalUri gives in code-server. The parent sends `show`; clicks on the page send `reveal` up. A
 * parent of an origin not added cannot frame the page, and plain `ccp serve` cannot be framed at all.
 */
const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const haveBrowser = existsSync(CHROMIUM);

let browser: Browser | undefined;
let dir: string;
let embedded: RunningServer;
let plain: RunningServer;
/** Serves the webview HTML framing the `src` of the query (the address of the server under test). */
let parents: Server;
let parentPort: number;

const parentUrl = (host: string, src: string) => `http://${host}:${parentPort}/?src=${encodeURIComponent(src)}`;

beforeAll(async () => {
  if (!haveBrowser) return;
  dir = copyExample('acme-contact-center');
  // one finding with a location to click: a step by a role nobody declared
  appendFileSync(`${dir}/organisation.ccp`, '\nprocess orphan "Orphan" {\n  owner: agent\n  step a { by: nobody  end }\n}\n');
  embedded = await startServe({ root: dir, embed: true });
  plain = await startServe({ root: dir });
  parents = createServer((req, res) => {
    const src = new URL(req.url ?? '/', 'http://x').searchParams.get('src') ?? '';
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(webviewHtml({ src, nonce: 'test-nonce', title: 'Preview' }));
  });
  await new Promise<void>((resolve) => parents.listen(0, '127.0.0.1', resolve));
  parentPort = (parents.address() as AddressInfo).port;
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await embedded?.close();
  await plain?.close();
  parents?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A parent page at `host`, with a stand-in for VS Code's API that records what the webview sends up. */
async function openParent(host: string, src: string): Promise<{ page: Page; problems: string[] }> {
  const page = await browser!.newPage({ viewport: { width: 1200, height: 800 } });
  const problems: string[] = [];
  page.on('console', (m) => problems.push(m.text()));
  await page.addInitScript(() => {
    const w = window as unknown as { sent: unknown[]; acquireVsCodeApi: () => { postMessage(m: unknown): void } };
    w.sent = [];
    w.acquireVsCodeApi = () => ({ postMessage: (m: unknown) => w.sent.push(m) });
  });
  await page.goto(parentUrl(host, src));
  return { page, problems };
}

/** The frame of the page under test, once app.js has shown a version and the parent has said hello. */
async function pageFrame(page: Page, server: RunningServer): Promise<Frame> {
  await expect.poll(() => page.frames().find((f) => f.url().startsWith(server.url)) !== undefined, { timeout: 30_000 }).toBe(true);
  const frame = page.frames().find((f) => f.url().startsWith(server.url))!;
  await frame.waitForFunction(() => document.body.dataset.version !== undefined, undefined, { timeout: 30_000 });
  return frame;
}

const sent = (page: Page) => page.evaluate(() => (window as unknown as { sent: unknown[] }).sent.slice());
/** What the extension does: webview.postMessage, which reaches the webview's window (not from the frame). */
const fromExtension = (page: Page, message: unknown) => page.evaluate((m) => window.postMessage(m, '*'), message);

describe.skipIf(!haveBrowser)('headers and requests of a frame of another site', () => {
  const frameHeaders = { 'Sec-Fetch-Site': 'cross-site', 'Sec-Fetch-Dest': 'iframe', 'Sec-Fetch-Mode': 'navigate' };
  const get = async (server: RunningServer, route: string, headers: Record<string, string>) => {
    const r = await rawRequest(server.port, `/${server.token}/${route}`, headers);
    return { status: r.status, csp: r.headers['content-security-policy'], xfo: r.headers['x-frame-options'] };
  };

  it('plain ccp serve: frame-ancestors none, X-Frame-Options DENY, and a cross-site frame navigation refused', async () => {
    const r = await get(plain, '', {});
    expect(r.csp).toMatch(/frame-ancestors 'none'$/);
    expect(r.xfo).toBe('DENY');
    expect((await get(plain, '', frameHeaders)).status).toBe(403);
    // and it has no embed script, nor a page that loads one
    expect((await get(plain, 'embed.js', {})).status).toBe(404);
    expect((await rawRequest(plain.port, `/${plain.token}/`)).body).not.toMatch(/embed\.js|ccp-embed/);
  });

  it('embed mode: VS Code may frame the page, and a cross-site frame navigation gets the page and nothing else', async () => {
    const r = await get(embedded, '', frameHeaders);
    expect(r.status).toBe(200);
    expect(r.csp).toMatch(/; frame-ancestors vscode-webview: vscode-file:\/\/vscode-app( http:\/\/localhost:\d+)?$/);
    expect(r.xfo).toBeUndefined();
    for (const route of ['api/page', 'app.js', 'events']) expect((await get(embedded, route, frameHeaders)).status).toBe(403);
    expect((await get(embedded, 'api/page', { 'Sec-Fetch-Site': 'cross-site', 'Sec-Fetch-Dest': 'empty', 'Sec-Fetch-Mode': 'cors' })).status).toBe(403);
    expect((await get(embedded, 'api/page', {})).status).toBe(200);
  });
});

describe.skipIf(!haveBrowser)('the page in embed mode, framed by another origin', () => {
  it('cannot be framed by an origin the extension did not add', async () => {
    const { page, problems } = await openParent('localhost', embedded.url);
    try {
      await expect.poll(() => problems.some((p) => /frame-ancestors/.test(p)), { timeout: 20_000 }).toBe(true);
      const loaded = page.frames().some((f) => f.url().startsWith(embedded.url));
      expect(loaded).toBe(false);
    } finally {
      await page.close();
    }
  });

  it('follows `show` (also to an element not loaded yet) and sends `reveal` on clicks, once its parent is added', async () => {
    const origin = `http://localhost:${parentPort}`;
    expect(embedded.allowEmbedder(origin)).toBe(true);
    const { page } = await openParent('localhost', embedded.url);
    try {
      const frame = await pageFrame(page, embedded);
      // show: the element is opened and scrolled into view; the address names it
      await fromExtension(page, { type: 'show', anchor: 'role-agent' });
      await frame.waitForFunction(() => document.getElementById('role-agent')?.classList.contains('is-open') === true, undefined, { timeout: 10_000 });
      expect(await frame.evaluate(() => location.hash)).toBe('#role-agent');
      const inView = (id: string) => frame.evaluate((i) => {
        const r = document.getElementById(i)!.getBoundingClientRect();
        return r.top >= -1 && r.top < window.innerHeight;
      }, id);
      expect(await inView('role-agent')).toBe(true);
      // an element past the first 40 is loaded first (a KPI, in the part fetched lazily)
      expect(await frame.evaluate(() => document.getElementById('kpi-asa'))).toBeNull();
      await fromExtension(page, { type: 'show', anchor: 'kpi-asa' });
      await frame.waitForFunction(() => document.getElementById('kpi-asa')?.classList.contains('is-open') === true, undefined, { timeout: 10_000 });
      await expect.poll(() => inView('kpi-asa')).toBe(true);
      // a message of an unknown shape, even from the parent, is ignored
      await page.evaluate(() => (document.getElementById('page') as HTMLIFrameElement).contentWindow!.postMessage({ type: 'show', anchor: 'role-supervisor', extra: 1 }, '*'));
      await page.evaluate(() => (document.getElementById('page') as HTMLIFrameElement).contentWindow!.postMessage({ type: 'show', anchor: 'role-x"><b>' }, '*'));
      await new Promise((r) => setTimeout(r, 300));
      expect(await frame.evaluate(() => location.hash)).toBe('#kpi-asa');

      // reveal: an element's heading, a step's name, a flowchart node and a lane, a finding's location
      await frame.locator('#role-agent h3').click();
      await frame.locator('#step-complaint-register td').first().click();
      await frame.locator('#process-complaint').scrollIntoViewIfNeeded();
      // Mermaid 11 names a drawn node `<svg id>-flowchart-<node id>-<n>` and a lane `<svg id>-<subgraph id>`
      const node = '#process-complaint figure.diagram svg g.node[id*="-flowchart-st_assess-"]';
      await frame.waitForSelector(node, { timeout: 30_000 });
      await frame.locator(node).click();
      await frame.locator('#process-complaint figure.diagram svg g.cluster[id$="-ln_complaints_lead"] .cluster-label').first().click();
      const link = frame.locator('#findings a.source-link').first();
      await link.scrollIntoViewIfNeeded();
      await link.click();
      await expect.poll(() => sent(page).then((s) => s.length)).toBe(5);
      const messages = (await sent(page)) as Record<string, unknown>[];
      expect(messages.slice(0, 4)).toEqual([
        { type: 'reveal', anchor: 'role-agent' },
        { type: 'reveal', anchor: 'step-complaint-register' },
        { type: 'reveal', anchor: 'step-complaint-assess' },
        { type: 'reveal', anchor: 'role-complaints_lead' },
      ]);
      expect(messages[4]).toEqual({ type: 'reveal', file: `${dir}/organisation.ccp`, line: expect.any(Number), column: expect.any(Number) });
      // the frame did not navigate away (to the vscode:// link)
      expect(frame.url().startsWith(embedded.url)).toBe(true);
    } finally {
      await page.close();
    }
  }, 120_000);

  it('plain `ccp serve` cannot be framed, not even by an origin an embedded server accepts', async () => {
    const { page, problems } = await openParent('localhost', plain.url);
    try {
      await expect.poll(() => problems.some((p) => /frame|refused/i.test(p)), { timeout: 20_000 }).toBe(true);
      expect(page.frames().some((f) => f.url().startsWith(plain.url))).toBe(false);
      expect(plain.allowEmbedder(`http://localhost:${parentPort}`)).toBe(false);
    } finally {
      await page.close();
    }
  });
});
