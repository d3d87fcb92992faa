import type { Diagnostic } from '@ccp/core';

/**
 * The kinds of token, as small numbers. The scanner writes them into typed arrays rather than one object per
 * token: at 100k steps a file set has 3.5 million tokens, and objects for them were a third of the run's garbage.
 * Chevrotain's token types (tokens.ts) are made from these only when a file needs the recovering parser.
 */
export const TokenKind = {
  EOF: 0,
  Identifier: 1,
  Import: 2,
  End: 3,
  Otherwise: 4,
  String: 5,
  Number: 6,
  Time: 7,
  Arrow: 8,
  Slash: 9,
  Operator: 10,
  LCurly: 11,
  RCurly: 12,
  Colon: 13,
  Comma: 14,
} as const;
export type TokenKind = (typeof TokenKind)[keyof typeof TokenKind];

/** A word: an identifier or a keyword (keywords can be ids wherever an id is expected). */
export function isWordKind(kind: number): boolean {
  return kind >= TokenKind.Identifier && kind <= TokenKind.Otherwise;
}

/** Any token that can be part of a field's value (Chevrotain's `AnyAtom` category). */
export function isAtomKind(kind: number): boolean {
  return kind >= TokenKind.Identifier && kind <= TokenKind.Operator;
}

/** A comment kept beside the tokens, for the formatter and hovers. */
export interface Comment {
  text: string;
  start: number;
  end: number;
  block: boolean;
}

/**
 * The tokens of one text, column-wise: kind, start and end offset, and whether the token is the first on its line.
 * Images are sliced from the text only when someone asks for them.
 */
export class TokenStream {
  count = 0;
  kinds: Uint8Array;
  starts: Int32Array;
  /** Offset just past each token. */
  ends: Int32Array;
  /** 1 when the token is the first on its line. */
  lineStarts: Uint8Array;
  /** For each token, the word's one string from the word table (word-table.ts), or undefined if not a word. */
  words: (string | undefined)[];
  /** Decoded values of the quoted texts whose value is not simply the text between their quotes. */
  readonly decoded = new Map<number, string>();
  readonly comments: Comment[] = [];
  readonly diagnostics: Diagnostic[] = [];

  constructor(readonly text: string) {
    const capacity = (text.length >> 3) + 16;
    this.kinds = new Uint8Array(capacity);
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    this.lineStarts = new Uint8Array(capacity);
    this.words = new Array<string | undefined>(capacity);
  }

  push(kind: TokenKind, start: number, end: number, lineStart: boolean): number {
    return this.pushWord(kind, start, end, lineStart, undefined);
  }

  /** Adds a token; `word` is the string of a word token (identifier or keyword). */
  pushWord(kind: TokenKind, start: number, end: number, lineStart: boolean, word: string | undefined): number {
    const i = this.count;
    if (i === this.kinds.length) this.grow();
    this.kinds[i] = kind;
    this.starts[i] = start;
    this.ends[i] = end;
    this.lineStarts[i] = lineStart ? 1 : 0;
    this.words[i] = word;
    this.count = i + 1;
    return i;
  }

  /** The kind of token i, or EOF past the end. */
  kind(i: number): number {
    return i < this.count ? this.kinds[i]! : TokenKind.EOF;
  }

  /** The source text of token i (for a word, the same string every time it is written). */
  image(i: number): string {
    return this.words[i] ?? this.text.slice(this.starts[i], this.ends[i]);
  }

  /** The decoded value of quoted text i. */
  stringValue(i: number): string {
    return this.decoded.get(i) ?? this.text.slice(this.starts[i]! + 1, this.ends[i]! - 1);
  }

  private grow(): void {
    const n = this.kinds.length * 2;
    const kinds = new Uint8Array(n);
    kinds.set(this.kinds);
    const starts = new Int32Array(n);
    starts.set(this.starts);
    const ends = new Int32Array(n);
    ends.set(this.ends);
    const lineStarts = new Uint8Array(n);
    lineStarts.set(this.lineStarts);
    this.kinds = kinds;
    this.starts = starts;
    this.ends = ends;
    this.lineStarts = lineStarts;
    const words = new Array<string | undefined>(n);
    for (let i = 0; i < this.count; i++) words[i] = this.words[i];
    this.words = words;
  }
}
