import type { PageContent } from './page-model.js';
import type { PageSection } from './page-sections.js';
import { serveWords } from './serve-words.js';

/** A section as sent to the browser: `head` and an item's `html` are left out when the base version has them the same. */
export interface SectionUpdate {
  id: string;
  tag: PageSection['tag'];
  head?: string;
  items: { id: string; html?: string }[];
  /** A table section's header row (always sent: the browser builds the table from it). */
  table?: PageSection['table'];
}

/**
 * What `api/page` answers: the whole page (`base` null) or what changed since the version `base`. In the whole page,
 * only the first items carry their HTML (EAGER_ITEMS, and every finding); the browser asks `api/items` for the others
 * as they come near the viewport, so a 10,000-step design (16 MB of HTML) opens at once. In an update, an item
 * without HTML is unchanged.
 */
export interface PageUpdate extends Omit<PageContent, 'sections' | 'toc'> {
  version: number;
  base: number | null;
  toc: SectionUpdate | null;
  sections: SectionUpdate[];
  /** The live status line in the page's language; the page puts the time for `{time}`. */
  status: string;
}

/** Items sent with their HTML in the whole page, in page order; the rest are loaded as they come into view. */
export const EAGER_ITEMS = 40;

/** Sections whose items always come with the page (they are on top and short). */
const ALWAYS = new Set(['problems', 'findings']);

function sectionUpdate(now: PageSection, before: PageSection | undefined, budget: { left: number } | undefined): SectionUpdate {
  const old = new Map(before?.items.map((i) => [i.id, i.html]));
  const send = (i: { id: string; html: string }) => {
    if (!budget) return old.get(i.id) !== i.html;
    if (ALWAYS.has(now.id)) return true;
    return budget.left-- > 0;
  };
  return {
    id: now.id,
    tag: now.tag,
    ...(before && before.head === now.head ? {} : { head: now.head }),
    ...(now.table ? { table: now.table } : {}),
    items: now.items.map((i) => (send(i) ? { id: i.id, html: i.html } : { id: i.id })),
  };
}

/**
 * The update from `base` (a version the browser has) to `now`; the whole page when `base` is undefined. The order
 * of sections and items is always complete, so the browser knows what to remove and where to insert.
 */
export function pageUpdate(version: number, now: PageContent, base?: { version: number; content: PageContent }): PageUpdate {
  const old = new Map(base?.content.sections.map((s) => [s.id, s]));
  const { sections, toc, ...rest } = now;
  const budget = { left: EAGER_ITEMS };
  return {
    ...rest,
    version,
    base: base ? base.version : null,
    status: statusLine(now),
    toc: toc ? sectionUpdate(toc, base?.content.toc, undefined) : null,
    sections: sections.map((s) => sectionUpdate(s, old.get(s.id), base ? undefined : budget)),
  };
}

/** The HTML of items of a version, by id, for the browser's lazy loading (`api/items?v=V&ids=a,b`). */
export function itemsOf(content: PageContent, ids: readonly string[]): Record<string, string> {
  const wanted = new Set(ids);
  const out: Record<string, string> = {};
  for (const s of content.sections) for (const i of s.items) if (wanted.has(i.id)) out[i.id] = i.html;
  return out;
}

/** The item that holds the element with this id (an anchor such as `step-complaint-register`), if any. */
export function itemHolding(content: PageContent, anchor: string): string | undefined {
  if (!/^[A-Za-z0-9_-]+$/.test(anchor)) return undefined;
  const needle = `id="${anchor}"`;
  for (const s of content.sections) for (const i of s.items) if (i.id === anchor || i.html.includes(needle)) return i.id;
  return undefined;
}

/** The status line of a version: its findings, or its syntax errors when it shows the last version without them. */
export function statusLine(content: PageContent): string {
  const words = serveWords(content.lang === 'pl' ? 'pl' : 'en');
  return content.syntaxErrors ? words.syntaxStatus(content.syntaxErrors) : words.status(content.errors, content.warnings);
}
