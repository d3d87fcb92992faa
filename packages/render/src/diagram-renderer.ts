import { rm } from 'node:fs/promises';
import type { Browser, Page } from 'puppeteer-core';
import { bpmnBundlePath, drawBpmnInPage } from './bpmn-page.js';
import { newBrowserProfile } from './browser-profile.js';
import { mermaidBundlePath } from './mermaid-bundle.js';
import { mermaidConfig, type LookOptions } from './render-config.js';
import { protectEntities } from './svg-text-labels.js';

export type ImageFormat = 'svg' | 'png';

/** Chromium flags for a quiet, offline, headless run (no sandbox: containers and CI run as root). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

export interface OpenRendererOptions extends LookOptions {
  /** The Chromium to drive (see findBrowser); puppeteer's own browser download is never used. */
  executablePath: string;
  /** Pixel density of PNGs (default 1). */
  scale?: number;
  /** Longest a single browser call may take, in ms (default 120 s). */
  timeoutMs?: number;
  /**
   * Pages that render at once, each in its own renderer process (default 1; renderDiagrams uses up to one per core,
   * at most 2). All pages share one browser session.
   */
  pages?: number;
}

export interface RenderInput {
  /** Unique within the run; used for the SVG's id (made DOM-safe). */
  name: string;
  /** What `text` is: Mermaid (the default) or BPMN 2.0 XML, drawn by bpmn-js's viewer. */
  kind?: 'mermaid' | 'bpmn';
  text: string;
  formats: ImageFormat[];
  /** Edges in the diagram, to raise Mermaid's edge limit (see mermaidConfig). */
  edges?: number;
  /** Per-diagram override of the renderer's `htmlLabels`. */
  htmlLabels?: boolean;
}

/** What rendering one diagram gave: the images asked for, or the Mermaid or bpmn-js error. */
export interface RenderOutput {
  name: string;
  svg?: string;
  png?: Uint8Array;
  error?: string;
  /** bpmn-js's import warnings (elements it could not read or draw); empty or absent when the file opened cleanly. */
  warnings?: string[];
}

const PAGE = '<!doctype html><html><head><meta charset="utf-8"><style>body{margin:0;background:#fff}#c{display:inline-block;padding:8px}</style></head><body><div id="c"></div></body></html>';

/**
 * A DOM id from a diagram name: ASCII letters, digits, `-` and `_` only, with a short hash of the name when
 * characters had to be replaced, so it stays unique and the same name always gives the same SVG.
 */
export function domId(name: string): string {
  const ascii = name.replace(/[^A-Za-z0-9_-]/g, '_');
  if (ascii === name) return `ccp-${name}`;
  let hash = 0x811c9dc5;
  for (const ch of name) hash = Math.imul(hash ^ (ch.codePointAt(0) ?? 0), 0x01000193) >>> 0;
  return `ccp-${ascii}-${hash.toString(36)}`;
}

/**
 * One Chromium, Mermaid loaded once per page: `render()` calls `mermaid.render()` in a page per diagram, which is
 * several times faster than mermaid-cli's page-per-diagram. With several pages, concurrent `render()` calls each
 * take a free page (each page renders one diagram at a time). `close()` at the end also removes the temporary
 * browser profile.
 */
export class DiagramRenderer {
  private readonly idle: Page[];
  private readonly bpmnPages = new WeakSet<Page>();
  private readonly waiting: ((page: Page) => void)[] = [];

  private constructor(
    private readonly browser: Browser,
    pages: Page[],
    private readonly profile: string,
    private readonly options: OpenRendererOptions,
  ) {
    this.idle = [...pages];
  }

  static async open(options: OpenRendererOptions): Promise<DiagramRenderer> {
    // puppeteer-core, not puppeteer: puppeteer reads a configuration file from the working folder and its parents
    // (`.puppeteerrc.cjs`, `puppeteer.config.js`, a `puppeteer` key in package.json) and runs it as code when it is
    // imported, so a file committed to the project being built would run (issue 22, item 1). puppeteer-core reads
    // no configuration: it starts exactly the executable it is given.
    const { default: puppeteer } = await import('puppeteer-core');
    const profile = await newBrowserProfile();
    let browser: Browser | undefined;
    try {
      browser = await puppeteer.launch({
        executablePath: options.executablePath,
        headless: true,
        pipe: true,
        userDataDir: profile,
        args: CHROMIUM_ARGS,
        protocolTimeout: options.timeoutMs ?? 120_000,
      });
      const opened = browser;
      const count = Math.max(1, Math.floor(options.pages ?? 1));
      const pages = await Promise.all(Array.from({ length: count }, () => openPage(opened, options)));
      return new DiagramRenderer(browser, pages, profile, options);
    } catch (error) {
      await browser?.close().catch(() => undefined);
      await rm(profile, { recursive: true, force: true });
      throw error;
    }
  }

  /**
   * Renders one diagram to the formats asked for; a Mermaid error or a failed screenshot is returned in `error`,
   * never thrown (a dead browser still throws).
   */
  async render(input: RenderInput): Promise<RenderOutput> {
    const page = this.idle.pop() ?? (await new Promise<Page>((resolve) => this.waiting.push(resolve)));
    try {
      return await this.renderIn(page, input);
    } finally {
      const next = this.waiting.shift();
      if (next) next(page);
      else this.idle.push(page);
    }
  }

