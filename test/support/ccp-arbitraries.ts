import fc from 'fast-check';

/**
 * Generators of .ccp text for property tests: random declarations in random layouts, with comments and line breaks
 * at random places (the formatter's and the fast parser's tests share them).
 */

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
/** A whole file of random declarations in random layouts, with comments at random places; mostly valid. */
export const ccpFileArb: fc.Arbitrary<string> = fc
  .tuple(fc.array(fc.oneof(processBlock, other, fc.constant('import "other.ccp"')), { maxLength: 5 }), fc.array(gap, { minLength: 6, maxLength: 6 }))
  .map(([blocks, gaps]) => blocks.map((b, i) => b + gaps[i % 6]).join(''));
