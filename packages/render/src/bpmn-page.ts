import { createRequire } from 'node:module';

/** Path of bpmn-js's browser bundle of the navigated viewer (UMD, global `BpmnJS`), which the renderer injects. */
export function bpmnBundlePath(): string {
  return createRequire(import.meta.url).resolve('bpmn-js/dist/bpmn-navigated-viewer.production.min.js');
}

export type BpmnDrawResult =
  | { svg: string; warnings: string[]; box: { x: number; y: number; width: number; height: number } }
  | { error: string; warnings: string[] };

/**
 * Runs in the page: opens the BPMN XML with bpmn-js's viewer (the same import bpmn.io and Camunda Modeler use),
 * collects its import warnings, exports the diagram as SVG and shows that SVG at its natural size for the PNG.
 */
export async function drawBpmnInPage(xml: string): Promise<BpmnDrawResult> {
  interface Viewer {
    importXML(xml: string): Promise<{ warnings: { message: string }[] }>;
    saveSVG(): Promise<{ svg: string }>;
    destroy(): void;
  }
  interface El {
    innerHTML: string;
    style: Record<string, string>;
    appendChild(child: El): void;
    querySelector(s: string): El | null;
    getAttribute(name: string): string | null;
    getBoundingClientRect(): { left: number; top: number; width: number; height: number };
  }
  const g = globalThis as unknown as {
    BpmnJS: new (options: { container: El }) => Viewer;
    document: { getElementById(id: string): El | null; createElement(tag: string): El };
  };
  const container = g.document.getElementById('c')!;
  container.innerHTML = '';
  const host = g.document.createElement('div');
  host.style.width = '1600px';
  host.style.height = '900px';
  container.appendChild(host);
  let viewer: Viewer | undefined;
  let warnings: string[] = [];
  let svg: string;
  try {
    viewer = new g.BpmnJS({ container: host });
    const imported = await viewer.importXML(xml);
    warnings = imported.warnings.map((w) => w.message);
    svg = (await viewer.saveSVG()).svg;
  } catch (error) {
    container.innerHTML = '';
    const w = (error as { warnings?: { message: string }[] }).warnings;
    return { error: error instanceof Error ? error.message : String(error), warnings: w ? w.map((x) => x.message) : warnings };
  } finally {
    viewer?.destroy();
  }
  container.innerHTML = svg;
  const el = container.querySelector('svg');
  if (!el) return { error: 'bpmn-js returned no SVG.', warnings };
  const rect = el.getBoundingClientRect();
  return {
    svg,
    warnings,
    box: { x: Math.floor(rect.left), y: Math.floor(rect.top), width: Math.max(1, Math.ceil(rect.width)), height: Math.max(1, Math.ceil(rect.height)) },
  };
}
