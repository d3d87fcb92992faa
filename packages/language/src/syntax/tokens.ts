import type { TokenType } from 'chevrotain';
import { loadChevrotain } from './chevrotain-runtime.js';
import { TokenKind } from './token-stream.js';

/**
 * Chevrotain's token types, made on first use (the recovering parser is loaded only for files with errors). The
 * scanner (scanner.ts) produces TokenKinds; `byKind` maps them to these types. Keywords are categorised as
 * `Identifier`, so `end` or `import` can still be used as ids where an id is expected.
 */
export interface ChevrotainTokens {
  /** Any token that can be part of a field's value: one category, so the parser matches it in one step. */
  AnyAtom: TokenType;
  Identifier: TokenType;
  Import: TokenType;
  End: TokenType;
  Otherwise: TokenType;
  StringLiteral: TokenType;
  /** A number with an optional unit or percent sign glued to it: `12`, `6m`, `1h30m`, `80%`, `+20%`, `1.5`. */
  NumberLiteral: TokenType;
  /** A time of day, `08:00`. */
  TimeLiteral: TokenType;
  LCurly: TokenType;
  RCurly: TokenType;
  Colon: TokenType;
  Comma: TokenType;
  Arrow: TokenType;
  Slash: TokenType;
  /** Comparison operators: `<=`, `>=`, `<`, `>`, `=`. */
  Operator: TokenType;
  allTokens: TokenType[];
  /** The token type of each TokenKind. */
  byKind: TokenType[];
}

let made: ChevrotainTokens | undefined;

export function chevrotainTokens(): ChevrotainTokens {
  if (made) return made;
  const { createToken, Lexer } = loadChevrotain();
  const token = (name: string, label: string, categories: TokenType[] = []) =>
    createToken({ name, pattern: Lexer.NA, label, categories });
  const AnyAtom = token('AnyAtom', 'a value');
  const Identifier = token('Identifier', 'a name', [AnyAtom]);
  const Import = token('Import', "'import'", [Identifier]);
  const End = token('End', "'end'", [Identifier]);
  const Otherwise = token('Otherwise', "'otherwise'", [Identifier]);
  const StringLiteral = token('StringLiteral', 'a quoted text', [AnyAtom]);
  const NumberLiteral = token('NumberLiteral', 'a number', [AnyAtom]);
  const TimeLiteral = token('TimeLiteral', 'a time', [AnyAtom]);
  const LCurly = token('LCurly', "'{'");
  const RCurly = token('RCurly', "'}'");
  const Colon = token('Colon', "':'");
  const Comma = token('Comma', "','");
  const Arrow = token('Arrow', "'->'", [AnyAtom]);
  const Slash = token('Slash', "'/'", [AnyAtom]);
  const Operator = token('Operator', 'a comparison', [AnyAtom]);
  const byKind: TokenType[] = [];
  byKind[TokenKind.EOF] = AnyAtom; // never used: the stream has no EOF token
  byKind[TokenKind.Identifier] = Identifier;
  byKind[TokenKind.Import] = Import;
  byKind[TokenKind.End] = End;
  byKind[TokenKind.Otherwise] = Otherwise;
  byKind[TokenKind.String] = StringLiteral;
  byKind[TokenKind.Number] = NumberLiteral;
  byKind[TokenKind.Time] = TimeLiteral;
  byKind[TokenKind.Arrow] = Arrow;
  byKind[TokenKind.Slash] = Slash;
  byKind[TokenKind.Operator] = Operator;
  byKind[TokenKind.LCurly] = LCurly;
  byKind[TokenKind.RCurly] = RCurly;
  byKind[TokenKind.Colon] = Colon;
  byKind[TokenKind.Comma] = Comma;
  made = {
    AnyAtom,
    Identifier,
    Import,
    End,
    Otherwise,
    StringLiteral,
    NumberLiteral,
    TimeLiteral,
    LCurly,
    RCurly,
    Colon,
    Comma,
    Arrow,
    Slash,
    Operator,
    allTokens: [AnyAtom, Import, End, Otherwise, Identifier, StringLiteral, NumberLiteral, TimeLiteral, LCurly, RCurly, Colon, Comma, Arrow, Slash, Operator],
    byKind,
  };
  return made;
}
