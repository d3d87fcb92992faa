import { maxOf, type Diagnostic, type Model, type SourceTexts } from '@ccp/core';
import { buildDocsView, docWords, type DocFinding } from '@ccp/generators/docs';
import { generateDiagrams } from '@ccp/generators/mermaid';
import { mermaidConfig } from '@ccp/render';
import { hasChannelVolumes } from '@ccp/generators/staffing';
import { staffingReport } from '@ccp/staffing';
import { findingsList } from './findings-html.js';
import { escapeHtml } from './html.js';
import type { PageItem, PageSection } from './page-sections.js';
import type { PageRenderer } from './page-render.js';
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
  /** Mermaid's configuration for the browser (mermaidConfig of @ccp/render, as ccp build renders). */
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

function docFindings(s: Snapshot): DocFinding[] {
  return s.diagnostics.map((d) => {
    const at = s.texts.locate(d);
    return { severity: d.severity, code: d.code, message: d.message, file: d.loc.file, line: at.line, column: at.column, offset: d.loc.start };
  });
}

/** A part with its own `<section>` (from its partial) as one item; nothing when the partial's `nonEmpty` left nothing. */
const part = (id: string, html: string): PageSection[] => (html === '' ? [] : [{ id, tag: 'div', head: '', items: [{ id: `${id}-body`, html }] }]);

/**
 * The page of a project version from the docs' view (buildDocsView) and partials, the same as spec.html shows,
 * plus the findings with their source lines and the vendor-spec preview. `renderer` keeps the HTML of unchanged
 * parts between versions.
 */
export async function buildPage(good: Snapshot, renderer: PageRenderer): Promise<PageContent> {
  const model = good.model;
  const diagrams = generateDiagrams(model);
  const staffing = hasChannelVolumes(model) ? staffingReport(model) : undefined;
  // the blueprints are drawn apart (blueprints.ts), after the page is out
  const view = buildDocsView(model, docFindings(good), diagrams, staffing, undefined, { blueprints: false });
  const words = view.words;
  const serve = serveWords(model.project?.outputLanguage);
  renderer.begin(view.lang);
  const targets: string[] = [];
  for (const [i, f] of view.findings.items.entries()) targets.push(f.target ? await renderer.link(String(i), words, f.target) : '');
  const findings = findingsList({ diagnostics: good.diagnostics, texts: good.texts, root: good.root, targets, words, serve });
  const sections: PageSection[] = [
    { id: 'findings', tag: 'section', head: `<h2>${escapeHtml(words.findings)}</h2>`, items: [{ id: 'findings-list', html: findings }] },
    ...part('overview', await renderer.part('overview', words, { project: view.project, overview: view.overview, journeys: [] })),
  ];
  // each journey is an item of its own, after the overview as in spec.html: a journey an edit did not change is not
  // sent and drawn again (a persona's journey at 10,000 steps is an SVG of thousands of elements)
  const journeys: PageItem[] = [];
  for (const [i, j] of view.journeys.entries()) journeys.push({ id: `journey-${i + 1}`, html: await renderer.diagram(`journey-${i + 1}`, words, j) });
  if (journeys.length > 0) sections.push({ id: 'journeys', tag: 'div', head: '', items: journeys });
  const h2 = (text: string) => `<h2>${escapeHtml(text)}</h2>`;
  // the function table comes first in the functions' section, as in spec.html; its rows are items of their own
  const functionTable = await renderer.table('function-table', 'div', `<h3 id="functions-table">${escapeHtml(words.functionTable)}</h3>`, 'function', words, view.functions, 'row-', 'functions');
  const lists = [
    await renderer.list('processes', words.processes, 'process', words, view.processes),
    await renderer.list('roles', words.roles, 'role', words, view.roles),
    await renderer.list('systems', words.systems, 'system', words, view.systems),
    await renderer.list('touchpoints', words.touchpoints, 'touchpoint', words, view.touchpoints),
    ...(view.functions.length > 0 ? [{ id: 'functions', tag: 'section' as const, head: h2(words.functions), items: [] }, functionTable] : []),
    await renderer.list('function-list', '', 'function', words, view.functions),
    await renderer.table('channels', 'section', h2(words.channels), 'channel', words, view.channels),
    await renderer.table('data', 'section', h2(words.data), 'data', words, view.data),
    await renderer.table('kpis', 'section', h2(words.kpis), 'kpi', words, view.kpis),
  ];
  for (const l of lists) if (l) sections.push(l);
  for (const p of part('staffing', await renderer.part('staffing', words, { staffing: view.staffing }))) sections.push(p);
  const nonEmpty = (list: unknown[]) => (list.length > 0 ? [true] : []);
  const toc = await renderer.part('toc', words, {
    processes: view.processes.map((p) => ({ anchor: p.anchor, title: p.title })),
    roles: nonEmpty(view.roles),
    systems: nonEmpty(view.systems),
    touchpoints: nonEmpty(view.touchpoints),
    functions: nonEmpty(view.functions),
    channels: nonEmpty(view.channels),
    data: nonEmpty(view.data),
    kpis: nonEmpty(view.kpis),
    staffing: view.staffing !== undefined,
  });
  renderer.finish();
  const edges = maxOf(diagrams.map((d) => d.edges), 0);
  const textLength = maxOf(diagrams.map((d) => d.text.length), 0);
  return {
    title: view.title,
    lang: view.lang,
    errors: view.findings.errors,
    warnings: view.findings.warnings,
    syntaxErrors: 0,
    toc: { id: 'toc', tag: 'div', head: toc, items: [] },
    sections,
    mermaid: { ...mermaidConfig('ccp-serve', edges, textLength, {}), autoRenderEdges: AUTO_RENDER_EDGES },
  };
}

/** The vendor-spec preview of a model (see spec-preview.ts), as HTML; empty when the model has no requirements. */
export function specHtml(model: Model, date: string): Promise<string> {
  return specPreview(model, date, serveWords(model.project?.outputLanguage));
}

/**
 * The page with the vendor-spec preview as its last section, and an entry for it at the end of the docs' table of
 * contents (spec.html has no such section). The preview is built apart from the page (buildSpecContent takes a
 * fifth of a 10,000-step update), so that a save shows on the page first and in the preview right after.
 */
export function withSpec(page: PageContent, spec: string): PageContent {
  if (spec === '') return page;
  const title = serveWords(page.lang === 'pl' ? 'pl' : 'en').specPreview;
  const toc = page.toc && { ...page.toc, head: page.toc.head.replace(/<\/ol>\s*<\/nav>\s*$/, `<li><a href="#vendor-spec">${escapeHtml(title)}</a></li>\n</ol>\n</nav>`) };
  return { ...page, toc, sections: [...page.sections, { id: 'vendor-spec', tag: 'section', head: '', items: [{ id: 'vendor-spec-tables', html: spec }] }] };
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
