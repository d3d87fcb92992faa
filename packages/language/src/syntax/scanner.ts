import type { IToken, TokenType } from 'chevrotain';
import { Codes, type Diagnostic } from '@ccp/core';
import {
  Arrow,
  Colon,
  Comma,
  Identifier,
  keywordTokens,
  LCurly,
  NumberLiteral,
  Operator,
  RCurly,
  Slash,
  StringLiteral,
  TimeLiteral,
} from './tokens.js';

/** A comment kept beside the tokens, for the formatter and hovers. */
export interface Comment {
  text: string;
  start: number;
  end: number;
  block: boolean;
}

export interface ScanResult {
  tokens: IToken[];
  comments: Comment[];
  diagnostics: Diagnostic[];
}

const letterRe = /[\p{L}\p{M}]/u;
const idPartRe = /[\p{L}\p{M}\p{N}]/u;

function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isIdStart(text: string, i: number, c: number): boolean {
  if (isAsciiLetter(c) || c === 95) return true;
  return c > 127 && letterRe.test(String.fromCodePoint(text.codePointAt(i)!));
}
function isIdPart(text: string, i: number, c: number): boolean {
  if (isAsciiLetter(c) || isDigit(c) || c === 95) return true;
  if (c === 45) return text.charCodeAt(i + 1) !== 62; // '-' but not '->'
  return c > 127 && idPartRe.test(String.fromCodePoint(text.codePointAt(i)!));
}

/** A token; `nl` marks the first token of a line (set by the scanner loop). */
type ScannedToken = IToken & { nl: boolean };

function token(tokenType: TokenType, image: string, start: number, payload?: unknown): ScannedToken {
  // Every field, `nl` included, is set here so that all tokens share one shape (adding `nl` later gave them two,
  // and an extra property store to allocate).
  return {
    image,
    startOffset: start,
    endOffset: start + image.length - 1,
    tokenType,
    tokenTypeIdx: tokenType.tokenTypeIdx!,
    startLine: NaN,
    startColumn: NaN,
    endLine: NaN,
    endColumn: NaN,
    payload,
    nl: false,
  };
}

