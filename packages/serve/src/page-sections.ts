/** One item of a section: an element (a process, a role) or a table, keyed by its anchor. */
export interface PageItem {
  id: string;
  html: string;
}

/**
 * A part of the page the browser updates on its own: `head` is what comes before the first item (a heading), `items`
 * the elements in order. `tag` says what the browser wraps it in: a `section` with `id` (the table of contents links
 * to it), or a plain `div` when the partial brings its own `<section>`.
 */
export interface PageSection {
  id: string;
  tag: 'section' | 'div';
  head: string;
  items: PageItem[];
}

/** Sections that are headed lists of elements: shown only when they have items. */
const LISTS = new Set(['processes', 'roles', 'systems', 'touchpoints', 'functions']);

const MARKER = /<!--ccp:(section|item|end)(?: ([A-Za-z0-9_-]+))?-->/g;

/**
 * Cuts the page rendered from templates/page.html.hbs at its `<!--ccp:...-->` markers. Model text cannot contain a
 * marker: Handlebars escapes `<` in everything it inserts with `{{ }}`, and the page template inserts nothing raw.
 */
export function splitSections(html: string): PageSection[] {
  const sections: PageSection[] = [];
  let section: PageSection | undefined;
  let item: PageItem | undefined;
  let last = 0;
  const flush = (end: number) => {
    const text = html.slice(last, end).trim();
    if (item) item.html = text;
    else if (section) section.head = text;
  };
  for (const m of html.matchAll(MARKER)) {
    flush(m.index);
    last = m.index + m[0].length;
    item = undefined;
    if (m[1] === 'section') {
      section = { id: m[2]!, tag: LISTS.has(m[2]!) ? 'section' : 'div', head: '', items: [] };
      sections.push(section);
    } else if (m[1] === 'item' && section) {
      item = { id: m[2]!, html: '' };
      section.items.push(item);
    } else section = undefined;
  }
  return sections.filter((s) => (LISTS.has(s.id) ? s.items.length > 0 : s.head !== '' || s.items.length > 0));
}
