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

/** Any character flowchartLabel changes, or a non-ASCII one (which may need NFC); plain text skips the work. */
// eslint-disable-next-line no-control-regex
const NEEDS_WORK = /["#&<>;%`|\\:\u0000-\u001f\u007f-\uffff]/;

/**
 * The characters replaceChars may change: table entries, private-use characters (written as numeric codes: the
 * renderer uses them as placeholders, see render/), and a ':' with a non-space after it, because Mermaid strips
 * the last ';' of any line matching /style.*:\S*#.*;/ (or classDef), which would break an entity code after it.
 */
const SPECIAL = /["#&<>;%`|\\:,]|[\ue000-\uf8ff]/g;

function replaceChars(text: string, table: Record<string, string>): string {
  return text.replace(SPECIAL, (ch, offset: number) => {
    const coded = table[ch];
    if (coded !== undefined) return coded;
    if (ch === ':') return offset + 1 < text.length && !/\s/.test(text[offset + 1]!) ? '#58;' : ch;
    if (ch === ',') return ch;
    return `#${ch.codePointAt(0)};`;
  });
}

/**
 * Escapes text for a quoted flowchart label (`id["..."]`, `-->|"..."|`, `subgraph id ["..."]`). Newlines become
 * `<br/>`, the only markup ccp emits, which Mermaid breaks lines on with and without HTML labels.
 */
export function flowchartLabel(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
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
  if (/^[A-Za-z0-9_]*$/.test(id)) return `${prefix}_${id}`;
  let out = `${prefix}_`;
  for (const ch of id.normalize('NFC')) {
    const base = ch === 'ł' ? 'l' : ch === 'Ł' ? 'L' : ch.normalize('NFD').replace(/\p{M}/gu, '');
    if (/^[A-Za-z0-9_]+$/.test(base)) out += base;
    else if (ch === '-') out += '_';
    else out += `u${(ch.codePointAt(0) ?? 0).toString(16)}`;
  }
  return out;
}
