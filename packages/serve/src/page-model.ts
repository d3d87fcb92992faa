import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { label, maxOf, type Diagnostic, type Model, type SourceTexts } from '@ccp/core';
import { docWords, generateDocs, loadTemplates, type DocFinding, type TemplateSet } from '@ccp/generators/docs';
import { generateDiagrams } from '@ccp/generators/mermaid';
import { mermaidConfig } from '@ccp/generators/render';
import { hasChannelVolumes } from '@ccp/generators/staffing';
import { staffingReport } from '@ccp/staffing';
import { findingsList } from './findings-html.js';
import { escapeHtml } from './html.js';
import { splitSections, type PageSection } from './page-sections.js';
import { serveWords } from './serve-words.js';
import { specPreview } from './spec-preview.js';

/** What the browser draws: the sections in page order, and how to render the diagrams. */
export interface PageContent {
  title: string;
  lang: string;
  errors: number;
  warnings: number;
  /** Syntax errors of the newest text: the sections are then those of the last version without them. */
  syntaxErrors: number;
  /** Navigation (the docs' table of contents). */
  toc: PageSection | undefined;
  /** The main column, top to bottom. */
  sections: PageSection[];
  /** Mermaid's configuration for the browser (mermaidConfig of @ccp/generators/render, as ccp build renders). */
  mermaid: Record<string, unknown>;
}

/** One analysed version of the project. */
export interface Snapshot {
  root: string;
  model: Model;
  texts: SourceTexts;
  diagnostics: readonly Diagnostic[];
}

/** Diagrams with more edges than this are drawn when the reader asks (a button), not on load. */
export const AUTO_RENDER_EDGES = 400;

const PAGE_TEMPLATE = fileURLToPath(new URL('../templates/page.html.hbs', import.meta.url));

let templates: TemplateSet | undefined;
/** The docs' default templates, with this package's page in place of spec.html. */
function serveTemplates(): TemplateSet {
  templates ??= { ...loadTemplates().templates, 'spec.html': readFileSync(PAGE_TEMPLATE, 'utf8') };
  return templates;
}

function docFindings(s: Snapshot): DocFinding[] {
  return s.diagnostics.map((d) => {
    const at = s.texts.locate(d);
    return { severity: d.severity, code: d.code, message: d.message, file: d.loc.file, line: at.line, column: at.column, offset: d.loc.start };
  });
}

/**
 * The page of a project version, built by the docs' generator (generateDocs with the page template, so the same
 * view, partials and escaping as spec.html), plus the findings with their source lines and the vendor-spec preview.
 */
export async function buildPage(good: Snapshot, date: string): Promise<PageContent> {
  const model = good.model;
  const diagrams = generateDiagrams(model);
  const staffing = hasChannelVolumes(model) ? staffingReport(model) : undefined;
  const [file] = await generateDocs({ model, templates: serveTemplates(), findings: docFindings(good), diagrams, ...(staffing ? { staffing } : {}), markdown: false });
  const parts = splitSections(file!.content);
  const words = docWords(model.project?.outputLanguage);
  const serve = serveWords(model.project?.outputLanguage);
  const targets = parts.find((p) => p.id === 'targets')?.items.map((i) => i.html) ?? [];
  const sections: PageSection[] = [];
  const findings = findingsList({ diagnostics: good.diagnostics, texts: good.texts, root: good.root, targets, words, serve });
  sections.push({ id: 'findings', tag: 'section', head: `<h2>${escapeHtml(words.findings)}</h2>`, items: [{ id: 'findings-list', html: findings }] });
  for (const p of parts) if (p.id !== 'toc' && p.id !== 'targets') sections.push(p);
  const spec = await specPreview(model, date, serve);
  if (spec) sections.push({ id: 'vendor-spec', tag: 'section', head: '', items: [{ id: 'vendor-spec-tables', html: spec }] });
  const edges = maxOf(diagrams.map((d) => d.edges), 0);
  const textLength = maxOf(diagrams.map((d) => d.text.length), 0);
  return {
    title: model.project ? label(model.project) : 'Contact center',
    lang: model.project?.outputLanguage ?? 'en',
    errors: good.diagnostics.filter((d) => d.severity === 'error').length,
    warnings: good.diagnostics.filter((d) => d.severity === 'warning').length,
    syntaxErrors: 0,
    toc: tocWithSpec(parts.find((p) => p.id === 'toc'), spec ? serve.specPreview : undefined),
    sections,
    mermaid: { ...mermaidConfig('ccp-serve', edges, textLength, {}), autoRenderEdges: AUTO_RENDER_EDGES },
  };
}

/** The docs' table of contents, with a last entry for the vendor-spec preview (which spec.html does not have). */
function tocWithSpec(toc: PageSection | undefined, title: string | undefined): PageSection | undefined {
  if (!toc || title === undefined) return toc;
  const head = toc.head.replace(/<\/ol>\s*<\/nav>\s*$/, `<li><a href="#vendor-spec">${escapeHtml(title)}</a></li>\n</ol>\n</nav>`);
  return { ...toc, head };
}

/**
 * The page of the last version without syntax errors, with the syntax errors of the newest text on top (`syntax`
 * holds only those errors, located in the newest texts).
 */
export function withProblems(page: PageContent, syntax: Snapshot): PageContent {
  const words = docWords(page.lang === 'pl' ? 'pl' : 'en');
  const serve = serveWords(page.lang === 'pl' ? 'pl' : 'en');
  const list = findingsList({ diagnostics: syntax.diagnostics, texts: syntax.texts, root: syntax.root, words, serve });
  const head = `<h2>${escapeHtml(serve.syntaxErrors)}</h2>\n<p>${escapeHtml(serve.lastGood)}</p>`;
  const problems: PageSection = { id: 'problems', tag: 'section', head, items: [{ id: 'problems-list', html: list }] };
  return { ...page, syntaxErrors: syntax.diagnostics.length, sections: [problems, ...page.sections] };
}
