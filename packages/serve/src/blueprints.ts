import type { Model } from '@ccp/core';
import { generateBlueprints, type BlueprintDrawings } from '@ccp/generators/blueprint';
import { escapeHtml } from './html.js';
import type { PageContent } from './page-model.js';
import type { PageSection } from './page-sections.js';
import { serveWords } from './serve-words.js';

/** A blueprint as the server hands it out: `blueprint/<name>.svg`, and `rev` changes whenever its SVG does. */
export interface ServedBlueprint {
  name: string;
  title: string;
  svg: string;
  width: number;
  height: number;
  rev: number;
}

/**
 * The service blueprints of the versions of one project (the same drawings as `ccp build` writes). A blueprint is
 * drawn again only when what it shows changed (a 10,000-step design has blueprints of 7 MB of SVG each, which take
 * over a second to lay out), and the page shows each as an image of its own URL, loaded when it comes into view.
 */
export class BlueprintShelf {
  private readonly drawings: BlueprintDrawings = new Map();
  private served = new Map<string, ServedBlueprint>();
  private rev = 0;

  /** The blueprints of this model, in the order `ccp build` writes them. */
  draw(model: Model): ServedBlueprint[] {
    const next = new Map<string, ServedBlueprint>();
    for (const b of generateBlueprints(model, { drawings: this.drawings })) {
      const old = this.served.get(b.name);
      const same = old !== undefined && old.svg === b.svg && old.title === b.title;
      next.set(b.name, same ? old : { name: b.name, title: b.title, svg: b.svg, width: b.width, height: b.height, rev: ++this.rev });
    }
    this.served = next;
    return [...next.values()];
  }
}

/** The SVG file of a route `blueprint/<name>.svg`, when it is one of the blueprints listed. */
export function blueprintFile(route: string, list: readonly ServedBlueprint[]): ServedBlueprint | undefined {
  const m = /^blueprint\/([A-Za-z0-9_.-]+)\.svg$/.exec(route);
  return m ? list.find((b) => b.name === m[1]) : undefined;
}

/**
 * The page with a section of the blueprints after the overview (where spec.html shows them), each an image with its
 * title as caption and alternative text. The image is the same SVG `ccp build` writes; as an `<img>` it can run
 * nothing and load nothing.
 */
export function withBlueprints(page: PageContent, list: readonly ServedBlueprint[]): PageContent {
  if (list.length === 0) return page;
  const title = serveWords(page.lang === 'pl' ? 'pl' : 'en').blueprints;
  const items = list.map((b) => ({
    id: `blueprint-${b.name}`,
    html:
      // the figure scrolls sideways when the blueprint is wider than the page: it takes the focus, so that the
      // keyboard can scroll it too
      `<figure class="diagram blueprint" id="figure-${escapeHtml(b.name)}" tabindex="0"><div class="svg">` +
      `<img src="blueprint/${escapeHtml(b.name)}.svg?r=${b.rev}" alt="${escapeHtml(b.title)}" width="${Math.round(b.width)}" height="${Math.round(b.height)}" loading="lazy" decoding="async">` +
      `</div><figcaption>${escapeHtml(b.title)}</figcaption></figure>`,
  }));
  const section: PageSection = { id: 'blueprints', tag: 'section', head: `<h2>${escapeHtml(title)}</h2>`, items };
  const at = page.sections.findIndex((s) => s.id === 'overview');
  const sections = [...page.sections];
  sections.splice(at < 0 ? 1 : at + 1, 0, section);
  const toc = page.toc && { ...page.toc, head: page.toc.head.replace(/(<li><a href="#overview">[^<]*<\/a><\/li>\n)/, `$1<li><a href="#blueprints">${escapeHtml(title)}</a></li>\n`) };
  return { ...page, toc, sections };
}
