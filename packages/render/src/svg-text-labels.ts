/**
 * Entity codes for SVG text labels (`htmlLabels: false`).
 *
 * Mermaid turns an entity code such as `#quot;` into `&quot;` and, with SVG text labels, sets that as the text of
 * a `<tspan>`, so the SVG shows `&quot;` instead of `"` (only `#amp;`, `#lt;` and `#gt;` come out right). Before
 * rendering, every entity code is replaced by a private-use character; after rendering, the page puts the character
 * the code stands for back into each text node. The generator writes private-use characters
 * of the source as numeric codes, so placeholders cannot clash with text.
 */

const NAMED: Record<string, string> = { quot: '"', amp: '&', lt: '<', gt: '>', apos: "'", nbsp: '\u00a0' };
const FIRST_PLACEHOLDER = 0xe000;
const LAST_PLACEHOLDER = 0xf8ff;

function decode(code: string): string | undefined {
  if (/^\d+$/.test(code)) {
    const n = Number(code);
    return n > 0 && n <= 0x10ffff && !(n >= 0xd800 && n <= 0xdfff) ? String.fromCodePoint(n) : undefined;
  }
  return NAMED[code];
}

/**
 * The text with entity codes swapped for placeholders, and the character each placeholder stands for; the page
 * puts the characters back into the SVG's text nodes after rendering (see diagram-renderer.ts).
 */
export function protectEntities(text: string): { text: string; chars: Record<string, string> } {
  const chars: Record<string, string> = {};
  if (/[\ue000-\uf8ff]/.test(text)) return { text, chars };
  const byChar = new Map<string, string>();
  const protectedText = text.replace(/#(\w+);/g, (whole, code: string) => {
    const ch = decode(code);
    if (ch === undefined) return whole;
    let placeholder = byChar.get(ch);
    if (placeholder === undefined) {
      const n = FIRST_PLACEHOLDER + byChar.size;
      if (n > LAST_PLACEHOLDER) return whole;
      placeholder = String.fromCharCode(n);
      byChar.set(ch, placeholder);
      chars[placeholder] = ch;
    }
    return placeholder;
  });
  return { text: protectedText, chars };
}
