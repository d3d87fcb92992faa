import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatText } from '@ccp/language';
import { repoRoot } from '../support/paths.js';
import { commentsOf, modelOf, parsesCleanly, treeOf } from './model-shape.js';

function ccpFiles(dir: string): string[] {
  const out: string[] = [];
  let names: string[] = [];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return out;
  }
  for (const name of names) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'node_modules') out.push(...ccpFiles(path));
    } else if (name.endsWith('.ccp')) out.push(path);
  }
  return out;
}

/** Idempotent, same tree, same model, same comments: what every formatting must keep. */
function expectFormattingKeepsMeaning(input: string): string {
  const once = formatText(input);
  expect(once.diagnostics).toEqual([]);
  const twice = formatText(once.text);
  expect(twice.text).toBe(once.text);
  expect(treeOf(once.text)).toEqual(treeOf(input));
  expect(modelOf(once.text)).toEqual(modelOf(input));
  expect(commentsOf(once.text)).toEqual(commentsOf(input));
  return once.text;
}

describe('every fixture and example', () => {
  const files = [...ccpFiles(join(repoRoot, 'test')), ...ccpFiles(join(repoRoot, 'examples'))];
  it('has files to check', () => expect(files.length).toBeGreaterThan(0));
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    if (!parsesCleanly(text)) continue; // fixtures of syntax errors are left as they are
    it(`formats ${relative(repoRoot, file)} idempotently without changing its model`, () => {
      expectFormattingKeepsMeaning(text);
    });
  }
});

// ---- generated inputs: random declarations in random layouts, with comments at random places ----

const word = fc.stringMatching(/^[a-z_][a-z0-9_]{0,6}$/).filter((w) => !['end', 'import', 'otherwise', 'decide', 'step'].includes(w));
const unicodeWord = fc.constantFrom('obsługa', 'zgłoszenie', 'konsultant', 'źródło', 'żądanie');
const id = fc.oneof(word, unicodeWord);
const quoted = fc
  .string({ maxLength: 12 })
  .map((s) => '"' + s.replace(/[\\"\r\n]/g, '').replace(/\*\//g, '') + '"');
const atom = fc.oneof(
  id,
  quoted,
  fc.constantFrom('12', '6m', '1h30m', '80%', '+20%', '1.5', '08:00', '<=', '>', '/', '20s', '1d', '"""\n  multi\n    line\n  """'),
);
const value = fc.array(atom, { minLength: 1, maxLength: 3 }).map((atoms) => atoms.join(' '));
/** Separators: where a line may break, a comment may stand. */
const gap = fc.constantFrom(' ', '  ', '\n', '\n\n', '\n\n\n', ' // note\n', ' /* c */ ', '\n  // own line\n', '\t');
const inlineGap = fc.constantFrom(' ', '  ', ' /* inline */ ');

const field = fc
  .tuple(word, fc.array(value, { minLength: 1, maxLength: 3 }), gap, gap)
  .map(([name, values, g1, g2]) => `${name}:${g1.includes('\n') ? ' ' : g1}${values.join(',' + g2.replace(/\n\n+/g, '\n'))}`);

const branch = fc.tuple(fc.oneof(quoted, fc.constant('otherwise')), word).map(([c, t]) => `${c} -> ${t}`);
const decide = fc.array(branch, { maxLength: 3 }).map((bs) => `decide {\n${bs.join('\n')}\n}`);

function block(keyword: fc.Arbitrary<string>, items: fc.Arbitrary<string[]>): fc.Arbitrary<string> {
  return fc
    .tuple(keyword, fc.option(id), fc.option(quoted), items, fc.array(gap, { minLength: 12, maxLength: 12 }))
    .map(([kw, i, name, body, gaps]) => {
      const head = [kw, i, name].filter((x) => x !== null).join(' ');
      return `${head} {${gaps[0]}${body.map((item, k) => item + (gaps[(k % 11) + 1] ?? ' ')).join('')}}`;
    });
}

const step = block(fc.constant('step'), fc.array(fc.oneof(field, fc.constant('end'), decide), { maxLength: 4 }));
const processBlock = block(fc.constant('process'), fc.array(fc.oneof(field, step), { maxLength: 4 }));
const other = block(fc.constantFrom('role', 'system', 'data', 'function', 'channel', 'kpi'), fc.array(field, { maxLength: 4 }));
const file = fc
  .tuple(fc.array(fc.oneof(processBlock, other, fc.constant('import "other.ccp"')), { maxLength: 5 }), fc.array(gap, { minLength: 6, maxLength: 6 }))
  .map(([blocks, gaps]) => blocks.map((b, i) => b + gaps[i % 6]).join(''));

describe('generated inputs', () => {
  it('format idempotently, with the same tree, model and comments', () => {
    fc.assert(
      fc.property(file, (input) => {
        fc.pre(parsesCleanly(input));
        expectFormattingKeepsMeaning(input);
      }),
      { numRuns: 400 },
    );
  });

  it('never change a file that does not parse, and never throw', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (input) => {
        const result = formatText(input);
        if (!parsesCleanly(input)) expect(result.text).toBe(input);
        else expect(formatText(result.text).text).toBe(result.text);
      }),
      { numRuns: 300 },
    );
  });
});
