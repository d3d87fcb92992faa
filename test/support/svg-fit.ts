import type { Page } from 'playwright-core';

/** A text that does not fit the box it is drawn in, as measured by the browser. */
export interface Overflow {
  box: string;
  text: string;
  by: number;
}

/**
 * Loads an SVG into a page and measures, for every rect matching `boxSelector`, each `<text>` that is a direct child
 * of the rect's parent group: how far its rendered bounding box reaches outside the rect (in SVG units). Returns the
 * texts that overflow by more than `tolerance`, and how many texts were measured (so a test can see it measured).
 */
export async function overflowingTexts(page: Page, svg: string, boxSelector: string, tolerance = 0.5): Promise<{ measured: number; overflows: Overflow[] }> {
  await page.setContent(`<!doctype html><html><body style="margin:0">${svg}</body></html>`);
  return page.evaluate(
    ({ selector, tol }) => {
      const overflows: { box: string; text: string; by: number }[] = [];
      let measured = 0;
      for (const rect of Array.from(document.querySelectorAll<SVGGraphicsElement>(selector))) {
        const r = rect.getBBox();
        const parent = rect.parentElement;
        if (!parent) continue;
        const texts = Array.from(parent.children).filter((c): c is SVGTextElement => c.tagName.toLowerCase() === 'text');
        for (const t of texts) {
          if ((t.textContent ?? '').trim() === '') continue;
          measured++;
          const b = t.getBBox();
          const by = Math.max(r.x - b.x, b.x + b.width - (r.x + r.width), r.y - b.y, b.y + b.height - (r.y + r.height));
          if (by > tol) overflows.push({ box: rect.getAttribute('class') ?? rect.tagName, text: t.textContent ?? '', by: Math.round(by * 10) / 10 });
        }
      }
      return { measured, overflows };
    },
    { selector: boxSelector, tol: tolerance },
  );
}
