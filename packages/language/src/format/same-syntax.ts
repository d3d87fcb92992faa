import { plainSyntax } from '../syntax/plain-syntax.js';
import { scan } from '../syntax/scanner.js';
import { TokenKind } from '../syntax/token-stream.js';
import type { SyntaxFile } from '../syntax/syntax-tree.js';

/** The syntax tree without source positions, as plain data: what the formatter must never change. */
export function syntaxShape(syntax: Pick<SyntaxFile, 'imports' | 'blocks'>): unknown {
  return plainSyntax(syntax, false);
}

/** True when two parses of a file have the same tree, ignoring where things are. */
export function sameSyntax(a: SyntaxFile, b: SyntaxFile): boolean {
  return JSON.stringify(syntaxShape(a)) === JSON.stringify(syntaxShape(b));
}

/** Punctuation the formatter spells one way: `→` as `->`, `;` as `,`; it compares by kind. */
const respelled: ReadonlySet<number> = new Set([TokenKind.Arrow, TokenKind.Comma]);

/** Each token and comment as layout cannot change it: line breaks inside it as LF, punctuation by kind. */
function words(text: string, file: string): string[] {
  const { tokens, comments } = scan(text, file);
  const out: { at: number; word: string }[] = [];
  for (const t of tokens) out.push({ at: t.startOffset, word: `${t.kind}:${respelled.has(t.kind) ? '' : t.image.replace(/\r\n?/g, '\n')}` });
  for (const c of comments) out.push({ at: c.start, word: `c:${c.text.replace(/\r\n?/g, '\n')}` });
  return out.sort((a, b) => a.at - b.at).map((w) => w.word);
}

/**
 * True when two texts have the same tokens and comments in the same order, so that they differ in layout only
 * (white space, line breaks, and the spelling of `->` and `,`). The formatter checks this beside `sameSyntax`: the tree
 * does not hold comments, and a comment lost or moved between other tokens would pass the tree check.
 */
export function sameTokens(a: string, b: string, file: string): boolean {
  const x = words(a, file);
  const y = words(b, file);
  return x.length === y.length && x.every((w, i) => w === y[i]);
}
