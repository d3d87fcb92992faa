import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeSources } from '@ccp/language';
import { generateDiagrams, processFlowchart, type Diagram } from '@ccp/generators/mermaid';
import { DiagramRenderer, findBrowser, renderDiagrams, BROWSER_HINT, MERMAID_DEFAULT_MAX_EDGES } from '@ccp/render';
import { largeProcessSource } from './large-process.js';
import { exampleProjects, fixturesDir, mermaidFixtures, modelOf } from './load-fixture.js';

/**
 * The real rendering test: every diagram of every example (examples/<name>/ is picked up automatically) and of
 * every fixture, rendered by Mermaid in Chromium, all in ONE browser session. Any Mermaid error fails it. Without a
 * browser it is skipped locally, but fails when CI is set (`.ci/run` installs Debian's chromium).
 */
const browser = findBrowser();
const ci = Boolean(process.env.CI);

let renderer: DiagramRenderer | undefined;
const timings: string[] = [];

function textOf(svg: string): string {
  const text = svg
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&');
  return text.replace(/\s+/g, '');
}

const squeeze = (s: string) => s.replace(/\s+/g, '');

async function renderAll(diagrams: Diagram[], htmlLabels = true): Promise<string[]> {
  const svgs: string[] = [];
  for (const d of diagrams) {
    const out = await renderer!.render({ name: d.name, text: d.text, edges: d.edges, formats: ['svg', 'png'], htmlLabels });
    expect(out.error, `${d.name}: Mermaid error`).toBeUndefined();
    expect(out.svg, d.name).toMatch(/^<svg[\s\S]*<\/svg>$/);
    expect(out.svg).not.toMatch(/Syntax error in text/);
    expect(out.png?.subarray(1, 4)).toEqual(new Uint8Array([0x50, 0x4e, 0x47]));
    svgs.push(out.svg!);
  }
  return svgs;
}

describe.skipIf(!browser && !ci)('mermaid rendering in Chromium (one browser session)', () => {
  beforeAll(async () => {
    if (!browser) throw new Error(`CI is set but no browser was found. ${BROWSER_HINT}`);
    const started = Date.now();
    renderer = await DiagramRenderer.open({ executablePath: browser.path });
    timings.push(`setup ${Date.now() - started} ms`);
  });

  afterAll(async () => {
    await renderer?.close();
    if (timings.length > 0) console.log(`mermaid rendering: ${timings.join('; ')}`);
  });

  for (const example of exampleProjects()) {
    it(`renders every diagram of examples/${example.name}, with and without --detail`, async () => {
      const model = modelOf(example.dir);
      const diagrams = [...generateDiagrams(model), ...generateDiagrams(model, { detail: true }).filter((d) => d.kind === 'process')];
      const started = Date.now();
      await renderAll(diagrams);
      timings.push(`${example.name}: ${diagrams.length} diagrams (SVG+PNG) in ${Date.now() - started} ms`);
    });
  }

  for (const fixture of mermaidFixtures()) {
    it(`renders every diagram of fixtures/${fixture.name}`, async () => {
      await renderAll(generateDiagrams(modelOf(fixture.dir), fixture.options));
    });
  }

  const labels = [
    'Konsultant "senior" <VIP> & spółka',
    'Żółw 🐢 [powolny] {klient}',
    'Etap #1; a:b',
    'Czat: web, app; #2',
    'Zgłoszenie (pilne) <b>bold</b> & "cytat"',
    'Obsługa "reklamacji" – 100% 😀',
    'Przyjęcie #1; style:#fff;',
    'Ocena [wartości] {x} (y) |z|',
    'wartość < 100 zł & "mała"',
    'a --> b; click x',
    'Zamknięcie',
    'sprawy `kod` %% nie komentarz',
  ];
  for (const htmlLabels of [true, false]) {
    it(`shows escaped labels as written (htmlLabels: ${htmlLabels})`, async () => {
      const svgs = await renderAll(generateDiagrams(modelOf(join(fixturesDir, 'mermaid-escaping'))), htmlLabels);
      const all = svgs.map(textOf).join('|');
      for (const label of labels) expect(all, label).toContain(squeeze(label));
      expect(svgs.join('')).not.toMatch(/<b>bold/);
      // flowcharts carry their labels as SVG text; journeys always add a <switch> with a <text> fallback
      const diagrams = generateDiagrams(modelOf(join(fixturesDir, 'mermaid-escaping')));
      const flowcharts = svgs.filter((_, i) => diagrams[i]!.kind !== 'journey');
      if (!htmlLabels) expect(flowcharts.some((svg) => svg.includes('<foreignObject'))).toBe(false);
    });
  }

  it(`renders a process with more than ${MERMAID_DEFAULT_MAX_EDGES} edges whole`, async () => {
    // ccp diagram splits a process this long into parts (docs/diagrams.md); drawn whole, it needs the raised limit
    const model = analyzeSources({ 'main.ccp': largeProcessSource(260) }).model;
    const big = { name: 'process-big', ...processFlowchart(model, model.processes[0]!) };
    expect(big.edges).toBeGreaterThan(MERMAID_DEFAULT_MAX_EDGES);
    const started = Date.now();
    const out = await renderer!.render({ name: big.name, text: big.text, edges: big.edges, formats: ['svg'] });
    timings.push(`${big.edges}-edge process in ${Date.now() - started} ms`);
    expect(out.error).toBeUndefined();
    expect(textOf(out.svg!)).toContain('Step259');
  }, 300_000);

  it('reports a Mermaid error for broken text and keeps rendering after it', async () => {
    const bad = await renderer!.render({ name: 'bad', text: 'flowchart TD\n  a[["unclosed\n', formats: ['svg'] });
    expect(bad.error).toBeTruthy();
    const good = await renderer!.render({ name: 'good', text: 'flowchart TD\n  a --> b\n', formats: ['svg'] });
    expect(good.error).toBeUndefined();
  });

  it('draws the same SVG for a diagram whatever was drawn before it, and in two pages at once', async () => {
    const example = exampleProjects().find((e) => e.name === 'acme-contact-center')!;
    const diagrams = generateDiagrams(modelOf(example.dir));
    const inputs = diagrams.map((d) => ({ name: d.name, text: d.text, edges: d.edges, formats: ['svg' as const] }));
    const alone = [];
    for (const input of inputs) alone.push((await renderer!.render(input)).svg);
    const reversed = [];
    for (const input of [...inputs].reverse()) reversed.push((await renderer!.render(input)).svg);
    expect(reversed.reverse()).toEqual(alone);
    const two = await renderDiagrams(inputs, { executablePath: browser!.path, pages: 2 });
    expect(two.map((o) => o.name)).toEqual(inputs.map((i) => i.name));
    expect(two.map((o) => o.svg)).toEqual(alone);
  }, 300_000);
});
