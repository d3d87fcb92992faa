import { docsRenderer, loadTemplates, type DocsRenderer, type DocsView } from '@ccp/generators/docs';
import { escapeHtml } from './html.js';
import type { PageItem, PageSection } from './page-sections.js';

/**
 * The docs' partials, each called the way spec.html calls it: an element partial with the element as its context and
 * the view's `words` as `@root.words`; a section partial with the whole view (or the part of it that it reads).
 */
const WRAPPERS: Record<string, string> = {
  'serve/toc': '{{> toc}}',
  'serve/overview': '{{> overview}}',
  'serve/staffing': '{{> staffing}}',
  'serve/link': '{{#if item}}{{> link item}}{{/if}}',
  'serve/diagram': '{{#with item}}{{> diagram}}{{/with}}',
};
const ELEMENTS = ['process', 'role', 'system', 'touchpoint', 'function'] as const;
type ElementPartial = (typeof ELEMENTS)[number];
/** Tables shown row by row: the docs' `<kind>-head` and `<kind>-row` partials. */
const TABLES = ['channel', 'data', 'kpi', 'function'] as const;
export type TablePartial = (typeof TABLES)[number];

let renderer: Promise<DocsRenderer> | undefined;
/** The docs' default templates compiled once, with this package's wrappers. */
function pageRenderer(): Promise<DocsRenderer> {
  if (!renderer) {
    const templates: Record<string, string> = { ...loadTemplates().templates, ...WRAPPERS };
    for (const e of ELEMENTS) templates[`serve/${e}`] = `{{#with item}}{{> ${e}}}{{/with}}`;
    // a process also offers its BPMN diagram (drawn in the page by bpmn-js from `bpmn/<id>.bpmn`)
    templates['serve/process'] = '{{#with item}}<div class="process-views" data-bpmn="{{id}}">{{> process}}</div>{{/with}}';
    for (const t of TABLES) {
      templates[`serve/${t}-row`] = `{{#with item}}{{> ${t}-row}}{{/with}}`;
      templates[`serve/${t}-head`] = `{{> ${t}-head}}`;
    }
    renderer = docsRenderer(templates);
  }
  return renderer;
}

/** Whether two values of the docs' view (plain objects, arrays, strings, numbers, booleans) are equal. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameValue(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) if (!sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  return true;
}

/**
 * Renders the page's parts from the docs' view, reusing the HTML of every part whose input did not change since the
 * previous version: each part remembers exactly what its template read, and is rendered again only when that
 * differs, so after a one-line edit of a 10,000-step design only the few elements that show the change go through
 * Handlebars again.
 */
export class PageRenderer {
  private cache = new Map<string, { input: Record<string, unknown>; html: string }>();
  private next = new Map<string, { input: Record<string, unknown>; html: string }>();
  private lang = 'en';

  /** Renders `template` with the context `{ words, ...input }` under `key` (the words follow the language). */
  private async render(key: string, template: string, words: DocsView['words'], input: Record<string, unknown>): Promise<string> {
    const stored = { ...input, lang: this.lang };
    const known = this.cache.get(key);
    const html = known && sameValue(known.input, stored) ? known.html : (await pageRenderer()).render(template, { words, ...input }).trim();
    this.next.set(key, { input: stored, html });
    return html;
  }

  /** Starts a version: what the previous version rendered stays available until `finish`. */
  begin(lang: string): void {
    this.lang = lang;
    this.next = new Map();
  }

  /** Ends a version: keeps only the parts it used. */
  finish(): void {
    this.cache = this.next;
  }

  async element(partial: ElementPartial, words: DocsView['words'], item: { anchor: string }): Promise<PageItem> {
    return { id: item.anchor, html: await this.render(`${partial}:${item.anchor}`, `serve/${partial}`, words, { item }) };
  }

  async part(name: 'toc' | 'overview' | 'staffing', words: DocsView['words'], input: Record<string, unknown>): Promise<string> {
    return this.render(name, `serve/${name}`, words, input);
  }

  /** A diagram figure (the docs' `diagram` partial) as an item of its own. */
  async diagram(key: string, words: DocsView['words'], item: unknown): Promise<string> {
    return this.render(`diagram:${key}`, 'serve/diagram', words, { item });
  }

  async link(key: string, words: DocsView['words'], item: unknown): Promise<string> {
    return this.render(`link:${key}`, 'serve/link', words, { item });
  }

  /**
   * A table shown row by row (channels, data, KPIs, the function table), or nothing when it has no rows. `title` is
   * the heading before it, as HTML; each row is an item keyed by `<prefix><anchor>`.
   */
  async table(id: string, tag: PageSection['tag'], title: string, partial: TablePartial, words: DocsView['words'], rows: { anchor: string }[], prefix = '', className?: string): Promise<PageSection | undefined> {
    if (rows.length === 0) return undefined;
    const items: PageItem[] = [];
    for (const row of rows) items.push({ id: `${prefix}${row.anchor}`, html: await this.render(`${partial}-row:${row.anchor}`, `serve/${partial}-row`, words, { item: row }) });
    const head = await this.render(`${partial}-head`, `serve/${partial}-head`, words, {});
    return { id, tag, head: title, items, table: { head, ...(className ? { className } : {}) } };
  }

  /** A headed list of elements (processes, roles, ...), or nothing when the list is empty; no heading when `title` is ''. */
  async list(id: string, title: string, partial: ElementPartial, words: DocsView['words'], items: { anchor: string }[], first: PageItem[] = []): Promise<PageSection | undefined> {
    if (items.length === 0) return undefined;
    const rendered: PageItem[] = [...first];
    for (const item of items) rendered.push(await this.element(partial, words, item));
    // without a title, the list continues the section before it (the functions after their table)
    return title === '' ? { id, tag: 'div', head: '', items: rendered } : { id, tag: 'section', head: `<h2>${escapeHtml(title)}</h2>`, items: rendered };
  }
}
