import type { TokenType } from 'chevrotain';
import { chevrotain } from './chevrotain-runtime.js';

const { createToken, Lexer } = chevrotain;

/**
 * Token types, in one module. The scanner (scanner.ts) produces them; the patterns here only document the shape
 * and satisfy Chevrotain's self-analysis. Keywords are categorised as `Identifier`, so `end` or `import` can still
 * be used as ids where an id is expected.
 */
/** Any token that can be part of a field's value: one category, so the parser matches it in one step. */
export const AnyAtom = createToken({ name: 'AnyAtom', pattern: Lexer.NA, label: 'a value' });
export const Identifier = createToken({ name: 'Identifier', pattern: Lexer.NA, categories: [AnyAtom], label: 'a name' });
export const Import = createToken({ name: 'Import', pattern: Lexer.NA, categories: [Identifier], label: "'import'" });
export const End = createToken({ name: 'End', pattern: Lexer.NA, categories: [Identifier], label: "'end'" });
export const Otherwise = createToken({
  name: 'Otherwise',
  pattern: Lexer.NA,
  categories: [Identifier],
  label: "'otherwise'",
});
export const StringLiteral = createToken({ name: 'StringLiteral', pattern: Lexer.NA, categories: [AnyAtom], label: 'a quoted text' });
/** A number with an optional unit or percent sign glued to it: `12`, `6m`, `1h30m`, `80%`, `+20%`, `1.5`. */
export const NumberLiteral = createToken({ name: 'NumberLiteral', pattern: Lexer.NA, categories: [AnyAtom], label: 'a number' });
/** A time of day, `08:00`. */
export const TimeLiteral = createToken({ name: 'TimeLiteral', pattern: Lexer.NA, categories: [AnyAtom], label: 'a time' });
export const LCurly = createToken({ name: 'LCurly', pattern: Lexer.NA, label: "'{'" });
export const RCurly = createToken({ name: 'RCurly', pattern: Lexer.NA, label: "'}'" });
export const Colon = createToken({ name: 'Colon', pattern: Lexer.NA, label: "':'" });
export const Comma = createToken({ name: 'Comma', pattern: Lexer.NA, label: "','" });
export const Arrow = createToken({ name: 'Arrow', pattern: Lexer.NA, categories: [AnyAtom], label: "'->'" });
export const Slash = createToken({ name: 'Slash', pattern: Lexer.NA, categories: [AnyAtom], label: "'/'" });
/** Comparison operators: `<=`, `>=`, `<`, `>`, `=`. */
export const Operator = createToken({ name: 'Operator', pattern: Lexer.NA, categories: [AnyAtom], label: 'a comparison' });

export const allTokens: TokenType[] = [
  AnyAtom,
  Import,
  End,
  Otherwise,
  Identifier,
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
];

/** Words that get their own token type; everything else that looks like a word is an Identifier. */
export const keywordTokens: ReadonlyMap<string, TokenType> = new Map([
  ['import', Import],
  ['end', End],
  ['otherwise', Otherwise],
]);
