import type { Loc } from '@ccp/core';
import type { Atom, BranchNode, ValueNode } from './syntax-tree.js';

/**
 * Node constructors shared by the two parsers (parser.ts, fast-parser.ts), so that both build nodes of the same
 * shape from the same parts.
 */

/** A value; one of one atom shares the atom's location (most values are one id): one object less per value. */
export function valueNode(atoms: Atom[], file: string): ValueNode {
  const loc: Loc = atoms.length === 1 ? atoms[0]!.loc : { file, start: atoms[0]!.loc.start, end: atoms[atoms.length - 1]!.loc.end };
  return { atoms, loc };
}

/**
 * `"condition" -> target`, `amount < 250 GBP 30% -> target` or `otherwise -> target`; `end` is where the branch
 * ends when it has no target. The condition of several atoms is their texts joined by spaces.
 */
export function branchNode(conds: Atom | Atom[], target: Atom | undefined, end: number, file: string): BranchNode {
  const atoms = Array.isArray(conds) ? conds : [conds];
  const cond = atoms[0]!;
  const otherwise = cond.type === 'ident' && cond.text === 'otherwise';
  const many = atoms.length > 1;
  const node: BranchNode = {
    type: 'branch',
    condition: otherwise ? undefined : many ? atoms.map((a) => a.text).join(' ') : cond.text,
    otherwise,
    conditionLoc: many ? { file, start: cond.loc.start, end: atoms[atoms.length - 1]!.loc.end } : cond.loc,
    target,
    loc: { file, start: cond.loc.start, end: target ? target.loc.end : end },
  };
  if (many) node.conditionAtoms = atoms;
  return node;
}
