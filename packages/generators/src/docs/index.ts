/**
 * The Markdown and HTML specification from Handlebars templates (templates/ in this package, overridable per
 * project). generateDocs is pure; loadTemplates reads the template folders. See docs/templates.md.
 */
export { generateDocs, docsRenderer, TemplateError, DOCUMENT_TEMPLATES, type DocsRenderer } from './render-docs.js';
export { loadTemplates, readTemplateDir, defaultTemplatesDir, MAX_TEMPLATE_BYTES, type LoadedTemplates } from './load-templates.js';
export { buildDocsView, isSafeSvg, type DocsView, type DocsViewOptions, type Link, type DiagramView } from './docs-view.js';
export { escapeMarkdown } from './markdown.js';
export { asciiSlug, Anchors } from '@ccp/core';
export { docWords, type DocWords } from './words.js';
export type { DocFinding, DocDiagram, DocFile, DocsInput, TemplateSet } from './docs-types.js';
