import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiagramRenderer, findBrowser, BROWSER_HINT } from '@ccp/render';
import { runCli } from '../support/run-cli.js';
import { examplesDir } from '../support/paths.js';
import { bpmnCases, bpmnOf, handoverFixture, readBpmn } from './bpmn-files.js';

const acme = join(examplesDir, 'acme-contact-center');

/**
 * bpmn-js's viewer (the one bpmn.io and Camunda Modeler are built on), in the Chromium that renders Mermaid, opens
 * every BPMN file without import warnings and draws it to SVG and PNG, all in one browser session. Without a
 * browser it is skipped locally, but fails when CI is set (`.ci/run` installs Debian's chromium).
 */
const browser = findBrowser();
const ci = Boolean(process.env.CI);
let renderer: DiagramRenderer | undefined;
const out = mkdtempSync(join(tmpdir(), 'ccp-bpmn-render-'));

beforeAll(async () => {
  if (!browser) {
    if (ci) throw new Error(`No browser for the BPMN rendering test. ${BROWSER_HINT}`);
    return;
  }
  renderer = await DiagramRenderer.open({ executablePath: browser.path });
});
afterAll(async () => {
  await renderer?.close();
  rmSync(out, { recursive: true, force: true });
});

/** Text of XML with its character references and the five named entities decoded, without white space. */
function plainText(xml: string): string {
  return xml
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, '');
}

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

describe.skipIf(!browser && !ci)('BPMN rendering with bpmn-js', () => {
  for (const c of bpmnCases()) {
    it(`${c.name}: every process opens without warnings and renders to SVG and PNG`, async () => {
      for (const file of await bpmnOf(c.model)) {
        const result = await renderer!.render({ name: file.name, kind: 'bpmn', text: file.xml, formats: ['svg', 'png'] });
        expect(result.error, `${c.name}/${file.name}`).toBeUndefined();
        expect(result.warnings, `${c.name}/${file.name}: bpmn-js import warnings`).toEqual([]);
        const svg = result.svg!;
        expect(svg.startsWith('<?xml') || svg.startsWith('<svg')).toBe(true);
        // every pool and task is drawn, with its name as text
        const drawn = plainText(svg.replace(/<[^>]+>/g, ' '));
        for (const name of [...file.xml.matchAll(/<bpmn:userTask id="[^"]+" name="([^"]+)"/g)].map((m) => m[1]!)) {
          const plain = plainText(name);
          expect(drawn, `${file.name}: task "${name}" drawn`).toContain(plain);
        }
        const png = result.png!;
        expect([...png.subarray(0, 8)]).toEqual(PNG);
        // the PNG has the size of the drawing: at least as wide as the first pool in the file
        const poolWidth = Number(/<bpmndi:BPMNShape id="[^"]*Participant[^"]*_di"[^>]*>\s*<dc:Bounds x="[^"]+" y="[^"]+" width="([0-9.]+)"/.exec(file.xml)![1]);
        const width = new DataView(png.buffer, png.byteOffset).getUint32(16);
        expect(width).toBeGreaterThanOrEqual(poolWidth);
      }
    });
  }

  it('reports what bpmn-js cannot read instead of drawing a wrong picture', async () => {
    const [file] = await bpmnOf(bpmnCases()[0]!.model);
    const broken = file!.xml.replace(/sourceRef="([^"]+)" targetRef/, 'sourceRef="Nowhere" targetRef');
    const result = await renderer!.render({ name: 'broken', kind: 'bpmn', text: broken, formats: ['svg'] });
    expect(result.error !== undefined || (result.warnings ?? []).length > 0).toBe(true);
  });

  it('ccp diagram --format bpmn,svg,png writes each .bpmn with its pictures', async () => {
    const dir = join(out, 'cli');
    const run = await runCli(['diagram', acme, '--out', dir, '--format', 'bpmn,svg,png']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const files = readdirSync(dir).filter((n) => !n.startsWith('.')).sort();
    const processes = ['complaint', 'helpdesk', 'hotline', 'sales'];
    expect(files.filter((n) => n.startsWith('process-'))).toEqual(processes.flatMap((p) => [`process-${p}.bpmn`, `process-${p}.bpmn.png`, `process-${p}.bpmn.svg`]));
    // pictures asked for: the service blueprints come as SVG and PNG too (one per persona), and nothing else
    expect(files.filter((n) => !n.startsWith('process-')).every((n) => /^blueprint-[\w-]+\.(svg|png)$/.test(n))).toBe(true);
    expect(readFileSync(join(dir, 'process-complaint.bpmn'), 'utf8')).toContain('exporterVersion="0.1.0"');
  });
});

describe('ccp diagram --format bpmn', () => {
  it('writes only .bpmn files, one per process, without a browser', async () => {
    const dir = join(out, 'plain');
    const run = await runCli(['diagram', acme, '--out', dir, '--format', 'bpmn'], undefined, { CCP_BROWSER: 'none' });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Wrote 4 BPMN files (.bpmn)');
    expect(readdirSync(dir).filter((n) => !n.startsWith('.')).sort()).toEqual(['process-complaint.bpmn', 'process-helpdesk.bpmn', 'process-hotline.bpmn', 'process-sales.bpmn']);
  });

  it('writes .mmd and .bpmn when both are named', async () => {
    const dir = join(out, 'both');
    const run = await runCli(['diagram', acme, '--out', dir, '--format', 'mmd,bpmn'], undefined, { CCP_BROWSER: 'none' });
    expect(run.code).toBe(0);
    const files = readdirSync(dir).filter((n) => !n.startsWith('.'));
    expect(files.filter((f) => f.endsWith('.bpmn')).length).toBe(4);
    expect(files).toContain('process-complaint.mmd');
  });

  it('a design with errors: nothing without --force; with it, each .bpmn marked and still valid XML', async () => {
    const refused = await runCli(['diagram', handoverFixture, '--out', join(out, 'refused'), '--format', 'bpmn'], undefined, { CCP_BROWSER: 'none' });
    expect(refused.code).toBe(1);
    const dir = join(out, 'forced');
    const run = await runCli(['diagram', handoverFixture, '--out', dir, '--format', 'bpmn', '--force'], undefined, { CCP_BROWSER: 'none' });
    expect(run.code).toBe(1);
    const xml = readFileSync(join(dir, 'process-support.bpmn'), 'utf8');
    expect(xml.split('\n').slice(0, 2)).toEqual(['<?xml version="1.0" encoding="UTF-8"?>', '<!-- ccp: made from a design with 3 errors (--force); it may be incomplete. -->']);
    expect((await readBpmn(xml)).warnings).toEqual([]);
  });
});
