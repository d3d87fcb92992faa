import { DiagramRenderer, type OpenRendererOptions, type RenderInput, type RenderOutput } from './diagram-renderer.js';

/**
 * Renders every diagram of a run in one browser session and one page, one after another, and closes the browser
 * whatever happens. A Mermaid error in one diagram is reported in its output and does not stop the others.
 */
export async function renderDiagrams(inputs: RenderInput[], options: OpenRendererOptions): Promise<RenderOutput[]> {
  if (inputs.length === 0) return [];
  const renderer = await DiagramRenderer.open(options);
  try {
    const out: RenderOutput[] = [];
    for (const input of inputs) out.push(await renderer.render(input));
    return out;
  } finally {
    await renderer.close();
  }
}
