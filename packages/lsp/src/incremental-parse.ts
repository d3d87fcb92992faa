import { Codes, type Diagnostic, type Loc } from '@ccp/core';
import { parseFile, type BlockNode, type ImportNode, type ParsedFile, type SyntaxFile } from '@ccp/language';

type TopNode = ImportNode | BlockNode;

/** A copy of a syntax value with every Loc (`{ file, start, end }`) moved by `delta`. */
function shifted<T>(value: T, delta: number): T {
  if (delta === 0) return value;
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o.start === 'number' && typeof o.end === 'number' && 'file' in o && Object.keys(o).length === 3) {
        return { file: o.file as string, start: o.start + delta, end: o.end + delta } satisfies Loc;
      }
      const out: Record<string, unknown> = {};
      for (const k in o) out[k] = walk(o[k]);
      return out;
    }
    return v;
  };
  return walk(value) as T;
}

function allClosed(blocks: readonly BlockNode[]): boolean {
  return blocks.every((b) => b.closed && allClosed(b.items.filter((i): i is BlockNode => i.type === 'block')));
}

/**
 * Re-parses only the top-level declarations an edit touched, and reuses the rest of the previous parse with its
 * positions moved: a keystroke in a 10,000-line file parses one declaration instead of the file. The splice is used
 * only when it must equal a full parse: the old parse closed every declaration and had no errors outside the
 * re-parsed span; the span parses to closed declarations ending exactly where the untouched text begins; and it holds
 * no unterminated comment or text (which would run on into the rest of the file). Otherwise it returns undefined and
 * the caller parses the whole file.
 */
export function reparse(old: { text: string; parsed: ParsedFile }, text: string): ParsedFile | undefined {
  const before = old.text;
  const syntax = old.parsed.syntax;
  const nodes: TopNode[] = [...syntax.imports, ...syntax.blocks].sort((a, b) => a.loc.start - b.loc.start);
  // every declaration must have been closed, so that each one ends with the parser back at the top level
  if (nodes.length === 0 || !allClosed(syntax.blocks)) return undefined;
  // the changed span, from the common prefix and suffix of the two texts
  const max = Math.min(before.length, text.length);
  const CHUNK = 2048; // native comparison of whole chunks first, then characters
  let a = 0;
  while (a + CHUNK <= max && before.slice(a, a + CHUNK) === text.slice(a, a + CHUNK)) a += CHUNK;
  while (a < max && before.charCodeAt(a) === text.charCodeAt(a)) a++;
  let b = 0;
  while (b + CHUNK <= max - a && before.slice(before.length - b - CHUNK, before.length - b) === text.slice(text.length - b - CHUNK, text.length - b)) b += CHUNK;
  while (b < max - a && before.charCodeAt(before.length - 1 - b) === text.charCodeAt(text.length - 1 - b)) b++;
  const changedEnd = before.length - b;
  const delta = text.length - before.length;

  // the span to re-parse: from the end of the last declaration before the change to the end of the first one after
  let first = 0;
  while (first < nodes.length && nodes[first]!.loc.end <= a) first++;
  const start = first > 0 ? nodes[first - 1]!.loc.end : 0;
  let last = first;
  while (last < nodes.length && nodes[last]!.loc.end < changedEnd) last++;
  const oldEnd = last < nodes.length ? nodes[last]!.loc.end : before.length;
  if (old.parsed.diagnostics.some((d) => d.loc.start < start || d.loc.start >= oldEnd)) return undefined;

  const newEnd = oldEnd + delta;
  const part = parseFile(text.slice(start, newEnd), syntax.file);
  if (part.diagnostics.some((d) => d.code === Codes.unterminatedComment || d.code === Codes.unterminatedString)) return undefined;
  if (!allClosed(part.syntax.blocks)) return undefined;
  const partNodes: TopNode[] = [...part.syntax.imports, ...part.syntax.blocks];
  if (oldEnd < before.length) {
    const reach = partNodes.reduce((m, n) => Math.max(m, n.loc.end), -1);
    if (reach !== newEnd - start) return undefined;
  }

  const keep = <T extends { loc?: Loc; start?: number }>(list: readonly T[], pos: (x: T) => number) => ({
    head: list.filter((x) => pos(x) < start),
    tail: shifted(
      list.filter((x) => pos(x) >= oldEnd),
      delta,
    ),
  });
  const imports = keep(syntax.imports, (n) => n.loc.start);
  const blocks = keep(syntax.blocks, (n) => n.loc.start);
  const comments = keep(syntax.comments, (c) => c.start);
  const merged: SyntaxFile = {
    file: syntax.file,
    imports: [...imports.head, ...shifted(part.syntax.imports, start), ...imports.tail],
    blocks: [...blocks.head, ...shifted(part.syntax.blocks, start), ...blocks.tail],
    comments: [
      ...comments.head,
      ...part.syntax.comments.map((c) => ({ ...c, start: c.start + start, end: c.end + start })),
      ...comments.tail.map((c) => ({ ...c, start: c.start + delta, end: c.end + delta })),
    ],
  };
  if (merged.imports.length + merged.blocks.length === 0) return undefined;
  const diagnostics: Diagnostic[] = part.diagnostics
    .filter((d) => d.code !== Codes.emptyFile)
    .map((d) => ({ ...d, loc: { ...d.loc, start: d.loc.start + start, end: d.loc.end + start } }));
  return { syntax: merged, diagnostics };
}
