/**
 * `ccp serve`: the design as a live local web page. See docs/serve.md and this package's README.
 */
export { startServe, type ServeOptions, type RunningServer } from './server.js';
export { LiveProject, type LiveOptions, type PageVersion } from './live-project.js';
export { buildPage, specHtml, withProblems, withSpec, type PageContent, type Snapshot } from './page-model.js';
export type { PageSection, PageItem } from './page-sections.js';
export { PageRenderer } from './page-render.js';
export { pageUpdate, type PageUpdate, type SectionUpdate } from './page-diff.js';
export { CONTENT_SECURITY_POLICY, allowedHosts, checkOrigin, routeOf } from './security.js';
export { editorLink } from './findings-html.js';
export { escapeHtml } from './html.js';
