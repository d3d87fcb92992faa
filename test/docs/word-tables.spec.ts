import { describe, expect, it } from 'vitest';
import { staffingNotesByLanguage } from '@ccp/staffing';
import { docWords } from '@ccp/generators/docs';
import { wordsFor } from '@ccp/generators/mermaid';
import { labelsFor, scoreWords } from '@ccp/generators/xlsx';
import { diffWordsByLanguage } from '@ccp/generators/diff';
import { staffingWordsByLanguage } from '../../packages/generators/src/staffing/staffing-words.js';

/**
 * Issue 19, must-show 8: every generated word has a Polish text. Each table of words the outputs use (docs, Mermaid,
 * the vendor spec, `ccp staffing` and its notes) is walked key by key: the Polish table has every key of the
 * English one, each text is non-empty, and functions give text for any arguments.
 */
const anyArgs = new Proxy(
  {},
  {
    get: (_t, key) =>
      typeof key === 'symbol' || key === 'toString' || key === 'valueOf'
        ? () => '«argument»' // a table function that takes plain values gets this text
        : key === 'weekly'
          ? true
          : key === 'days'
            ? '2' // a count in one note, a list of days in another
            : /^(n|count|total|over|all|extra|agents|hours|percent|perDay|week|aht|contacts)$/.test(key)
              ? 2
              : `«${key}»`,
  },
);

/** Every leaf of a table: [path, text], calling functions with any arguments. */
function leaves(table: unknown, path = ''): [string, string][] {
  if (typeof table === 'string') return [[path, table]];
  if (typeof table === 'number' || typeof table === 'boolean') return [[path, String(table)]];
  if (typeof table === 'function') {
    const out = (table as (...a: unknown[]) => unknown)(anyArgs, anyArgs, anyArgs);
    return typeof out === 'string' ? [[path, out]] : leaves(out, path);
  }
  if (Array.isArray(table)) return table.flatMap((x, i) => leaves(x, `${path}[${i}]`));
  if (table && typeof table === 'object') return Object.entries(table).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  return [[path, '']];
}

const tables: [string, unknown, unknown, string[]][] = [
  // name, English, Polish, keys whose Polish text may equal the English one (codes, names, abbreviations)
  ['docs words', docWords('en'), docWords('pl'), []],
  ['Mermaid words', wordsFor('en'), wordsFor('pl'), []],
  ['vendor spec labels', labelsFor('en'), labelsFor('pl'), []],
  ['vendor ranking words', scoreWords.en, scoreWords.pl, []],
  ['ccp diff words', diffWordsByLanguage.en, diffWordsByLanguage.pl, []],
  ['ccp staffing words', staffingWordsByLanguage.en, staffingWordsByLanguage.pl, ['rowHeader[3]', 'rowHeader[6]', 'rowHeader[7]', 'channelHeader[1]', 'comparisonRowHeader[6]', 'shiftChannelHeader[2]', 'models.erlang-c', 'models.erlang-a', 'sheetRowHeader[8]', 'sheetChannelHeader[2]']],
  ['staffing notes', staffingNotesByLanguage.en, staffingNotesByLanguage.pl, ['onDays']],
];

describe('every word table has a Polish text for each English one', () => {
  for (const [name, en, pl, same] of tables) {
    it(name, () => {
      const english = new Map(leaves(en));
      const polish = new Map(leaves(pl));
      expect([...polish.keys()].sort(), name).toEqual([...english.keys()].sort());
      for (const [path, text] of polish) expect(text.trim().length, `${name}: ${path}`).toBeGreaterThan(0);
      if (name.startsWith('ccp staffing') || name === 'staffing notes') {
        for (const [path, text] of polish) if (!same.includes(path) && path !== 'day') expect(text, `${name}: ${path}`).not.toBe(english.get(path));
      }
    });
  }
});
