import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFile, plainSyntax, type ParsedFile } from '@ccp/language';
import { reparse } from '@ccp/lsp';
import { repoRoot } from '../support/paths.js';

/**
 * A parse read through the syntax interfaces, positions included: the spliced parse may mix nodes of both parsers
 * (lean-nodes.ts for the fast path, plain objects for Chevrotain's) where a full parse has one kind.
 */
function plain(parsed: ParsedFile) {
  const { file, comments } = parsed.syntax;
  return { file, comments, tree: plainSyntax(parsed.syntax), diagnostics: parsed.diagnostics };
}

function ccpFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...ccpFiles(path));
    else if (name.endsWith('.ccp')) out.push(path);
  }
  return out;
}

const sources = ccpFiles(join(repoRoot, 'examples')).map((f) => readFileSync(f, 'utf8'));

/** Text an editor might type: words, punctuation that changes structure, quotes and comment markers. */
const typed = fc.oneof(
  fc.constantFrom('a', 'x_1', ' ', '\n', ':', ',', '{', '}', '"', '"""', '//', '/*', '*/', '->', 'step s {', 'role r {}', '\n}\n', 'end', 'by: agent'),
  fc.string({ maxLength: 6 }),
);

/** Where to edit: anywhere, or right around a closing brace, where one declaration ends and the next begins. */
const place = fc.oneof(
  fc.double({ min: 0, max: 1, noNaN: true }).map((at) => (text: string) => Math.floor(at * text.length)),
  fc.tuple(fc.nat(), fc.integer({ min: -1, max: 2 })).map(([k, d]) => (text: string) => {
    const braces = [...text.matchAll(/\}/g)].map((m) => m.index);
    return Math.max(0, Math.min(text.length, (braces[k % Math.max(1, braces.length)] ?? 0) + d));
  }),
);

const edit = fc
  .tuple(fc.nat({ max: sources.length - 1 }), place, fc.nat({ max: 12 }), fc.array(typed, { maxLength: 3 }))
  .map(([i, at, length, inserted]) => {
    const text = sources[i]!;
    const start = at(text);
    return { before: text, after: text.slice(0, start) + inserted.join('') + text.slice(start + length) };
  });

describe('incremental re-parsing', () => {
  it('has example files to edit', () => expect(sources.length).toBeGreaterThan(0));

  it('gives exactly the full parse, positions included, or declines', () => {
    let used = 0;
    fc.assert(
      fc.property(edit, fc.boolean(), ({ before, after }, twice) => {
        let old = { text: before, parsed: parseFile(before, 'main.ccp') };
        let text = after;
        if (twice) {
          // a second edit on top of a spliced parse
          const spliced = reparse(old, after);
          if (spliced) old = { text: after, parsed: spliced };
          else old = { text: after, parsed: parseFile(after, 'main.ccp') };
          text = after.replace(/agent/, 'agnet');
        }
        const result = reparse(old, text);
        if (!result) return;
        used++;
        expect(plain(result)).toEqual(plain(parseFile(text, 'main.ccp')));
      }),
      { numRuns: 1500 },
    );
    expect(used).toBeGreaterThan(100);
  });

  it('re-parses a typo inside one step of a big file', () => {
    const text = sources.reduce((a, b) => (b.length > a.length ? b : a));
    const at = text.indexOf('by: ') + 4;
    const next = text.slice(0, at) + 'x' + text.slice(at);
    const result = reparse({ text, parsed: parseFile(text, 'main.ccp') }, next);
    expect(result && plain(result)).toEqual(plain(parseFile(next, 'main.ccp')));
  });
});