const escapes: Record<string, string> = { n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\' };

/**
 * Turns text into tokens, tracking offsets only (lines and columns are derived when a diagnostic is shown).
 * Hand-written rather than Chevrotain's regex lexer: at 100k steps it is several times faster, and it gives
 * plain-language errors. It never throws; bad characters become diagnostics and are skipped.
 */
export function scan(text: string, file: string): ScanResult {
  const tokens: IToken[] = [];
  const comments: Comment[] = [];
  const diagnostics: Diagnostic[] = [];
  const n = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let nl = true;
  const push = (t: ScannedToken) => {
    t.nl = nl;
    nl = false;
    tokens.push(t);
  };
  const error = (code: string, message: string, start: number, end: number) =>
    diagnostics.push({ code, severity: 'error', message, loc: { file, start, end } });

  while (i < n) {
    const c = text.charCodeAt(i);
    // white space, including CR/LF and the no-break space
    if (c === 32 || c === 10 || c === 13 || c === 9 || c === 12 || c === 0xa0 || c === 0xfeff) {
      if (c === 10 || c === 13) nl = true;
      i++;
      continue;
    }
    const start = i;
    if (c === 47 /* / */) {
      const d = text.charCodeAt(i + 1);
      if (d === 47) {
        let j = i + 2;
        while (j < n && text.charCodeAt(j) !== 10 && text.charCodeAt(j) !== 13) j++;
        comments.push({ text: text.slice(i, j), start: i, end: j, block: false });
        i = j;
        continue;
      }
      if (d === 42) {
        const close = text.indexOf('*/', i + 2);
        const j = close < 0 ? n : close + 2;
        if (close < 0) error(Codes.unterminatedComment, 'This comment is never closed: add */ to end it.', i, i + 2);
        comments.push({ text: text.slice(i, j), start: i, end: j, block: true });
        i = j;
        continue;
      }
      push(token(Slash, '/', i));
      i++;
      continue;
    }
    if (isIdStart(text, i, c)) {
      let j = i + (c > 0xffff || (c >= 0xd800 && c <= 0xdbff) ? 2 : 1);
      while (j < n) {
        const d = text.charCodeAt(j);
        if (!isIdPart(text, j, d)) break;
        j += d >= 0xd800 && d <= 0xdbff ? 2 : 1;
      }
      const image = text.slice(i, j);
      push(token(keywordTokens.get(image) ?? Identifier, image, i));
      i = j;
      continue;
    }
    if (isDigit(c) || ((c === 43 || c === 45) && isDigit(text.charCodeAt(i + 1)))) {
      // time of day: 8:00 or 08:00
      if (isDigit(c)) {
        let k = i;
        while (k < n && isDigit(text.charCodeAt(k))) k++;
        if (
          k - i <= 2 &&
          text.charCodeAt(k) === 58 &&
          isDigit(text.charCodeAt(k + 1)) &&
          isDigit(text.charCodeAt(k + 2)) &&
          !isDigit(text.charCodeAt(k + 3))
        ) {
          push(token(TimeLiteral, text.slice(i, k + 3), i));
          i = k + 3;
          continue;
        }
      }
      let j = i + 1;
      while (j < n && isDigit(text.charCodeAt(j))) j++;
      if (text.charCodeAt(j) === 46 && isDigit(text.charCodeAt(j + 1))) {
        j += 2;
        while (j < n && isDigit(text.charCodeAt(j))) j++;
      }
      if (text.charCodeAt(j) === 37) j++;
      else {
        // units glued to the number, possibly repeated: 1h30m
        while (j < n && isAsciiLetter(text.charCodeAt(j))) {
          while (j < n && isAsciiLetter(text.charCodeAt(j))) j++;
          let k = j;
          while (k < n && isDigit(text.charCodeAt(k))) k++;
          if (k > j && isAsciiLetter(text.charCodeAt(k))) j = k;
          else break;
        }
      }
      push(token(NumberLiteral, text.slice(i, j), i));
      i = j;
      continue;
    }
    if (c === 34 /* " */) {
      const triple = text.startsWith('"""', i);
      let value = '';
      let j = i + (triple ? 3 : 1);
      let closed = false;
      let segment = j;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (triple) {
          if (d === 34 && text.startsWith('"""', j)) {
            value += text.slice(segment, j);
            j += 3;
            closed = true;
            break;
          }
          j++;
          continue;
        }
        if (d === 34) {
          value += text.slice(segment, j);
          j++;
          closed = true;
          break;
        }
        if (d === 10 || d === 13) break;
        if (d === 92 /* \ */) {
          value += text.slice(segment, j);
          const e = text[j + 1] ?? '';
          value += escapes[e] ?? e;
          j += 2;
          segment = j;
          continue;
        }
        j++;
      }
      if (!closed) {
        value += text.slice(segment, Math.min(j, n));
        error(
          Codes.unterminatedString,
          triple
            ? 'This text is never closed: add """ to end it.'
            : 'This text is never closed: add " before the end of the line (use """ for text over several lines).',
          i,
          Math.min(j, n),
        );
      }
      if (triple) value = dedent(value);
      push(token(StringLiteral, text.slice(i, Math.min(j, n)), i, value));
      i = Math.min(j, n);
      continue;
    }
    switch (c) {
      case 123:
        push(token(LCurly, '{', i));
        i++;
        continue;
      case 125:
        push(token(RCurly, '}', i));
        i++;
        continue;
      case 58:
        push(token(Colon, ':', i));
        i++;
        continue;
      case 44:
      case 59: // ';' separates values like ','
        push(token(Comma, text[i]!, i));
        i++;
        continue;
      case 45:
        if (text.charCodeAt(i + 1) === 62) {
          push(token(Arrow, '->', i));
          i += 2;
          continue;
        }
        break;
      case 60:
      case 62: {
        const image = text.charCodeAt(i + 1) === 61 ? text.slice(i, i + 2) : text[i]!;
        push(token(Operator, image, i));
        i += image.length;
        continue;
      }
      case 61:
        push(token(Operator, '=', i));
        i++;
        continue;
      case 0x2192: // → as an arrow
        push(token(Arrow, '→', i));
        i++;
        continue;
    }
    // Unknown character: report a run of them once.
    let j = i + 1;
    while (j < n && !isKnownStart(text, j)) j++;
    const bad = text.slice(start, Math.min(j, start + 20));
    error(Codes.unexpectedCharacter, `Unexpected character ${JSON.stringify(bad)}; it is not part of the language.`, start, j);
    i = j;
  }
  return { tokens, comments, diagnostics };
}

function isKnownStart(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 32 || c === 10 || c === 13 || c === 9) return true;
  if (isIdStart(text, i, c) || isDigit(c)) return true;
  return '{}:,;"/<>=-'.includes(text[i]!) || c === 0x2192;
}

/** Removes the common indentation of a triple-quoted text and its first and last blank lines. */
function dedent(value: string): string {
  const lines = value.replace(/\r\n?/g, '\n').split('\n');
  if (lines.length && lines[0]!.trim() === '') lines.shift();
  if (lines.length && lines[lines.length - 1]!.trim() === '') lines.pop();
  let indent = Infinity;
  for (const line of lines) {
    if (line.trim() === '') continue;
    indent = Math.min(indent, line.length - line.trimStart().length);
  }
  if (!Number.isFinite(indent)) indent = 0;
  return lines.map((l) => l.slice(indent)).join('\n');
}
