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
  /**
   * The items are the rows of a table (one `<tr>` each) under this header row, so that a change to one channel or
   * function replaces that row, not a table of thousands.
   */
  table?: { className?: string; head: string };
}
