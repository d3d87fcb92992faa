import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeSources } from '@ccp/language';
import { generateDiagrams } from '@ccp/generators/mermaid';
import { DiagramRenderer, findBrowser } from '@ccp/render';
import { overflowingTexts } from '../support/svg-fit.js';

/**
 * Issue 20: no label overflows its box. Journeys with long Polish names, pain points and moments of truth are
 * rendered by Mermaid in Chromium, and each task's and section's text is measured against its box.
 */
const source = `project p "Operator" { output_language: pl }
stage buy "Zakup usługi z przeniesieniem numeru od innego operatora" { }
stage use "Korzystanie" { }
persona p1 "Klient indywidualny przenoszący numer" { }
channel shop "Salon sprzedaży" { }
channel phone "Infolinia" { }
touchpoint port "Zakup z przeniesieniem numeru" { channel: shop  stage: buy  satisfaction: 2  moment_of_truth: true
  pain: "Czeka trzy dni robocze na aktywację numeru u nowego operatora", "Dwa razy podaje te same dane" }
touchpoint activation "Aktywacja karty SIM i przeniesienie numeru w ustalonym dniu" { channel: phone  stage: buy  satisfaction: 4 }
touchpoint bill "Pierwsza faktura z niezrozumiałymi pozycjami rozliczenia" { channel: phone  stage: use  zadowolenie: 1
  ból: "Nie rozumie, za co płaci" }
touchpoint www "WWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWW" { channel: phone  stage: use  satisfaction: 5 }
`;

const browserFound = findBrowser();
const ci = Boolean(process.env.CI);

describe.skipIf(!browserFound && !ci)('journey labels fit their boxes (Chromium)', () => {
  let renderer: DiagramRenderer | undefined;
  let browser: Browser | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    if (!browserFound) throw new Error('CI is set but no browser was found.');
    renderer = await DiagramRenderer.open({ executablePath: browserFound.path });
    browser = await chromium.launch({ executablePath: browserFound.path, args: ['--no-sandbox', '--disable-gpu'], headless: true });
    page = await browser.newPage();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await renderer?.close();
  });

  it('every task and section text lies inside its box, and the scores are drawn', async () => {
    expect(existsSync(browserFound!.path)).toBe(true);
    const { model } = analyzeSources({ 'main.ccp': source });
    const journey = generateDiagrams(model).find((d) => d.kind === 'journey')!;
    const out = await renderer!.render({ name: 'fit', text: journey.text, formats: ['svg'] });
    expect(out.error).toBeUndefined();
    const { measured, overflows } = await overflowingTexts(page!, out.svg!, 'rect.task, rect.journey-section');
    expect(measured).toBeGreaterThanOrEqual(4 + 2); // four tasks (several lines each) and two sections
    expect(overflows).toEqual([]);
    // one face per task, placed by its score: 2, 4, 1, 5 (Mermaid puts a face at 300 + (5 - score) * 30)
    const faces = [...out.svg!.matchAll(/<circle cx="[\d.]+" cy="(\d+)" class="face"/g)].map((m) => 5 - (Number(m[1]) - 300) / 30);
    expect(faces).toEqual([2, 4, 1, 5]);
  }, 120_000);

  it('the measurement catches a label that is not wrapped', async () => {
    const text = '---\nconfig:\n  journey:\n    textPlacement: tspan\n---\njourney\n  title T\n  section S\n    Zakup z przeniesieniem numeru: 3: Infolinia\n';
    const out = await renderer!.render({ name: 'unwrapped', text, formats: ['svg'] });
    expect(out.error).toBeUndefined();
    const { overflows } = await overflowingTexts(page!, out.svg!, 'rect.task');
    expect(overflows.map((o) => o.text)).toEqual(['Zakup z przeniesieniem numeru']);
  }, 120_000);
});
