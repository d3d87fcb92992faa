import type { Loc } from '@ccp/core';
import { cannotNest, isKnownKind, MAX_BRANCH_ATOMS, MAX_NESTING } from './nesting.js';
import type { Atom, AtomType, BlockNode, BranchNode, FlagNode, ImportNode, ItemNode, ValueNode } from './syntax-tree.js';
import { branchNode, valueNode } from './nodes.js';
import { LeanField, TokenAtom } from './lean-nodes.js';
import { isAtomKind, isWordKind, TokenKind, type TokenStream } from './token-stream.js';

/**
 * The fast path: a plain recursive-descent reading of the same grammar as the Chevrotain parser (parser.ts), for
 * files without a syntax error, which is nearly every file of a project. It makes the same choices with the same
 * look-ahead tests, builds the same syntax tree (its fields and values are the lean nodes of lean-nodes.ts, equal
 * through the tree's interfaces: see plainSyntax), and gives up at the first thing the grammar would report as an
 * error; parse-file.ts then hands the file to the Chevrotain parser, which recovers and explains. So Chevrotain
 * stays the reference and the only source of syntax errors, and `test/language/fast-parser.spec.ts` checks that
 * both parsers build equal trees over every example, fixture and thousands of generated files.
 *
 * Why: at 100k steps Chevrotain's rule machinery (gated OR and MANY, a SUBRULE per field and value) and a token
 * object per token cost ~2.5 s; this path reads the scanner's typed arrays directly.
 */
export function fastParse(stream: TokenStream, file: string): { imports: ImportNode[]; blocks: BlockNode[] } | undefined {
  const parser = new FastParser(stream, file);
  try {
    return parser.file();
  } catch (error) {
    if (error === giveUp) return undefined;
    throw error;
  }
}

/** Thrown to leave the fast path; never escapes fastParse. */
const giveUp = new Error('not on the fast path');

class FastParser {
  /** The next token. */
  private p = 0;
  private readonly kinds: Uint8Array;
  private readonly lineStarts: Uint8Array;
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private readonly count: number;

  constructor(
    private readonly stream: TokenStream,
    private readonly fileName: string,
  ) {
    this.kinds = stream.kinds;
    this.lineStarts = stream.lineStarts;
    this.starts = stream.starts;
    this.ends = stream.ends;
    this.count = stream.count;
  }

  // ---- look-ahead, the same tests as the Chevrotain parser's gates (k is an absolute token index) ----

  private kind(k: number): number {
    return k < this.count ? this.kinds[k]! : TokenKind.EOF;
  }

  private startsLine(k: number): boolean {
    return k < this.count && this.lineStarts[k] === 1;
  }

  private isWord(k: number): boolean {
    return isWordKind(this.kind(k));
  }

  private isBlockHead(k: number): boolean {
    if (!this.isWord(k)) return false;
    const second = this.kind(k + 1);
    if (second === TokenKind.LCurly) return true;
    if (this.startsLine(k + 1)) return false;
    if (second === TokenKind.String) return this.kind(k + 2) === TokenKind.LCurly;
    if (isWordKind(second)) {
      const third = this.kind(k + 2);
      return third === TokenKind.LCurly || (third === TokenKind.String && !this.startsLine(k + 2) && this.kind(k + 3) === TokenKind.LCurly);
    }
    return false;
  }

  private isFieldStart(k: number): boolean {
    return this.isWord(k) && this.kind(k + 1) === TokenKind.Colon;
  }

  private isBranchStart(k: number): boolean {
    const first = this.kind(k);
    if (first === TokenKind.LCurly || first === TokenKind.RCurly || first === TokenKind.EOF) return false;
    if (this.kind(k + 1) === TokenKind.Arrow) return true;
    return this.arrowAfter(k) > 0;
  }

  /**
   * Where the arrow of a branch of several atoms starting at k is (`amount < 250 GBP 30% -> pay`): after up to
   * MAX_BRANCH_ATOMS atoms on k's line, none of them a field start; -1 if there is none.
   */
  private arrowAfter(k: number): number {
    if (!isAtomKind(this.kind(k)) || this.kind(k) === TokenKind.Arrow || this.isFieldStart(k)) return -1;
    for (let j = k + 1; j <= k + MAX_BRANCH_ATOMS; j++) {
      const kind = this.kind(j);
      if (this.startsLine(j) || !isAtomKind(kind)) return -1;
      if (kind === TokenKind.Arrow) return j;
      if (this.isFieldStart(j)) return -1;
    }
    return -1;
  }

  private isItemStart(k: number): boolean {
    return this.isFieldStart(k) || this.isBlockHead(k) || this.kind(k) === TokenKind.End || this.isBranchStart(k);
  }

  private isValueStart(k: number): boolean {
    return isAtomKind(this.kind(k)) && !this.isFieldStart(k) && !(this.startsLine(k) && this.isItemStart(k));
  }

  // ---- node helpers ----

  private loc(start: number, end: number): Loc {
    return { file: this.fileName, start, end };
  }

  private tokLoc(k: number): Loc {
    return { file: this.fileName, start: this.starts[k]!, end: this.ends[k]! };
  }

  private atom(k: number): TokenAtom {
    const kind = this.kinds[k]!;
    const text = kind === TokenKind.String ? this.stream.stringValue(k) : this.stream.image(k);
    return new TokenAtom(atomType(kind), text, this.fileName, this.starts[k]!, this.ends[k]!);
  }

