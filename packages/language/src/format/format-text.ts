import { Codes, type Diagnostic } from '@ccp/core';
import { parseFile, type ParsedFile } from '../syntax/parse-file.js';
import { scan, type Token } from '../syntax/scanner.js';
import type { Atom, BlockNode, ImportNode, ItemNode, SyntaxFile } from '../syntax/syntax-tree.js';
import { Printer } from './printer.js';
import { sameSyntax, sameTokens } from './same-syntax.js';

export interface FormatResult {
  /** The formatted text, or the input unchanged when it could not be formatted. */
  text: string;
  changed: boolean;
  /** Why the text was left as it is: its syntax errors (a file that does not parse is never reformatted). */
  diagnostics: Diagnostic[];
}

/**
 * Formats one file into the canonical layout: two-space indentation, one item per line, one blank line between
 * top-level declarations, at most one blank line kept between items, `, ` between values, `{}` for an empty
 * block, and every comment kept between the same two tokens. Idempotent; the syntax tree of the result equals
 * the input's, and so do its tokens and comments in order (`sameTokens`: only layout changes). Both are checked on
 * every call: if either ever failed, the input would be returned with an internal diagnostic.
 * A file with syntax errors is returned unchanged with its errors, as Prettier does.
 */
export function formatText(text: string, file = 'input.ccp'): FormatResult {
  return formatParsed(text, parseFile(text, file));
}

/** Like formatText, for a file already parsed (the language server keeps parses cached). */
export function formatParsed(text: string, parsed: ParsedFile): FormatResult {
  const errors = parsed.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length) return { text, changed: false, diagnostics: errors };
  const file = parsed.syntax.file;
  let out = printFile(text, parsed.syntax, scan(text, file).tokens);
  const eol = /\r\n?|\n/.exec(text)?.[0] === '\r\n' ? '\r\n' : '\n';
  out = out.replace(/\r\n?|\n/g, eol);
  const again = parseFile(out, file);
  if (again.diagnostics.some((d) => d.severity === 'error') || !sameSyntax(parsed.syntax, again.syntax) || !sameTokens(text, out, file)) {
    return {
      text,
      changed: false,
      diagnostics: [
        {
          code: Codes.internal,
          severity: 'error',
          message: 'The formatter would change what this file means, so it was left as it is; this is a bug in ccp.',
          loc: { file, start: 0, end: 0 },
        },
      ],
    };
  }
  return { text: out, changed: out !== text, diagnostics: [] };
}

function printFile(text: string, syntax: SyntaxFile, tokens: Token[]): string {
  const p = new Printer(text, syntax.comments);
  const raw = (loc: { start: number; end: number }) => text.slice(loc.start, loc.end);
  /** The first token at or after an offset: the punctuation the tree does not keep (':', ',', '{', '->'). */
  const tokenAfter = (offset: number): Token => {
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid]!.startOffset < offset) lo = mid + 1;
      else hi = mid;
    }
    return tokens[lo]!;
  };
  const punct = (offset: number, image: string, glue: boolean) => {
    const t = tokenAfter(offset);
    p.token(t.startOffset, t.startOffset + t.image.length, image, glue);
  };
  const atom = (a: Atom, glue: boolean) => p.token(a.loc.start, a.loc.end, raw(a.loc), glue);

  const printBlock = (b: BlockNode) => {
    p.token(b.keywordLoc.start, b.keywordLoc.end, b.keyword);
    if (b.idLoc) p.token(b.idLoc.start, b.idLoc.end, raw(b.idLoc));
    if (b.nameLoc) p.token(b.nameLoc.start, b.nameLoc.end, raw(b.nameLoc));
    const open = tokenAfter((b.nameLoc ?? b.idLoc ?? b.keywordLoc).end);
    p.token(open.startOffset, open.startOffset + 1, '{');
    const close = b.loc.end - 1;
    const commented = syntax.comments.some((c) => c.start > open.startOffset && c.start < close);
    if (b.items.length === 0 && !commented) {
      p.token(close, close + 1, '}', true);
      return;
    }
    p.indent();
    b.items.forEach((item, i) => {
      p.item(i === 0 ? 'none' : 'preserve');
      printItem(item);
    });
    p.item(b.items.length ? 'preserve' : 'none');
    p.flushComments(close);
    p.dedent();
    p.item('none');
    p.token(close, close + 1, '}');
  };

  const printItem = (item: ItemNode) => {
    switch (item.type) {
      case 'block':
        return printBlock(item);
      case 'flag':
        return p.token(item.loc.start, item.loc.end, item.name);
      case 'branch':
        p.token(item.conditionLoc.start, item.conditionLoc.end, raw(item.conditionLoc));
        punct(item.conditionLoc.end, '->', false);
        if (item.target) atom(item.target, false);
        return;
      case 'field':
        p.token(item.nameLoc.start, item.nameLoc.end, item.name);
        punct(item.nameLoc.end, ':', true);
        item.values.forEach((v, i) => {
          if (i > 0) punct(item.values[i - 1]!.loc.end, ',', true);
          v.atoms.forEach((a, j) => {
            const prev = v.atoms[j - 1];
            atom(a, prev !== undefined && (prev.type === 'slash') !== (a.type === 'slash'));
          });
        });
        return;
    }
  };

  const top: (ImportNode | BlockNode)[] = [...syntax.imports, ...syntax.blocks].sort((a, b) => a.loc.start - b.loc.start);
  let previous: 'import' | 'block' | undefined;
  for (const node of top) {
    p.item(previous === undefined ? 'none' : previous === 'import' && node.type === 'import' ? 'preserve' : 'blank');
    if (node.type === 'import') {
      p.token(node.loc.start, node.loc.start + 'import'.length, 'import');
      p.token(node.pathLoc.start, node.pathLoc.end, raw(node.pathLoc));
    } else printBlock(node);
    previous = node.type;
  }
  return p.finish();
}
