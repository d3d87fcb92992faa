import { availableParallelism } from 'node:os';
import { DiagramRenderer, type OpenRendererOptions, type RenderInput, type RenderOutput } from './diagram-renderer.js';

/** Diagrams per extra page: below this, loading Mermaid into a second page costs more than it saves. */
const DIAGRAMS_PER_PAGE = 8;

/**
 * Renders every diagram of a run in one browser session, in up to two pages at once (one per core: each page has
 * its own renderer process), and closes the browser whatever happens. Results come back in the order of the
 * inputs. A Mermaid error in one diagram is reported in its output and does not stop the others.
 */
export async function renderDiagrams(inputs: RenderInput[], options: OpenRendererOptions): Promise<RenderOutput[]> {
  if (inputs.length === 0) return [];
  const pages = options.pages ?? Math.max(1, Math.min(2, availableParallelism(), Math.floor(inputs.length / DIAGRAMS_PER_PAGE)));
  const renderer = await DiagramRenderer.open({ ...options, pages });
  try {
    return await Promise.all(inputs.map((input) => renderer.render(input)));
  } finally {
    await renderer.close();
  }
}
