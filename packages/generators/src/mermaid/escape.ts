/**
 * Mermaid ids and labels made safe from any text a `.ccp` file may hold.
 *
 * Labels are always written inside double quotes, and every character that Mermaid's lexers treat specially is
 * replaced by Mermaid's entity code (`#quot;`, `#35;`, ...). Mermaid turns entity codes into placeholders before it
 * parses a diagram and back into XML entities in the SVG it returns, so they come out as the original characters
 * in every diagram type and with or without HTML labels.
 */

/** Characters replaced by an entity code in every label. */
const ENTITY: Record<string, string> = {
  '"': '#quot;',
  '#': '#35;',
  '&': '#amp;',
  '<': '#lt;',
  '>': '#gt;',
  ';': '#59;',
  '%': '#37;',
  '`': '#96;',
  '|': '#124;',
  '\\': '#92;',
};

/** Extra characters that end a text in `journey` diagrams (task, section, actor and title grammar). */
const JOURNEY_ENTITY: Record<string, string> = { ':': '#58;', ',': '#44;' };

const NEWLINE = /\r\n|[\n\r\u2028\u2029\u0085]/g;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** Private-use characters are written as numeric codes: the renderer uses them as placeholders (see render/). */
const PRIVATE_USE = /[\ue000-\uf8ff]/;

function replaceChars(text: string, table: Record<string, string>): string {
  let out = '';
  const chars = [...text];
  chars.forEach((ch, i) => {
    if (table[ch] !== undefined) out += table[ch];
    else if (PRIVATE_USE.test(ch)) out += `#${ch.codePointAt(0)};`;
    // Mermaid strips the last ';' of any line matching /style.*:\S*#.*;/ (or classDef), which would break an
    // entity code after a ':'; a ':' with non-space after it is written as a code too.
    else if (ch === ':' && i + 1 < chars.length && !/\s/.test(chars[i + 1]!)) out += '#58;';
    else out += ch;
  });
  return out;
}

/**
 * Escapes text for a quoted flowchart label (`id["..."]`, `-->|"..."|`, `subgraph id ["..."]`). Newlines become
 * `<br/>`, the only markup ccp emits, which Mermaid breaks lines on with and without HTML labels.
 */
export function flowchartLabel(text: string): string {
  const lines = text.normalize('NFC').replace(CONTROL, ' ').split(NEWLINE);
  return lines.map((line) => replaceChars(line, ENTITY)).join('<br/>');
}

/** Joins lines that are already escaped with `flowchartLabel` into one multi-line label. */
export function joinLabelLines(escapedLines: string[]): string {
  return escapedLines.join('<br/>');
}

/**
 * Escapes text for a `journey` diagram (title, section, task or actor), where `:`, `,`, `#`, `;` and newlines
 * would end the text. Newlines become spaces: journey texts are one line.
 */
export function journeyText(text: string): string {
  const flat = text.normalize('NFC').replace(CONTROL, ' ').replace(NEWLINE, ' ').trim();
  const out = replaceChars(flat, { ...ENTITY, ...JOURNEY_ENTITY });
  return out === '' ? '#32;' : out;
}

/**
 * Mermaid node ids for element ids, unique within one diagram. The kind prefix (`st_`, `tp_`, ...) keeps ids off
 * Mermaid's keywords (`end`, `graph`, `subgraph`, `style`, `click`, ...) and off the `o`/`x` edge-head letters;
 * ASCII letters, digits and `_` stay, `-` becomes `_`, letters with diacritics lose them (`ó` -> `o`, `ł` -> `l`),
 * any other character becomes `uHEX`. When two ids end up spelled
 * alike (`a-b` and `a_b`), the later one gets `_2`, `_3`, ...; ids are handed out in generation order, so the
 * result is deterministic.
 */
export class NodeIds {
  private readonly byKey = new Map<string, string>();
  private readonly taken = new Set<string>();

  get(prefix: string, id: string): string {
    const key = `${prefix}\u0000${id}`;
    const known = this.byKey.get(key);
    if (known !== undefined) return known;
    const base = nodeId(prefix, id);
    let candidate = base;
    for (let n = 2; this.taken.has(candidate); n++) candidate = `${base}_${n}`;
    this.taken.add(candidate);
    this.byKey.set(key, candidate);
    return candidate;
  }
}

/** The readable spelling of a node id (see NodeIds, which also makes it unique). */
export function nodeId(prefix: string, id: string): string {
  let out = `${prefix}_`;
  for (const ch of id.normalize('NFC')) {
    const base = ch === 'ł' ? 'l' : ch === 'Ł' ? 'L' : ch.normalize('NFD').replace(/\p{M}/gu, '');
    if (/^[A-Za-z0-9_]+$/.test(base)) out += base;
    else if (ch === '-') out += '_';
    else out += `u${(ch.codePointAt(0) ?? 0).toString(16)}`;
  }
  return out;
}
