/**
 * Rendering Mermaid text and BPMN files to SVG and PNG with a local Chromium: one browser, Mermaid loaded once per
 * page, bpmn-js when a BPMN file comes.
 * puppeteer is imported only when a renderer opens, so importing this module stays cheap.
 */
export { findBrowser, isBrowserChannel, BROWSER_CHANNELS, BROWSER_HINT, BROWSER_NAMES, DEFAULT_BROWSER, type BrowserChannel, type FoundBrowser, type FindBrowserOptions } from './find-browser.js';
export {
  DiagramRenderer,
  CHROMIUM_ARGS,
  type ImageFormat,
  type OpenRendererOptions,
  type RenderInput,
  type RenderOutput,
} from './diagram-renderer.js';
export { renderDiagrams } from './render-diagrams.js';
export { mermaidConfig, MERMAID_DEFAULT_MAX_EDGES, type LookOptions } from './render-config.js';
export { mermaidBundlePath } from './mermaid-bundle.js';
export { bpmnBundlePath } from './bpmn-page.js';
export { protectEntities } from './svg-text-labels.js';
export { newBrowserProfile } from './browser-profile.js';
export { svgsToPng, type SvgImageInput } from './svg-image.js';
