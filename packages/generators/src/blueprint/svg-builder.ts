/** Small helpers to write SVG text deterministically: numbers rounded, every text and attribute escaped. */

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]/g;

/** Text or attribute value escaped for XML (and `=`, `` ` `` as in the HTML docs); characters XML cannot hold become spaces. */
export function xml(text: string): string {
  return text
    .replace(CONTROL, ' ')
    .replace(/[\ud800-\udfff]/g, (ch, i: number, s: string) => {
      const code = ch.charCodeAt(0);
      const next = s.charCodeAt(i + 1);
      const prev = s.charCodeAt(i - 1);
      const paired = code < 0xdc00 ? next >= 0xdc00 && next <= 0xdfff : prev >= 0xd800 && prev < 0xdc00;
      return paired ? ch : ' ';
    })
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    // as Handlebars escapes them in the HTML around the SVG: no `name=` or backtick from the model reads as markup
    .replace(/=/g, '&#61;')
    .replace(/`/g, '&#96;');
}

/** A coordinate with at most one decimal, so the same layout always prints the same. */
export function n(value: number): string {
  const r = Math.round(value * 10) / 10;
  return Object.is(r, -0) ? '0' : String(r);
}

export interface TextStyle {
  size: number;
  weight?: 'bold';
  italic?: boolean;
  fill?: string;
  anchor?: 'start' | 'middle' | 'end';
}

/** Lines of text, one `<text>` each, the first baseline at `y`. */
export function textLines(lines: string[], x: number, y: number, lineHeight: number, style: TextStyle): string[] {
  const attrs = [`font-size="${style.size}"`];
  if (style.weight) attrs.push(`font-weight="${style.weight}"`);
  if (style.italic) attrs.push('font-style="italic"');
  if (style.fill) attrs.push(`fill="${style.fill}"`);
  if (style.anchor && style.anchor !== 'start') attrs.push(`text-anchor="${style.anchor}"`);
  const a = attrs.join(' ');
  return lines.map((line, i) => `<text x="${n(x)}" y="${n(y + i * lineHeight)}" ${a}>${xml(line)}</text>`);
}

export function rect(x: number, y: number, w: number, h: number, attrs: string): string {
  return `<rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" ${attrs}/>`;
}
