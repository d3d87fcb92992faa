import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatText } from '@ccp/language';
import { repoRoot } from '../support/paths.js';
import { ccpFileArb } from '../support/ccp-arbitraries.js';
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

describe('generated inputs', () => {
  it('format idempotently, with the same tree, model and comments', () => {
    fc.assert(
      fc.property(ccpFileArb, (input) => {
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
