/**
 * PNG screenshots of SVGs that ccp draws itself (service blueprints), in the same headless Chromium set-up as the
 * Mermaid renderer (its flags and its temporary profile): the page loads nothing, each SVG is shown at its natural
 * size and screenshotted. Not pure (it drives a browser): only the CLI imports it, lazily.
 */
import { rm } from 'node:fs/promises';
import type { Browser } from 'puppeteer-core';
import { newBrowserProfile } from './browser-profile.js';
import { CHROMIUM_ARGS } from './diagram-renderer.js';

export interface SvgImageInput {
  name: string;
  svg: string;
  width: number;
  height: number;
}

/** PNGs by name, at `scale` device pixels per SVG unit (default 1); a failed screenshot is an `error`. */
export async function svgsToPng(executablePath: string, inputs: SvgImageInput[], scale = 1): Promise<Map<string, { png?: Uint8Array; error?: string }>> {
  const out = new Map<string, { png?: Uint8Array; error?: string }>();
  if (inputs.length === 0) return out;
  const { default: puppeteer } = await import('puppeteer-core');
  const profile = await newBrowserProfile();
  let browser: Browser | undefined;
  try {
    browser = await puppeteer.launch({ executablePath, headless: true, pipe: true, userDataDir: profile, args: CHROMIUM_ARGS });
    const page = await browser.newPage();
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (request.url().startsWith('data:') || request.url() === 'about:blank') void request.continue();
      else void request.abort();
    });
    for (const input of inputs) {
      try {
        const width = Math.max(1, Math.ceil(input.width));
        const height = Math.max(1, Math.ceil(input.height));
        await page.setViewport({ width, height, deviceScaleFactor: scale });
        await page.setContent(`<!doctype html><html><head><meta charset="utf-8"><style>body{margin:0;background:#fff}</style></head><body>${input.svg}</body></html>`);
        const png = await page.screenshot({ clip: { x: 0, y: 0, width, height }, type: 'png' });
        out.set(input.name, { png: new Uint8Array(png) });
      } catch (error) {
        out.set(input.name, { error: error instanceof Error ? error.message : String(error) });
      }
    }
  } finally {
    await browser?.close().catch(() => undefined);
    await rm(profile, { recursive: true, force: true });
  }
  return out;
}
