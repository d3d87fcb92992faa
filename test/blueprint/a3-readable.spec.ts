import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeSources } from '@ccp/language';
import { generateBlueprints, type Blueprint } from '@ccp/generators/blueprint';
import { findBrowser, svgsToPng } from '@ccp/render';
import { overflowingTexts } from '../support/svg-fit.js';
import { modelOf, fixturesDir, exampleProjects } from '../mermaid/load-fixture.js';
import { join } from 'node:path';
import { largeJourneySource } from './large-journey.js';

/**
 * Issue 20: a 6-stage, 20-touchpoint blueprint stays readable on A3 landscape (420 x 297 mm), and no label
 * overflows its box. The PNG is rendered in Chromium (the size checked is the rendered one), and every box's and
 * cell's text is measured against its rectangle in the browser.
 */
const A3 = { width: 420, height: 297 };
const PT_PER_MM = 72 / 25.4;
/** Smallest text considered readable in print, in points. */
const MIN_PT = 6;

function large(): Blueprint {
  const { model, diagnostics } = analyzeSources({ 'main.ccp': largeJourneySource(6, 20) });
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  expect(model.touchpoints).toHaveLength(20);
  expect(model.stages).toHaveLength(6);
  return generateBlueprints(model)[0]!;
}

/** The size of the smallest text when the picture is scaled to fit A3 landscape, in points. */
function smallestPointsOnA3(b: { width: number; height: number; minFontSize: number }): number {
  const mmPerPx = Math.min(A3.width / b.width, A3.height / b.height);
  return b.minFontSize * mmPerPx * PT_PER_MM;
}

describe('a 6-stage, 20-touchpoint blueprint on A3', () => {
  it('has A3 landscape proportions and text of at least 6 pt at A3 scale', () => {
    const b = large();
    const ratio = b.width / b.height;
    console.log(`blueprint 6x20: ${b.width} x ${b.height} px, ratio ${ratio.toFixed(2)} (A3 1.41), ${b.bands} bands, smallest text ${smallestPointsOnA3(b).toFixed(1)} pt on A3`);
    expect(b.bands).toBeGreaterThan(1);
    expect(ratio).toBeGreaterThan(1.1);
    expect(ratio).toBeLessThan(1.8);
    expect(smallestPointsOnA3(b)).toBeGreaterThanOrEqual(MIN_PT);
  });
});

const browserFound = findBrowser();
const ci = Boolean(process.env.CI);

describe.skipIf(!browserFound && !ci)('blueprints rendered in Chromium', () => {
  let browser: Browser | undefined;
  beforeAll(async () => {
    if (!browserFound) throw new Error('CI is set but no browser was found.');
    browser = await chromium.launch({ executablePath: browserFound.path, args: ['--no-sandbox', '--disable-gpu'], headless: true });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('renders the large blueprint to a PNG of its size, readable on A3', async () => {
    const b = large();
    const pngs = await svgsToPng(browserFound!.path, [b]);
    const png = pngs.get(b.name)!.png!;
    expect(Buffer.from(png.subarray(1, 4)).toString()).toBe('PNG');
    const view = new DataView(png.buffer, png.byteOffset);
    const [w, h] = [view.getUint32(16), view.getUint32(20)];
    expect([w, h]).toEqual([Math.ceil(b.width), Math.ceil(b.height)]);
    expect(smallestPointsOnA3({ width: w, height: h, minFontSize: b.minFontSize })).toBeGreaterThanOrEqual(MIN_PT);
  }, 120_000);

  it('the measurement catches a text longer than its box', async () => {
    const page = await browser!.newPage();
    const svg = large().svg.replace(/(<g class="front"><rect[^>]*\/><text[^>]*>)[^<]*/, '$1Przyjęcie zgłoszenia od klienta bez zawijania tekstu');
    const { overflows } = await overflowingTexts(page, svg, 'rect.box, rect.cell');
    await page.close();
    expect(overflows.map((o) => o.text)).toEqual(['Przyjęcie zgłoszenia od klienta bez zawijania tekstu']);
  }, 120_000);

  const cases = [
    ['generated 6 x 20', () => [large()]],
    ['fixture blueprint-port', () => generateBlueprints(modelOf(join(fixturesDir, 'blueprint-port')))],
    ...exampleProjects().map((e) => [`example ${e.name}`, () => generateBlueprints(modelOf(e.dir))] as const),
  ] as const;
  it.each(cases)('%s: every text lies inside its box or cell', async (_name, make) => {
    const page = await browser!.newPage();
    try {
      for (const b of make()) {
        const { measured, overflows } = await overflowingTexts(page, b.svg, 'rect.box, rect.cell');
        expect(measured).toBeGreaterThan(10);
        expect(overflows, b.name).toEqual([]);
      }
    } finally {
      await page.close();
    }
  }, 120_000);
});
