/**
 * Text widths estimated without a browser, and word wrapping to a width, so that generators can keep every label
 * inside its box (issue 20). The widths are DejaVu Sans advance widths (the sans-serif of a bare Linux Chromium and
 * one of the widest common sans fonts), so a label that fits here fits in Arial, Helvetica or Open Sans too. The
 * browser tests measure the rendered text against its box.
 */

/** Advance widths in em of DejaVu Sans for ASCII letters, digits and common punctuation. */
const WIDTHS: Record<string, number> = {
  ' ': 0.318, '!': 0.4, '"': 0.46, '#': 0.838, '%': 0.95, '&': 0.78, "'": 0.275, '(': 0.39, ')': 0.39, '*': 0.5,
  '+': 0.838, ',': 0.318, '-': 0.361, '.': 0.318, '/': 0.337, ':': 0.337, ';': 0.337, '<': 0.838, '=': 0.838,
  '>': 0.838, '?': 0.531, '@': 1.0, '[': 0.39, ']': 0.39, _: 0.5, '|': 0.337, '…': 1.0, '★': 0.84, '⚠': 0.9,
  a: 0.613, b: 0.635, c: 0.55, d: 0.635, e: 0.615, f: 0.352, g: 0.635, h: 0.634, i: 0.278, j: 0.278, k: 0.579,
  l: 0.278, m: 0.974, n: 0.634, o: 0.612, p: 0.635, q: 0.635, r: 0.411, s: 0.521, t: 0.392, u: 0.634, v: 0.592,
  w: 0.818, x: 0.592, y: 0.592, z: 0.525,
  A: 0.684, B: 0.686, C: 0.698, D: 0.77, E: 0.632, F: 0.575, G: 0.775, H: 0.752, I: 0.295, J: 0.295, K: 0.656,
  L: 0.557, M: 0.863, N: 0.748, O: 0.787, P: 0.603, Q: 0.787, R: 0.695, S: 0.635, T: 0.611, U: 0.732, V: 0.684,
  W: 0.989, X: 0.685, Y: 0.611, Z: 0.685,
};
const DIGIT = 0.636;
/** Letters outside the table (Polish, other Latin letters with diacritics): as wide as their base letter. */
const BASE_OF = /\p{M}/gu;
/** Wide characters: CJK, emoji and other symbols count as a full em. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|\p{Extended_Pictographic}/u;

function charWidth(ch: string): number {
  const known = WIDTHS[ch];
  if (known !== undefined) return known;
  if (ch >= '0' && ch <= '9') return DIGIT;
  const base = ch.normalize('NFD').replace(BASE_OF, '');
  const baseKnown = base.length === 1 ? WIDTHS[base] : undefined;
  if (baseKnown !== undefined) return baseKnown;
  if (ch === 'ł') return 0.278;
  if (ch === 'Ł') return 0.557;
  return WIDE.test(ch) ? 1.0 : 0.7;
}

/** Estimated width in px of one line of text at a font size in px. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += charWidth(ch);
  return em * fontSize;
}

const ELLIPSIS = '…';

/** The longest start of `text` that fits `maxWidth` together with an ellipsis, plus the ellipsis. */
export function shorten(text: string, maxWidth: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= maxWidth) return text;
  const chars = [...text];
  let out = '';
  let width = textWidth(ELLIPSIS, fontSize);
  for (const ch of chars) {
    const w = charWidth(ch) * fontSize;
    if (width + w > maxWidth) break;
    out += ch;
    width += w;
  }
  return out.trimEnd() + ELLIPSIS;
}

/**
 * Greedy word wrap to lines no wider than `maxWidth`: words longer than a line are cut; when more than `maxLines`
 * lines would be needed, the last line ends in an ellipsis. Always at least one line.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, maxLines = Infinity): string[] {
  const words = text.trim().split(/\s+/).filter((w) => w !== '');
  const lines: string[] = [];
  let line = '';
  const push = (l: string) => lines.push(l);
  for (const word of words) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (textWidth(candidate, fontSize) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line !== '') push(line);
    line = '';
    let rest = word;
    while (textWidth(rest, fontSize) > maxWidth) {
      let cut = '';
      for (const ch of rest) {
        if (textWidth(cut + ch, fontSize) > maxWidth) break;
        cut += ch;
      }
      if (cut === '') cut = [...rest][0]!;
      push(cut);
      rest = rest.slice(cut.length);
    }
    line = rest;
  }
  if (line !== '' || lines.length === 0) push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = shorten(`${kept[maxLines - 1]} ${lines[maxLines]}`, maxWidth, fontSize);
  return kept;
}