  // ---- grammar ----

  file(): { imports: ImportNode[]; blocks: BlockNode[] } {
    const imports: ImportNode[] = [];
    const blocks: BlockNode[] = [];
    while (this.p < this.count) {
      const k = this.p;
      if (this.kind(k) === TokenKind.Import && this.kind(k + 1) !== TokenKind.Colon && !this.isBlockHead(k)) imports.push(this.importDecl());
      else if (this.isBlockHead(k)) blocks.push(this.block(0));
      else throw giveUp;
    }
    return { imports, blocks };
  }

  private importDecl(): ImportNode {
    const kw = this.p++;
    const path = this.p;
    if (this.kind(path) !== TokenKind.String) throw giveUp;
    this.p++;
    return { type: 'import', path: this.stream.stringValue(path), pathLoc: this.tokLoc(path), loc: this.loc(this.starts[kw]!, this.ends[path]!) };
  }

  /** A block whose head the caller has checked with isBlockHead; `depth` counts the blocks around it. */
  private block(depth: number): BlockNode {
    const keyword = this.p++;
    let id = -1;
    let name = -1;
    if (this.isWord(this.p)) id = this.p++;
    if (this.kind(this.p) === TokenKind.String) name = this.p++;
    if (this.kind(this.p) !== TokenKind.LCurly || depth >= MAX_NESTING) throw giveUp;
    this.p++;
    const keywordText = this.stream.image(keyword);
    const items = this.body(keywordText, depth + 1);
    if (this.kind(this.p) !== TokenKind.RCurly) throw giveUp;
    const close = this.p++;
    return {
      type: 'block',
      keyword: keywordText,
      keywordLoc: this.tokLoc(keyword),
      id: id >= 0 ? this.stream.image(id) : undefined,
      idLoc: id >= 0 ? this.tokLoc(id) : undefined,
      name: name >= 0 ? this.stream.stringValue(name) : undefined,
      nameLoc: name >= 0 ? this.tokLoc(name) : undefined,
      items,
      loc: this.loc(this.starts[keyword]!, this.ends[close]!),
      closed: true,
    };
  }

  private body(kind: string, depth: number): ItemNode[] {
    const items: ItemNode[] = [];
    for (;;) {
      const k = this.p;
      const first = this.kind(k);
      if (first === TokenKind.RCurly || first === TokenKind.EOF) return items;
      const head = this.isBlockHead(k);
      // A block that cannot stand here means this block was left open: an error, so the recovering parser reports it.
      if (head && cannotNest(kind, this.stream.image(k))) throw giveUp;
      if (this.isFieldStart(k)) items.push(this.field());
      else if (head) items.push(this.block(depth));
      else if (this.isBranchStart(k)) items.push(this.branch());
      else if (first === TokenKind.End) items.push(this.flag());
      else throw giveUp;
    }
  }

  private flag(): FlagNode {
    const k = this.p++;
    return { type: 'flag', name: this.stream.image(k), loc: this.tokLoc(k) };
  }

  private field(): LeanField {
    const name = this.p;
    this.p += 2; // the name and ':'
    if (!this.isValueStart(this.p)) throw giveUp;
    const first = this.value();
    let values: ValueNode[] | undefined;
    while (this.kind(this.p) === TokenKind.Comma) {
      this.p++;
      if (!this.isValueStart(this.p)) throw giveUp;
      (values ??= [first]).push(this.value());
    }
    // the last value ends with the last token read
    return new LeanField(this.stream.image(name), values ?? first, this.fileName, this.starts[name]!, this.ends[name]!, this.ends[this.p - 1]!);
  }

  /** A value: its one atom, or a node over several (`80% in 20s`). */
  private value(): ValueNode {
    const first = this.atom(this.p++);
    let atoms: Atom[] | undefined;
    for (;;) {
      const k = this.p;
      const kind = this.kind(k);
      if (!isAtomKind(kind) || kind === TokenKind.End || this.startsLine(k) || this.isFieldStart(k)) break;
      if (this.isBlockHead(k) && isKnownKind(this.stream.image(k))) break;
      (atoms ??= [first]).push(this.atom(k));
      this.p++;
    }
    return atoms ? valueNode(atoms, this.fileName) : first;
  }

  private branch(): BranchNode {
    if (!isAtomKind(this.kind(this.p))) throw giveUp;
    const first = this.atom(this.p++);
    let cond: TokenAtom | TokenAtom[] = first;
    if (this.kind(this.p) !== TokenKind.Arrow) {
      const atoms = [first];
      while (this.kind(this.p) !== TokenKind.Arrow) atoms.push(this.atom(this.p++));
      cond = atoms;
    }
    this.p++; // '->', which isBranchStart saw
    if (!this.isWord(this.p) || this.isFieldStart(this.p)) throw giveUp;
    const target = this.atom(this.p++);
    return branchNode(cond, target, target.loc.end, this.fileName);
  }
}

function atomType(kind: number): AtomType {
  switch (kind) {
    case TokenKind.String:
      return 'string';
    case TokenKind.Number:
      return 'number';
    case TokenKind.Time:
      return 'time';
    case TokenKind.Operator:
      return 'op';
    case TokenKind.Slash:
      return 'slash';
    case TokenKind.Arrow:
      return 'arrow';
    default:
      return 'ident';
  }
}
