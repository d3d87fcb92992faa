import type { Diagram } from '@ccp/generators/mermaid';
import type { RenderOutput } from '@ccp/render';
import type { CliContext } from '../context.js';
import { say } from '../language.js';

export interface RenderedImages {
  /** Rendered images by diagram name; a diagram Mermaid could not draw has `error` set. */
  byName: Map<string, RenderOutput>;
  /** Why nothing was rendered (no browser, the browser failed); undefined when rendering ran. */
  skipped?: string;
  browser?: string;
}

/**
 * Renders the diagrams to SVG/PNG in one browser session when a Chromium is found (CCP_BROWSER, the config's
 * `browser` channel, PATH, /usr/bin/chromium). Without one, or when it fails, returns `skipped` with the reason instead of
 * failing: the callers fall back to the Mermaid text.
 */
export async function renderImages(
  ctx: CliContext,
  diagrams: Diagram[],
  formats: ('svg' | 'png')[],
  configuredBrowser: 'chromium' | 'chrome' | undefined,
  htmlLabels = true,
): Promise<RenderedImages> {
  const byName = new Map<string, RenderOutput>();
  if (formats.length === 0 || diagrams.length === 0) return { byName };
  let render: typeof import('@ccp/render');
  try {
    render = await import('@ccp/render');
  } catch {
    return { byName, skipped: say(ctx, 'rendererMissing') };
  }
  const browser = render.findBrowser({ env: ctx.env, ...(configuredBrowser ? { channel: configuredBrowser } : {}) });
  if (!browser) return { byName, skipped: say(ctx, 'noBrowserFound', { hint: say(ctx, 'browserHint') }) };
  try {
    const results = await render.renderDiagrams(
      diagrams.map((d) => ({ name: d.name, text: d.text, edges: d.edges, formats })),
      { executablePath: browser.path, htmlLabels },
    );
    for (const r of results) byName.set(r.name, r);
    return { byName, browser: browser.path };
  } catch (error) {
    return { byName, skipped: say(ctx, 'browserCouldNot', { browser: browser.path, source: browser.source, message: (error as Error).message }) };
  }
}
