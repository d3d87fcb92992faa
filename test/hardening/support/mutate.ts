import fc from 'fast-check';

/**
 * Mutations of a valid .ccp text, as plain data (so fast-check can shrink and print them): character and token
 * edits, hostile insertions (braces, quotes, Unicode, NUL, lone surrogates, BOM, CR), and truncation. Positions are
 * fractions of the text length so one mutation applies to any seed.
 */
export type Mutation =
  | { op: 'insert'; at: number; text: string }
  | { op: 'delete'; at: number; length: number }
  | { op: 'replace'; at: number; length: number; text: string }
  | { op: 'duplicate'; at: number; length: number }
  | { op: 'swapTokens'; a: number; b: number }
  | { op: 'deleteToken'; at: number }
  | { op: 'duplicateToken'; at: number }
  | { op: 'replaceToken'; at: number; text: string }
  | { op: 'truncate'; at: number };

/** Characters and fragments that stress the scanner, the parser's recovery and every escaper downstream. */
export const hostile = [
  '{', '}', '{{', '}}', '"', "'", '`', ':', ',', '->', '/*', '*/', '//', '\n', '\r', '\r\n', '\t', '\u0000', '\u0001',
  '\ufeff', '\u2028', '\u202e', '\ud800', '\udc00', '😀', 'ł', 'ß', 'İ', '\u0301', '%', '%%{init: {}}%%', '<script>',
  '</', '&', '=', '+', '-', '@', '#', '$', '\\', '|', '[', ']', '(', ')', '<', '>', ';', '100000000000000000000',
  '-1', '1e999', 'NaN', '0x10', '999999999%', '9999d', 'import "../../etc/passwd"', 'import "x.ccp"', 'import ""',
  'process', 'step', 'role', 'decide', 'otherwise', 'end', 'next', 'by', 'group', 'project', 'function', '__proto__',
  'constructor', 'toString', 'hasOwnProperty',
];

/** Words a token is replaced by: the language's keywords and fields, and keys every JavaScript object has. */
const words = [
  'process', 'step', 'role', 'system', 'data', 'channel', 'touchpoint', 'function', 'kpi', 'persona', 'stage', 'scenario',
  'project', 'decide', 'otherwise', 'end', 'next', 'by', 'uses', 'reads', 'writes', 'owner', 'import', 'group',
  '__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty', 'prototype', 'then', 'length',
];

const position = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });
const smallLength = fc.integer({ min: 1, max: 40 });
const junk = fc.oneof(
  fc.constantFrom(...hostile),
  fc.string({ maxLength: 8 }),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
  fc.string({ unit: 'binary', maxLength: 4 }),
);

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  { arbitrary: fc.record({ op: fc.constant('insert' as const), at: position, text: junk }), weight: 4 },
  { arbitrary: fc.record({ op: fc.constant('delete' as const), at: position, length: smallLength }), weight: 2 },
  { arbitrary: fc.record({ op: fc.constant('replace' as const), at: position, length: smallLength, text: junk }), weight: 2 },
  { arbitrary: fc.record({ op: fc.constant('duplicate' as const), at: position, length: fc.integer({ min: 1, max: 400 }) }), weight: 1 },
  { arbitrary: fc.record({ op: fc.constant('swapTokens' as const), a: position, b: position }), weight: 2 },
  { arbitrary: fc.record({ op: fc.constant('deleteToken' as const), at: position }), weight: 2 },
  { arbitrary: fc.record({ op: fc.constant('duplicateToken' as const), at: position }), weight: 1 },
  { arbitrary: fc.record({ op: fc.constant('replaceToken' as const), at: position, text: fc.constantFrom(...words) }), weight: 2 },
  { arbitrary: fc.record({ op: fc.constant('truncate' as const), at: position }), weight: 1 },
);

/** One to five mutations in a row. */
export const mutationsArb = fc.array(mutationArb, { minLength: 1, maxLength: 5 });

const tokenPattern = /\s+|"(?:[^"\\\n]|\\.)*"?|[\p{L}\p{N}_][\p{L}\p{N}_\-]*|->|\/\/[^\n]*|\/\*|\*\/|./gsu;

function tokens(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const m of text.matchAll(tokenPattern)) if (!/^\s+$/.test(m[0])) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

const at = (text: string, f: number) => Math.floor(f * (text.length + 1));

export function applyMutation(text: string, m: Mutation): string {
  switch (m.op) {
    case 'insert': {
      const i = at(text, m.at);
      return text.slice(0, i) + m.text + text.slice(i);
    }
    case 'delete': {
      const i = at(text, m.at);
      return text.slice(0, i) + text.slice(i + m.length);
    }
    case 'replace': {
      const i = at(text, m.at);
      return text.slice(0, i) + m.text + text.slice(i + m.length);
    }
    case 'duplicate': {
      const i = at(text, m.at);
      const piece = text.slice(i, i + m.length);
      return text.slice(0, i) + piece + piece + text.slice(i + m.length);
    }
    case 'truncate':
      return text.slice(0, at(text, m.at));
    default: {
      const list = tokens(text);
      if (list.length === 0) return text;
      const pick = (f: number) => list[Math.min(list.length - 1, Math.floor(f * list.length))]!;
      if (m.op === 'deleteToken') {
        const t = pick(m.at);
        return text.slice(0, t.start) + text.slice(t.end);
      }
      if (m.op === 'replaceToken') {
        const t = pick(m.at);
        return text.slice(0, t.start) + m.text + text.slice(t.end);
      }
      if (m.op === 'duplicateToken') {
        const t = pick(m.at);
        return text.slice(0, t.end) + ' ' + text.slice(t.start, t.end) + text.slice(t.end);
      }
      let [a, b] = [pick(m.a), pick(m.b)];
      if (a.start === b.start) return text;
      if (a.start > b.start) [a, b] = [b, a];
      return text.slice(0, a.start) + text.slice(b.start, b.end) + text.slice(a.end, b.start) + text.slice(a.start, a.end) + text.slice(b.end);
    }
  }
}

export function mutate(text: string, ms: Mutation[]): string {
  return ms.reduce(applyMutation, text);
}

/** Random text from the language's own vocabulary plus junk: reaches deeper into the parser than random bytes. */
export const tokenSoupArb: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { arbitrary: fc.constantFrom(...hostile), weight: 3 },
      { arbitrary: fc.constantFrom('agent', 'crm', 'customer', 'p', 'a', 'b', '"Name"', '"x"', '12', '80% in 20s', '6m', '1200/day', 'must', 'nice', 'read', 'write', 'channel:', 'owner:', 'uses:', 'reads:'), weight: 3 },
      { arbitrary: fc.string({ maxLength: 5 }), weight: 1 },
    ),
    { maxLength: 80 },
  )
  .map((parts) => parts.join(' '));
