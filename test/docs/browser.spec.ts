import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleProjects } from '../support/golden.js';
import { repoRoot } from '../support/paths.js';
import { runCli } from '../support/run-cli.js';

/**
 * Opens the generated spec.html in headless Chromium: no console errors, every internal `#link` lands on an
 * element, no network request at all, and a screenshot in test/.artifacts/ for people to look at. Without a
 * browser the suite is skipped locally and fails in CI.
 */
const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const haveBrowser = existsSync(CHROMIUM);
const artifacts = join(repoRoot, 'test', '.artifacts');
const temp = mkdtempSync(join(tmpdir(), 'ccp-browser-'));

const cases = [
  { name: 'spec-complaints', path: join(repoRoot, 'test', 'fixtures', 'spec-complaints', 'input.ccp'), svg: true },
  { name: 'spec-complaints-text', path: join(repoRoot, 'test', 'fixtures', 'spec-complaints', 'input.ccp'), svg: false },
  ...exampleProjects().map((e) => ({ name: e.name, path: e.dir, svg: true })),
];

describe('spec.html in a browser', () => {
  it('has a browser (required when CI is set)', () => {
    if (process.env.CI) expect(haveBrowser, `${CHROMIUM} is missing`).toBe(true);
  });

  let browser: Browser | undefined;
  beforeAll(async () => {
    if (haveBrowser) browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
    mkdirSync(artifacts, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(temp, { recursive: true, force: true });
  });

  for (const c of cases) {
    it.skipIf(!haveBrowser)(
      `${c.name}: no console errors, every #link resolves, no network, screenshot`,
      async () => {
        const out = join(temp, c.name);
        const run = await runCli(['docs', c.path, '--out', out, '--no-markdown', '--force', ...(c.svg ? [] : ['--no-svg'])], repoRoot, { CCP_BROWSER: CHROMIUM });
        expect(run.code, run.stderr).toBe(run.stderr.includes('  error  ') ? 1 : 0);
        const file = join(out, 'spec.html');
        const url = pathToFileURL(file).href;
        const page = await browser!.newPage({ viewport: { width: 1280, height: 900 } });
        const problems: string[] = [];
        const requests: string[] = [];
        page.on('console', (m) => {
          if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
        });
        page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
        page.on('request', (r) => {
          if (r.url() !== url) requests.push(r.url());
        });
        await page.goto(url, { waitUntil: 'load' });
        const links = await page.evaluate(() => {
          const doc = (globalThis as unknown as { document: { querySelectorAll(s: string): ArrayLike<{ getAttribute(n: string): string | null }>; getElementById(id: string): unknown } }).document;
          const hrefs = Array.from(doc.querySelectorAll('a[href]')).map((a) => a.getAttribute('href') ?? '');
          return { total: hrefs.length, external: hrefs.filter((h) => !h.startsWith('#')), broken: hrefs.filter((h) => h.startsWith('#') && !doc.getElementById(decodeURIComponent(h.slice(1)))) };
        });
        // Mermaid's pictures need a browser (--no-svg shows their text); service blueprints are drawn by ccp itself
        const svgs = await page.locator('figure.diagram:not(.blueprint) svg').count();
        const blueprints = await page.locator('figure.diagram.blueprint svg').count();
        // follow one link for real: the page scrolls to the target
        const first = page.locator('nav.toc a').nth(1);
        if ((await first.count()) > 0) await first.click();
        await page.screenshot({ path: join(artifacts, `docs-${c.name}.png`), fullPage: true });
        await page.close();
        expect(problems).toEqual([]);
        expect(requests).toEqual([]);
        expect(links.total).toBeGreaterThan(5);
        expect(links.external).toEqual([]);
        expect(links.broken).toEqual([]);
        if (c.svg) expect(svgs).toBeGreaterThan(0);
        else expect(svgs).toBe(0);
        expect(blueprints).toBeGreaterThan(0);
      },
      180_000,
    );
  }
});
