import { plainSyntax } from '../syntax/plain-syntax.js';
import type { SyntaxFile } from '../syntax/syntax-tree.js';

/** The syntax tree without source positions, as plain data: what the formatter must never change. */
export function syntaxShape(syntax: Pick<SyntaxFile, 'imports' | 'blocks'>): unknown {
  return plainSyntax(syntax, false);
}

/** True when two parses of a file have the same tree, ignoring where things are. */
export function sameSyntax(a: SyntaxFile, b: SyntaxFile): boolean {
  return JSON.stringify(syntaxShape(a)) === JSON.stringify(syntaxShape(b));
}
