import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * No array of unbounded length is spread into function arguments. Each spread item becomes one argument on the
 * call stack, and past roughly 100,000 items (125,000 syntax errors, a 100k-row table) V8 throws "Maximum call
 * stack size exceeded": `diagnostics.push(...problems)` crashed `ccp check` that way. Use `pushAll`, `maxOf` and
 * `minOf` from @ccp/core instead.
 */

const root = join(import.meta.dirname, '..', '..');

/** Calls whose spread arguments go onto the stack. `.apply(x, list)` is matched only with two arguments (Function.prototype.apply). */
const CALLS = /(?:\.(?:push|unshift|splice)|\bMath\.(?:max|min|hypot)|\bString\.(?:fromCharCode|fromCodePoint))\s*\(|\.apply\s*\(/g;

/**
 * `file:line` of calls allowed to spread, each with why its array is provably tiny. Empty today; an entry needs a
 * comment saying why the array cannot grow with the input.
 */
const ALLOWED = new Set<string>([]);

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules') out.push(...[path].flatMap(sources));
    } else if (entry.name.endsWith('.ts') && !/\.(spec|generated|d)\.ts$/.test(entry.name)) out.push(path);
  }
  return out;
}

/**
 * The text with the contents of strings, template literals and comments blanked out (same length, same lines), so
 * that neither a call written in a string nor one in a comment counts, and their brackets do not unbalance a call.
 */
function codeOnly(text: string): string {
  const out = text.split('');
  const blank = (from: number, to: number) => {
    for (let j = from; j < to; j++) if (out[j] !== '\n') out[j] = ' ';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"' || c === "'" || c === '`') {
      const start = i;
      for (i++; i < text.length && text[i] !== c; i++) if (text[i] === '\\') i++;
      blank(start + 1, i);
    } else if (c === '/' && text[i + 1] === '/') {
      const start = i;
      while (i < text.length && text[i] !== '\n') i++;
      blank(start, i);
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end < 0 ? text.length : end + 2;
      blank(i, stop);
      i = stop - 1;
    }
  }
  return out.join('');
}

/** The argument text of the call whose `(` is at `open` in code-only text, or undefined if unbalanced. */
function argumentsAt(code: string, open: number): string | undefined {
  let depth = 0;
  for (let i = open; i < code.length; i++) {
    const c = code[i]!;
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      depth--;
      if (depth === 0) return code.slice(open + 1, i);
    }
  }
  return undefined;
}

/** True when `args` has `...` at its top level (not inside a nested array, object or call). */
function spreadsAtTop(args: string): boolean {
  let depth = 0;
  for (let i = 0; i < args.length; i++) {
    const c = args[i]!;
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    else if (depth === 0 && args.startsWith('...', i)) return true;
  }
  return false;
}

/** Top-level comma count + 1: the number of arguments. */
function argumentCount(args: string): number {
  let depth = 0;
  let n = args.trim() ? 1 : 0;
  for (const c of args) {
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    else if (c === ',' && depth === 0) n++;
  }
  return n;
}

function spreadCalls(files: string[]): string[] {
  const hits: string[] = [];
  for (const file of files) {
    const code = codeOnly(readFileSync(file, 'utf8'));
    for (const m of code.matchAll(CALLS)) {
      const open = m.index + m[0].length - 1;
      const args = argumentsAt(code, open);
      if (args === undefined) continue;
      const bad = m[0].startsWith('.apply') ? argumentCount(args) === 2 : spreadsAtTop(args);
      if (!bad) continue;
      const at = `${relative(root, file)}:${code.slice(0, m.index).split('\n').length}`;
      const from = m.index - (/[\w$.]*$/.exec(code.slice(Math.max(0, m.index - 80), m.index))?.[0].length ?? 0);
      const call = code.slice(from, open + 2 + args.length).replace(/\s+/g, ' ');
      if (!ALLOWED.has(at)) hits.push(`${at}: ${call.length > 100 ? `${call.slice(0, 97)}...` : call}`);
    }
  }
  return hits;
}

describe('no spread of arrays into function arguments', () => {
  it('finds none in packages/*/src', () => {
    const files = readdirSync(join(root, 'packages')).flatMap((p) => {
      try {
        return sources(join(root, 'packages', p, 'src'));
      } catch {
        return [];
      }
    });
    expect(files.length).toBeGreaterThan(100);
    expect(spreadCalls(files)).toEqual([]);
  });

  it('the scan catches each form it looks for, and not a method named apply', () => {
    const sample = join(root, 'test', 'hardening', 'support', 'spread-sample.txt');
    expect(spreadCalls([sample]).map((h) => h.replace(/^\S+: /, ''))).toEqual([
      'diagnostics.push(...problems)',
      'out.push(first, ...rest)',
      'Math.max(...widths)',
      'Math.min( ...gaps.map((g) => g.size))',
      'String.fromCharCode(...codes)',
      'fn.apply(null, args)',
      'list.splice(0, 0, ...more)',
    ]);
  });
});
