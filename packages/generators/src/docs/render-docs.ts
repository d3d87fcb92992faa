import type { HelperOptions } from 'handlebars';
import { buildDocsView, type Link } from './docs-view.js';
import type { DocFile, DocsInput, TemplateSet } from './docs-types.js';
import { escapeMarkdown } from './markdown.js';

/** A template that does not compile or render; `template` names it (e.g. `partials/process.html`). */
export class TemplateError extends Error {
  constructor(
    readonly template: string,
    /** Handlebars' own message (English), or undefined when no template of that name exists. */
    readonly detail: string | undefined,
  ) {
    super(`Template '${template}': ${detail ?? 'no such template.'}`);
    this.name = 'TemplateError';
  }
}

/** The documents' top-level templates; everything under `partials/` is registered as a partial by its name. */
export const DOCUMENT_TEMPLATES = ['spec.html', 'index.md', 'process.md'] as const;

type Handlebars = typeof import('handlebars');

function registerHelpers(hb: Handlebars): void {
  const safe = (s: string) => new hb.SafeString(s);
  const isLink = (v: unknown): v is Link => typeof v === 'object' && v !== null && 'text' in v && 'id' in v;
  const mdLink = (l: Link) => (l.anchor && l.file ? `[${escapeMarkdown(l.text)}](${encodeURI(l.file)}#${l.anchor})` : escapeMarkdown(l.text));
  /** Markdown-escaped text; a Link becomes a Markdown link; a list is joined with commas. */
  hb.registerHelper('md', (value: unknown) => {
    if (value === undefined || value === null) return '';
    if (Array.isArray(value)) return safe(value.map((v) => (isLink(v) ? mdLink(v) : escapeMarkdown(String(v)))).join(', '));
    return safe(isLink(value) ? mdLink(value) : escapeMarkdown(String(value)));
  });
  /** Text for an image's alt: escaped as `md`, and `"` as `&quot;` (marked writes the alt attribute without escaping quotes). */
  hb.registerHelper('mdAlt', (value: unknown) => safe(escapeMarkdown(String(value ?? '')).replace(/"/g, '&quot;')));
  /** A file name as a URL path (`process-status_zamówienia.md` -> `process-status_zam%C3%B3wienia.md`). */
  hb.registerHelper('uri', (value: unknown) => encodeURI(String(value ?? '')));
  hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  hb.registerHelper('or', (...args: unknown[]) => args.slice(0, -1).some(Boolean));
  hb.registerHelper('and', (...args: unknown[]) => args.slice(0, -1).every(Boolean));
  /** `{{#nonEmpty list}}...{{/nonEmpty}}`: the block when the list has items (or the value is set). */
  hb.registerHelper('nonEmpty', function (this: unknown, value: unknown, options: HelperOptions) {
    const has = Array.isArray(value) ? value.length > 0 : value !== undefined && value !== null && value !== '';
    return has ? options.fn(this) : options.inverse(this);
  });
}

/** Templates compiled once: `render(name, context)` renders the template of that name (a document or any other). */
export interface DocsRenderer {
  render(name: string, context: unknown): string;
}

/**
 * One Handlebars instance with the docs' helpers and every `partials/` template registered; each template is compiled
 * on its first use and kept, so a caller that renders many times (generateDocs per process, `ccp serve` per element
 * on every save) compiles once. Model text reaches the output only through `{{ }}` or the `md` helper.
 */
export async function docsRenderer(templates: TemplateSet): Promise<DocsRenderer> {
  const { default: handlebars } = await import('handlebars');
  const hb = handlebars.create();
  registerHelpers(hb);
  for (const [name, source] of Object.entries(templates)) {
    if (!name.startsWith('partials/')) continue;
    try {
      hb.parse(source); // compile() is lazy: parse now so a broken partial is named, not the template using it
      hb.registerPartial(name.slice('partials/'.length), hb.compile(source, { preventIndent: true }));
    } catch (error) {
      throw new TemplateError(name, error instanceof Error ? error.message : String(error));
    }
  }
  // one compiled template per name: process.md renders once per process (1,000 times for 1,000 processes), and
  // compiling it each time was most of the generator's time
  const compiled = new Map<string, HandlebarsTemplateDelegate>();
  return {
    render(name, context) {
      const source = templates[name];
      if (source === undefined) throw new TemplateError(name, undefined);
      try {
        let template = compiled.get(name);
        if (!template) compiled.set(name, (template = hb.compile(source, { preventIndent: true })));
        return template(context);
      } catch (error) {
        throw new TemplateError(name, error instanceof Error ? error.message : String(error));
      }
    },
  };
}

/**
 * Renders the Markdown documents (index.md and one file per process) and the self-contained HTML spec (spec.html)
 * from Handlebars templates. Pure apart from loading Handlebars: the same input gives the same files. Model text
 * reaches the output only through `{{ }}` (HTML-escaped) or the `md` helper (Markdown-escaped).
 */
export async function generateDocs(input: DocsInput): Promise<DocFile[]> {
  const renderer = await docsRenderer(input.templates);
  const render = (name: string, context: unknown): string => renderer.render(name, context);
  const view = buildDocsView(input.model, input.findings ?? [], input.diagrams, input.staffing, input.designErrors);
  const files: DocFile[] = [];
  if (input.markdown !== false) {
    files.push({ path: 'index.md', content: render('index.md', view) });
    for (const process of view.processes) files.push({ path: process.file, content: render('process.md', { ...view, process }) });
    for (const blueprint of view.blueprints) files.push({ path: blueprint.file, content: blueprint.fileSvg });
  }
  if (input.html !== false) files.push({ path: 'spec.html', content: render('spec.html', view) });
  return files;
}
