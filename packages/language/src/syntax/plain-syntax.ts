import type { Loc } from '@ccp/core';
import type { Atom, BlockNode, ImportNode, ItemNode, SyntaxFile, ValueNode } from './syntax-tree.js';

/**
 * A syntax tree as plain data, read through its interfaces (syntax-tree.ts) rather than its objects' own
 * properties: the fast path's lean nodes (lean-nodes.ts) keep offsets and make locations when asked, and let a
 * one-atom value be its atom. Two parses of the same text, by either parser, give equal plain trees.
 *
 * With `positions: false` every location is left out (and whether a block was closed): what the formatter must
 * never change.
 */
export function plainSyntax(syntax: Pick<SyntaxFile, 'imports' | 'blocks'>, positions = true): unknown {
  const loc = (l: Loc | undefined) => (positions && l ? { file: l.file, start: l.start, end: l.end } : undefined);
  const atom = (a: Atom) => ({ type: a.type, text: a.text, loc: loc(a.loc) });
  const value = (v: ValueNode) => ({ atoms: v.atoms.map(atom), loc: loc(v.loc) });
  const item = (i: ItemNode): unknown => {
    switch (i.type) {
      case 'field':
        return { type: i.type, name: i.name, nameLoc: loc(i.nameLoc), values: i.values.map(value), loc: loc(i.loc) };
      case 'block':
        return block(i);
      case 'branch':
        return {
          type: i.type,
          condition: i.condition,
          otherwise: i.otherwise,
          conditionLoc: loc(i.conditionLoc),
          conditionAtoms: i.conditionAtoms?.map(atom),
          target: i.target && atom(i.target),
          loc: loc(i.loc),
        };
      case 'flag':
        return { type: i.type, name: i.name, loc: loc(i.loc) };
    }
  };
  const block = (b: BlockNode): unknown => ({
    type: b.type,
    keyword: b.keyword,
    keywordLoc: loc(b.keywordLoc),
    id: b.id,
    idLoc: loc(b.idLoc),
    name: b.name,
    nameLoc: loc(b.nameLoc),
    items: b.items.map(item),
    loc: loc(b.loc),
    closed: positions ? b.closed : undefined,
  });
  const importNode = (i: ImportNode) => ({ type: i.type, path: i.path, pathLoc: loc(i.pathLoc), loc: loc(i.loc) });
  return { imports: syntax.imports.map(importNode), blocks: syntax.blocks.map(block) };
}
