import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyExample, startServe, type ServeProcess } from './support/serve-process.js';

/**
 * A Polish design (output_language: pl) gets a Polish live page (issue 19, must-show 8, for `ccp serve`): the
 * sections and the texts the page's own script shows (the status line, the link to syntax errors), with Polish
 * plural forms.
 */
const CHROMIUM = process.env.CCP_BROWSER ?? '/usr/bin/chromium';
let dir: string;
let serve: ServeProcess;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) return;
  dir = copyExample('sklep-internetowy');
  serve = await startServe(dir);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'], headless: true });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await serve?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(!existsSync(CHROMIUM))('ccp serve on a Polish design', () => {
  it('speaks Polish: sections, the status line, and the syntax-error link', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(serve.url, { waitUntil: 'commit' });
    await page.waitForFunction(() => document.body.dataset.version !== undefined);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('pl');
    expect(await page.locator('#processes > .part-head h2').innerText()).toBe('Procesy');
    expect(await page.locator('#blueprints h2').innerText()).toBe('Plany usługi (service blueprint)');
    const status = await page.locator('#live').innerText();
    expect(status).toMatch(/^\d+ (błąd|błędy|błędów), \d+ (ostrzeżenie|ostrzeżenia|ostrzeżeń); odświeżono o /);
    expect(status).not.toMatch(/error|warning|updated/);

    // a syntax error: the status says so in Polish, with a Polish link to the errors
    const file = join(dir, readdirSync(dir).find((f) => f.endsWith('.ccp') && f !== 'projekt.ccp')!);
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, `${original}\nproces zepsuty "bez końca\n`);
    await page.locator('#problems').waitFor({ timeout: 30_000 });
    await expect.poll(() => page.locator('#live').innerText()).toMatch(/^\d+ (błąd|błędy|błędów) składni: strona pokazuje ostatnią wersję bez nich/);
    expect(await page.locator('#live a[href="#problems"]').innerText()).toBe('Pokaż je');
    writeFileSync(file, original);
    await page.locator('#problems').waitFor({ state: 'detached', timeout: 30_000 });
    await page.close();
  });
});