  private async renderIn(page: Page, input: RenderInput): Promise<RenderOutput> {
    if (input.kind === 'bpmn') return this.renderBpmnIn(page, input);
    const id = domId(input.name);
    const look: LookOptions = { ...this.options, htmlLabels: input.htmlLabels ?? this.options.htmlLabels };
    const config = mermaidConfig(id, input.edges ?? 0, input.text.length, look);
    const htmlLabels = look.htmlLabels ?? true;
    const { text, chars } = htmlLabels ? { text: input.text, chars: {} } : protectEntities(input.text);
    const result = await page.evaluate(drawInPage, text, id, config, chars);
    if ('error' in result) return { name: input.name, error: result.error };
    return this.finish(page, input, { name: input.name }, result);
  }

  /** A BPMN file through bpmn-js's viewer, which is loaded into the page the first time it is needed. */
  private async renderBpmnIn(page: Page, input: RenderInput): Promise<RenderOutput> {
    if (!this.bpmnPages.has(page)) {
      await page.addScriptTag({ path: bpmnBundlePath() });
      this.bpmnPages.add(page);
    }
    const result = await page.evaluate(drawBpmnInPage, input.text);
    if ('error' in result) return { name: input.name, error: result.error, warnings: result.warnings };
    return this.finish(page, input, { name: input.name, warnings: result.warnings }, result);
  }

  /** The SVG and a screenshot of it, as asked for. */
  private async finish(page: Page, input: RenderInput, out: RenderOutput, result: { svg: string; box: { x: number; y: number; width: number; height: number } }): Promise<RenderOutput> {
    if (input.formats.includes('svg')) out.svg = result.svg;
    if (input.formats.includes('png')) {
      try {
        const png = await page.screenshot({ clip: result.box, captureBeyondViewport: true, type: 'png' });
        out.png = new Uint8Array(png);
      } catch (error) {
        return { name: input.name, error: `PNG screenshot failed: ${error instanceof Error ? error.message : String(error)}` };
      }
    }
    return out;
  }

  async close(): Promise<void> {
    try {
      await this.browser.close();
    } finally {
      await rm(this.profile, { recursive: true, force: true });
    }
  }
}

/** A page ready to render: offline, with Mermaid loaded. */
async function openPage(browser: Browser, options: OpenRendererOptions): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewport({ width: 1200, height: 800, deviceScaleFactor: options.scale ?? 1 });
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    // offline by design: nothing but the page itself may load
    if (request.url().startsWith('data:') || request.url() === 'about:blank') void request.continue();
    else void request.abort();
  });
  await page.setContent(PAGE);
  await page.addScriptTag({ path: mermaidBundlePath() });
  return page;
}

type DrawResult = { svg: string; box: { x: number; y: number; width: number; height: number } } | { error: string };

/** Runs in the page: renders with the page's Mermaid, shows the SVG at its natural size and serializes it. */
async function drawInPage(text: string, id: string, config: Record<string, unknown>, chars: Record<string, string>): Promise<DrawResult> {
  const g = globalThis as unknown as {
    mermaid: { initialize(c: unknown): void; render(id: string, text: string): Promise<{ svg: string }> };
    document: {
      getElementById(id: string): { innerHTML: string; querySelector(s: string): SvgLike | null } | null;
      createTreeWalker(root: unknown, filter: number): { nextNode(): { nodeValue: string | null } | null };
    };
    XMLSerializer: new () => { serializeToString(node: unknown): string };
  };
  interface SvgLike {
    style: Record<string, string>;
    getAttribute(name: string): string | null;
    getBoundingClientRect(): { left: number; top: number; width: number; height: number };
  }
  const container = g.document.getElementById('c')!;
  container.innerHTML = '';
  try {
    g.mermaid.initialize(config);
    const { svg } = await g.mermaid.render(id, text);
    container.innerHTML = svg;
  } catch (error) {
    container.innerHTML = '';
    return { error: error instanceof Error ? error.message : String(error) };
  }
  const el = container.querySelector('svg');
  if (!el) return { error: 'Mermaid returned no SVG.' };
  if (Object.keys(chars).length > 0) {
    const walker = g.document.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeValue) node.nodeValue = node.nodeValue.replace(/[\ue000-\uf8ff]/g, (p) => chars[p] ?? p);
    }
  }
  const serialized = new g.XMLSerializer().serializeToString(el);
  // for the PNG: natural size instead of the page width
  const viewBox = (el.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
  if (viewBox.length === 4 && viewBox[2]! > 0 && viewBox[3]! > 0) {
    el.style.maxWidth = 'none';
    el.style.width = `${Math.ceil(viewBox[2]!)}px`;
    el.style.height = `${Math.ceil(viewBox[3]!)}px`;
  }
  const rect = el.getBoundingClientRect();
  return {
    svg: serialized,
    box: { x: Math.floor(rect.left), y: Math.floor(rect.top), width: Math.max(1, Math.ceil(rect.width)), height: Math.max(1, Math.ceil(rect.height)) },
  };
}
