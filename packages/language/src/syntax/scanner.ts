import { Codes, say, type Diagnostic, type Said } from '@ccp/core';
import { TokenKind, TokenStream, type Comment } from './token-stream.js';
import { HASH_SEED, hashStep, internWord } from './word-table.js';

export type { Comment } from './token-stream.js';

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

const escapes: Record<string, string> = { n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\' };

/**
 * Turns text into tokens, tracking offsets only (lines and columns are derived when a diagnostic is shown).
 * Hand-written rather than Chevrotain's regex lexer: at 100k steps it is several times faster, and it gives
 * plain-language errors. It never throws; bad characters become diagnostics and are skipped. Tokens go into the
 * typed arrays of a TokenStream, not into one object each.
 */
export function scanTokens(text: string, file: string): TokenStream {
  const out = new TokenStream(text);
  const { comments, diagnostics } = out;
  const n = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let nl = true;
  const error = (code: string, said: Said, start: number, end: number) =>
    diagnostics.push({ code, severity: 'error', message: said.message, loc: { file, start, end }, text: said.text });

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
        if (close < 0) error(Codes.unterminatedComment, say('unterminatedComment'), i, i + 2);
        comments.push({ text: text.slice(i, j), start: i, end: j, block: true });
        i = j;
        continue;
      }
      out.push(TokenKind.Slash, i, i + 1, nl);
      nl = false;
      i++;
      continue;
    }
    if (isIdStart(text, i, c)) {
      // the word's hash is folded in as it is read, for the word table (a surrogate pair is two characters)
      let hash = hashStep(HASH_SEED, c);
      let wide = c > 127;
      let j = i + 1;
      if (c >= 0xd800 && c <= 0xdbff) hash = hashStep(hash, text.charCodeAt(j++));
      while (j < n) {
        const d = text.charCodeAt(j);
        if (!isIdPart(text, j, d)) break;
        hash = hashStep(hash, d);
        if (d > 127) wide = true;
        j++;
        if (d >= 0xd800 && d <= 0xdbff) hash = hashStep(hash, text.charCodeAt(j++));
      }
      let word = internWord(text, i, j, hash);
      // NFC: an id typed in decomposed form (NFD 'podgląd', as some editors and macOS file names produce) is the
      // same id as the composed one
      if (wide) word = nfc(word);
      out.pushWord(wordKind(text, i, j - i), i, j, nl, word);
      nl = false;
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
          out.push(TokenKind.Time, i, k + 3, nl);
          nl = false;
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
      out.push(TokenKind.Number, i, j, nl);
      nl = false;
      i = j;
      continue;
    }
    if (c === 34 /* " */) {
      i = scanString(text, i, out, nl, error);
      nl = false;
      continue;
    }
    let kind: TokenKind | undefined;
    let length = 1;
    switch (c) {
      case 123:
        kind = TokenKind.LCurly;
        break;
      case 125:
        kind = TokenKind.RCurly;
        break;
      case 58:
        kind = TokenKind.Colon;
        break;
      case 44:
      case 59: // ';' separates values like ','
        kind = TokenKind.Comma;
        break;
      case 45:
        if (text.charCodeAt(i + 1) === 62) {
          kind = TokenKind.Arrow;
          length = 2;
        }
        break;
      case 60:
      case 62:
        kind = TokenKind.Operator;
        length = text.charCodeAt(i + 1) === 61 ? 2 : 1;
        break;
      case 61:
        kind = TokenKind.Operator;
        break;
      case 0x2192: // → as an arrow
        kind = TokenKind.Arrow;
        break;
      case 0x24: // $
      case 0xa3: // £
      case 0x20ac: // €
        // a currency symbol is a word of its own, before or after an amount: £19/h, 45 €
        out.pushWord(TokenKind.Identifier, i, i + 1, nl, internWord(text, i, i + 1, hashStep(HASH_SEED, c)));
        nl = false;
        i++;
        continue;
    }
    if (kind !== undefined) {
      out.push(kind, i, i + length, nl);
      nl = false;
      i += length;
      continue;
    }
    // Unknown character: report a run of them once.
    let j = i + 1;
    while (j < n && !isKnownStart(text, j)) j++;
    const bad = text.slice(start, Math.min(j, start + 20));
    error(Codes.unexpectedCharacter, say('unexpectedCharacter', { text: bad }), start, j);
    i = j;
  }
  return out;
}

