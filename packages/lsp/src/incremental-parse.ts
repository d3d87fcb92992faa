import { Codes, type Diagnostic, type Loc } from '@ccp/core';
import { LeanField, parseFile, TokenAtom, type BlockNode, type ImportNode, type ItemNode, type ParsedFile, type SyntaxFile } from '@ccp/language';

type TopNode = ImportNode | BlockNode;

function moveLoc(loc: Loc | undefined, delta: number): void {
  if (!loc) return;
  loc.start += delta;
  loc.end += delta;
}

/**
 * Moves a node's positions in place, each Loc once. The Chevrotain parser shares one Loc between a value and its
 * only atom; the fast path's lean nodes (a field, an atom) keep offsets and move themselves. The property test in
 * test/lsp/incremental.spec.ts catches any other sharing a parser might start.
 */
function move(node: TopNode | ItemNode, delta: number): void {
  if (!(node instanceof LeanField)) moveLoc(node.loc, delta);
  switch (node.type) {
    case 'import':
      return moveLoc(node.pathLoc, delta);
    case 'block':
      moveLoc(node.keywordLoc, delta);
      moveLoc(node.idLoc, delta);
      moveLoc(node.nameLoc, delta);
      for (const item of node.items) move(item, delta);
      return;
    case 'field':
      if (node instanceof LeanField) node.moveBy(delta);
      else moveLoc(node.nameLoc, delta);
      for (const v of node.values) {
        if (v instanceof TokenAtom) {
          v.moveBy(delta);
          continue;
        }
        let shared = false;
        for (const atom of v.atoms) {
          if (atom instanceof TokenAtom) atom.moveBy(delta);
          else moveLoc(atom.loc, delta);
          if (atom.loc === v.loc) shared = true;
        }
        if (!shared) moveLoc(v.loc, delta);
      }
      return;
    case 'branch':
      if (node.conditionLoc !== node.loc) moveLoc(node.conditionLoc, delta);
      for (const a of node.conditionAtoms ?? []) {
        if (a instanceof TokenAtom) a.moveBy(delta);
        else moveLoc(a.loc, delta);
      }
      if (node.target instanceof TokenAtom) node.target.moveBy(delta);
      else if (node.target && node.target.loc !== node.loc) moveLoc(node.target.loc, delta);
      return;
    case 'flag':
      return;
  }
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
 * the caller parses the whole file. The old parse is taken over (its nodes are reused and moved), so the caller
 * must not use it afterwards.
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

  // the old parse is taken over: its untouched nodes are reused, those after the edit moved in place
  const tail = <T extends { loc: Loc }>(list: readonly T[]) => list.filter((n) => n.loc.start >= oldEnd);
  const head = <T extends { loc: Loc }>(list: readonly T[]) => list.filter((n) => n.loc.start < start);
  const moved = <T extends TopNode>(list: T[], delta: number) => {
    if (delta !== 0) for (const n of list) move(n, delta);
    return list;
  };
  const commentsBefore = syntax.comments.filter((c) => c.start < start);
  const commentsAfter = syntax.comments.filter((c) => c.start >= oldEnd);
  for (const c of part.syntax.comments) (c.start += start), (c.end += start);
  for (const c of commentsAfter) (c.start += delta), (c.end += delta);
  const merged: SyntaxFile = {
    file: syntax.file,
    imports: [...head(syntax.imports), ...moved(part.syntax.imports, start), ...moved(tail(syntax.imports), delta)],
    blocks: [...head(syntax.blocks), ...moved(part.syntax.blocks, start), ...moved(tail(syntax.blocks), delta)],
    comments: [...commentsBefore, ...part.syntax.comments, ...commentsAfter],
  };
  if (merged.imports.length + merged.blocks.length === 0) return undefined;
  const diagnostics: Diagnostic[] = part.diagnostics
    .filter((d) => d.code !== Codes.emptyFile)
    .map((d) => ({ ...d, loc: { ...d.loc, start: d.loc.start + start, end: d.loc.end + start } }));
  return { syntax: merged, diagnostics };
}
