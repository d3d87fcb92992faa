import { Codes, say, type Diagnostic } from '@ccp/core';
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
          ...say('formatterChangedMeaning'),
          loc: { file, start: 0, end: 0 },
        },
      ],
    };
  }
  return { text: out, changed: out !== text, diagnostics: [] };
}

/** The widest line a block kept on one line may make, indentation included. */
export const MAX_LINE = 120;

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
  }
  return false;
}

const currencySymbols = new Set(['£', '€', '$']);

/** An amount right after a currency symbol is written against it: `£19`, not `£ 19`. */
function gluedToSymbol(prev: Atom | undefined, a: Atom): boolean {
  return prev !== undefined && prev.type === 'ident' && currencySymbols.has(prev.text) && a.type === 'number';
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

  /** Prints a block; true when it was kept on one line. */
  const printBlock = (b: BlockNode, depth: number): boolean => {
    const inline = oneLine(b, depth);
    if (inline !== undefined) {
      p.token(b.loc.start, b.loc.end, inline);
      return true;
    }
    p.token(b.keywordLoc.start, b.keywordLoc.end, b.keyword);
    if (b.idLoc) p.token(b.idLoc.start, b.idLoc.end, raw(b.idLoc));
    if (b.nameLoc) p.token(b.nameLoc.start, b.nameLoc.end, raw(b.nameLoc));
    const open = tokenAfter((b.nameLoc ?? b.idLoc ?? b.keywordLoc).end);
    p.token(open.startOffset, open.startOffset + 1, '{');
    const close = b.loc.end - 1;
    const commented = syntax.comments.some((c) => c.start > open.startOffset && c.start < close);
    if (b.items.length === 0 && !commented) {
      p.token(close, close + 1, '}', true);
      return true;
    }
    p.indent();
    b.items.forEach((item, i) => {
      p.item(i === 0 ? 'none' : 'preserve');
      printItem(item, depth + 1);
    });
    p.item(b.items.length ? 'preserve' : 'none');
    p.flushComments(close);
    p.dedent();
    p.item('none');
    p.token(close, close + 1, '}');
    return false;
  };

  const printItem = (item: ItemNode, depth: number) => {
    switch (item.type) {
      case 'block':
        printBlock(item, depth);
        return;
      case 'flag':
        return p.token(item.loc.start, item.loc.end, item.name);
      case 'branch':
        if (item.conditionAtoms) item.conditionAtoms.forEach((a, j) => atom(a, gluedToSymbol(item.conditionAtoms![j - 1], a)));
        else p.token(item.conditionLoc.start, item.conditionLoc.end, raw(item.conditionLoc));
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
            atom(a, (prev !== undefined && (prev.type === 'slash') !== (a.type === 'slash')) || gluedToSymbol(prev, a));
          });
        });
        return;
    }
  };

  const atomsLine = (atoms: readonly Atom[]) =>
    atoms.map((a, j) => {
      const prev = atoms[j - 1];
      const glue = prev !== undefined && ((prev.type === 'slash') !== (a.type === 'slash') || gluedToSymbol(prev, a));
      return (j === 0 || glue ? '' : ' ') + raw(a.loc);
    }).join('');
  const itemLine = (item: ItemNode): string => {
    switch (item.type) {
      case 'block':
        return blockLine(item);
      case 'flag':
        return item.name;
      case 'branch': {
        const cond = item.conditionAtoms ? atomsLine(item.conditionAtoms) : raw(item.conditionLoc);
        return `${cond} ->${item.target ? ' ' + raw(item.target.loc) : ''}`;
      }
      case 'field':
        return `${item.name}: ${item.values.map((v) => atomsLine(v.atoms)).join(', ')}`;
    }
  };
  const blockLine = (b: BlockNode): string => {
    const head = [b.keyword, b.idLoc ? raw(b.idLoc) : '', b.nameLoc ? raw(b.nameLoc) : ''].filter(Boolean).join(' ');
    return b.items.length ? `${head} { ${b.items.map(itemLine).join('  ')} }` : `${head} {}`;
  };
  /**
   * A block the author wrote on one line stays on one line (as Prettier keeps an object written on one line), with
   * two spaces between its items, when it holds no comment and fits in MAX_LINE columns at its depth; undefined
   * otherwise. The output is again one line, so formatting stays idempotent.
   */
  const oneLine = (b: BlockNode, depth: number): string | undefined => {
    if (b.items.length === 0 || !b.closed) return undefined;
    if (hasLineBreak(text, b.loc.start, b.loc.end)) return undefined;
    if (syntax.comments.some((c) => c.start > b.loc.start && c.start < b.loc.end)) return undefined;
    const line = blockLine(b);
    return depth * 2 + line.length <= MAX_LINE ? line : undefined;
  };

  const top: (ImportNode | BlockNode)[] = [...syntax.imports, ...syntax.blocks].sort((a, b) => a.loc.start - b.loc.start);
  // one-line declarations written one under the other stay together (a blank line only where the source has one)
  let previous: 'import' | 'block' | 'line' | undefined;
  for (const node of top) {
    const oneLiner =
      node.type === 'block' &&
      (node.items.length === 0
        ? node.closed && !hasLineBreak(text, node.loc.start, node.loc.end) && !syntax.comments.some((c) => c.start > node.loc.start && c.start < node.loc.end)
        : oneLine(node, 0) !== undefined);
    const together = (previous === 'import' && node.type === 'import') || (previous === 'line' && oneLiner);
    p.item(previous === undefined ? 'none' : together ? 'preserve' : 'blank');
    if (node.type === 'import') {
      p.token(node.loc.start, node.loc.start + 'import'.length, 'import');
      p.token(node.pathLoc.start, node.pathLoc.end, raw(node.pathLoc));
      previous = 'import';
    } else previous = printBlock(node, 0) && oneLiner ? 'line' : 'block';
  }
  return p.finish();
}
