import type { PageContent } from './page-model.js';
import type { PageSection } from './page-sections.js';

/** A section as sent to the browser: `head` and an item's `html` are left out when the base version has them the same. */
export interface SectionUpdate {
  id: string;
  tag: PageSection['tag'];
  head?: string;
  items: { id: string; html?: string }[];
}

/** What `api/page` answers: the whole page (`base` null) or what changed since the version `base`. */
export interface PageUpdate extends Omit<PageContent, 'sections' | 'toc'> {
  version: number;
  base: number | null;
  toc: SectionUpdate | null;
  sections: SectionUpdate[];
}

function sectionUpdate(now: PageSection, before: PageSection | undefined): SectionUpdate {
  const old = new Map(before?.items.map((i) => [i.id, i.html]));
  return {
    id: now.id,
    tag: now.tag,
    ...(before && before.head === now.head ? {} : { head: now.head }),
    items: now.items.map((i) => (old.get(i.id) === i.html ? { id: i.id } : { id: i.id, html: i.html })),
  };
}

/**
 * The update from `base` (a version the browser has) to `now`; the whole page when `base` is undefined. The order
 * of sections and items is always complete, so the browser knows what to remove and where to insert.
 */
export function pageUpdate(version: number, now: PageContent, base?: { version: number; content: PageContent }): PageUpdate {
  const old = new Map(base?.content.sections.map((s) => [s.id, s]));
  const { sections, toc, ...rest } = now;
  return {
    ...rest,
    version,
    base: base ? base.version : null,
    toc: toc ? sectionUpdate(toc, base?.content.toc) : null,
    sections: sections.map((s) => sectionUpdate(s, old.get(s.id))),
  };
}