/** The text in Unicode normalisation form C (composed), the same string when it already is. */
function nfc(text: string): string {
  const composed = text.normalize('NFC');
  return composed === text ? text : composed;
}

/** `import`, `end` and `otherwise` are keywords; every other word is an identifier. */
function wordKind(text: string, i: number, length: number): TokenKind {
  if (length === 3 && text.startsWith('end', i)) return TokenKind.End;
  if (length === 6 && text.startsWith('import', i)) return TokenKind.Import;
  if (length === 9 && text.startsWith('otherwise', i)) return TokenKind.Otherwise;
  return TokenKind.Identifier;
}

/**
 * Scans a quoted text starting at `i` (`"..."` on one line, or `"""..."""` over several) and returns the offset
 * after it. The decoded value is stored only when it differs from the text between the quotes.
 */
function scanString(
  text: string,
  i: number,
  out: TokenStream,
  nl: boolean,
  error: (code: string, said: Said, start: number, end: number) => void,
): number {
  const n = text.length;
  const triple = text.startsWith('"""', i);
  let value = '';
  let escaped = false;
  let j = i + (triple ? 3 : 1);
  let closed = false;
  let segment = j;
  let wide = false;
  while (j < n) {
    const d = text.charCodeAt(j);
    if (d > 127) wide = true;
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
      if (escaped) value += text.slice(segment, j);
      j++;
      closed = true;
      break;
    }
    if (d === 10 || d === 13) break;
    if (d === 92 /* \ */) {
      escaped = true;
      value += text.slice(segment, j);
      const e = text[j + 1] ?? '';
      value += escapes[e] ?? e;
      j += 2;
      segment = j;
      continue;
    }
    j++;
  }
  const end = Math.min(j, n);
  if (!closed) {
    value += text.slice(segment, end);
    error(
      Codes.unterminatedString,
      say('unterminatedString', { triple }),
      i,
      end,
    );
  }
  const index = out.push(TokenKind.String, i, end, nl);
  if (triple) out.decoded.set(index, nfc(dedent(value)));
  else if (escaped || !closed) out.decoded.set(index, nfc(value));
  else if (wide) {
    const raw = text.slice(i + 1, end - 1);
    const composed = nfc(raw);
    if (composed !== raw) out.decoded.set(index, composed);
  }
  return end;
}

/** A token as an object, for tools that walk a few tokens (completion, the formatter); the parser reads the stream. */
export interface Token {
  kind: TokenKind;
  /** The source text of the token. */
  image: string;
  startOffset: number;
  /** Offset just past the token. */
  end: number;
  /** True when the token is the first on its line. */
  nl: boolean;
}

export interface ScanResult {
  tokens: Token[];
  comments: Comment[];
  diagnostics: Diagnostic[];
}

/** Scans a text into token objects. */
export function scan(text: string, file: string): ScanResult {
  const s = scanTokens(text, file);
  const tokens: Token[] = [];
  for (let i = 0; i < s.count; i++) {
    tokens.push({ kind: s.kinds[i] as TokenKind, image: s.image(i), startOffset: s.starts[i]!, end: s.ends[i]!, nl: s.lineStarts[i] === 1 });
  }
  return { tokens, comments: s.comments, diagnostics: s.diagnostics };
}

function isKnownStart(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 32 || c === 10 || c === 13 || c === 9) return true;
  if (isIdStart(text, i, c) || isDigit(c)) return true;
  return '{}:,;"/<>=-$£€'.includes(text[i]!) || c === 0x2192;
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
