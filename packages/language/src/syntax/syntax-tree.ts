import type { Loc } from '@ccp/core';
import type { Comment } from './scanner.js';

/**
 * The syntax tree. The grammar is generic: a file is imports and blocks; a block is a head
 * (`kind id "Display name"`) and a body of fields, nested blocks, decision branches and flags. What each kind of
 * block may contain is decided by the model builder (build/), so the parser stays small and recovers well, and a
 * misspelt field gets a "did you mean" instead of a parse error.
 */
export interface SyntaxFile {
  file: string;
  imports: ImportNode[];
  blocks: BlockNode[];
  comments: Comment[];
}

export interface ImportNode {
  type: 'import';
  path: string;
  pathLoc: Loc;
  loc: Loc;
}

export interface BlockNode {
  type: 'block';
  keyword: string;
  keywordLoc: Loc;
  id?: string;
  idLoc?: Loc;
  name?: string;
  nameLoc?: Loc;
  items: ItemNode[];
  /** From the keyword to the closing brace (or as far as the parser got). */
  loc: Loc;
  /** False when the closing brace is missing. */
  closed: boolean;
}

export type ItemNode = FieldNode | BlockNode | BranchNode | FlagNode;

export interface FieldNode {
  type: 'field';
  name: string;
  nameLoc: Loc;
  /** Comma-separated values; each value is one or more atoms (`crm read write`, `80% in 20s`). */
  values: ValueNode[];
  loc: Loc;
}

export interface ValueNode {
  atoms: Atom[];
  loc: Loc;
}

export type AtomType = 'ident' | 'string' | 'number' | 'time' | 'op' | 'slash' | 'arrow';

export interface Atom {
  type: AtomType;
  /** The source text; for strings the decoded value. */
  text: string;
  loc: Loc;
}

/** `"condition" -> target` or `otherwise -> target` inside a `decide` block. */
export interface BranchNode {
  type: 'branch';
  condition?: string;
  otherwise: boolean;
  /** Where everything before the arrow is written. */
  conditionLoc: Loc;
  /**
   * The atoms before the arrow, when there are several: a comparison and/or a share of cases
   * (`amount < 250 GBP 30% -> pay`, `otherwise 70% -> review`). Absent for a one-atom condition.
   */
  conditionAtoms?: Atom[];
  target?: Atom;
  loc: Loc;
}

/** A bare keyword such as `end`. */
export interface FlagNode {
  type: 'flag';
  name: string;
  loc: Loc;
}
