import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fastParse, parseTokens, plainSyntax, scanTokens } from '@ccp/language';
import { ccpFileArb } from '../support/ccp-arbitraries.js';
import { repoRoot } from '../support/paths.js';
import { mutationsArb, mutate, tokenSoupArb } from '../hardening/support/mutate.js';
import { runs, seeds } from '../hardening/support/corpus.js';

/**
 * The fast path (fast-parser.ts) must agree with the Chevrotain parser, the grammar's reference: it succeeds exactly
 * when the scanner and Chevrotain find no error, and then it builds the same syntax tree, node for node.
 */
function agreement(text: string): 'both-clean' | 'both-reject' {
  const file = 'f.ccp';
  const scanned = scanTokens(text, file);
  const fast = scanned.diagnostics.length === 0 ? fastParse(scanned, file) : undefined;
  const reference = parseTokens(scanned, file, text);
  const clean = scanned.diagnostics.length === 0 && reference.diagnostics.length === 0;
  if (clean !== (fast !== undefined)) {
    throw new Error(
      `fast path ${fast ? 'accepted' : 'gave up on'} a text Chevrotain ${clean ? 'accepts' : `rejects (${reference.diagnostics.map((d) => d.message).join('; ')})`}:\n${text}`,
    );
  }
  // read through the interfaces: the fast path's nodes are lean classes (lean-nodes.ts), the reference's plain objects
  if (fast) expect(plainSyntax(fast)).toStrictEqual(plainSyntax({ imports: reference.imports, blocks: reference.blocks }));
  return clean ? 'both-clean' : 'both-reject';
}

function ccpFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : ccpFiles(path);
      return name.endsWith('.ccp') ? [path] : [];
    });
}

describe('the fast path and the Chevrotain parser', () => {
  it('agree on every example and fixture, and every example file takes the fast path', () => {
    const files = [...ccpFiles(join(repoRoot, 'examples')), ...ccpFiles(join(repoRoot, 'test'))];
    const outcomes = files.map((path) => ({ path: relative(repoRoot, path), outcome: agreement(readFileSync(path, 'utf8')) }));
    const examples = outcomes.filter((o) => o.path.startsWith('examples'));
    expect(examples.length).toBeGreaterThan(10);
    expect(examples.filter((o) => o.outcome !== 'both-clean')).toEqual([]);
    // the fixtures include files with syntax errors: both parsers must reject those
    expect(outcomes.some((o) => o.outcome === 'both-reject')).toBe(true);
  });

  it.each([
    ['a block head with its id on the next line', 'process\np "P" { }'],
    ['a name on the next line', 'process p\n"P" { }'],
    ['the brace on the next line', 'process p "P"\n{\n}'],
    ['keywords as ids and field names', 'process end { step import { end: otherwise  otherwise: end } }'],
    ['a flag', 'process p { step a { end } }'],
    ['a flag after a value', 'process p { step a { by: agent end } }'],
    ['values over several atoms and lines', 'kpi k { target: 80% in 20s,\n  >= 4.5 / 5 }'],
    ['a value that continues with a block-like word', 'process p { owner: agent step s { } }'],
    ['a value that stops at a known block', 'process p { owner: agent\n step s { } }'],
    ['a value that runs into an unknown block-like head', 'role r { note: a b "c" { } }'],
    ['decide branches', 'process p { step a { decide { "x" -> b\n otherwise -> c\n 12 -> d } } }'],
    ['an arrow as a value', 'role r { x: a -> b }'],
    ['the unicode arrow', 'process p { step a { decide { "x" → b } } }'],
    ['escapes and triple quotes', 'role r "A \\"quoted\\" name" { description: """\n  one\n    two\n  """ }'],
    ['imports', 'import "a.ccp"\nimport\n"b.ccp"\nrole r { }'],
    ['import as a block keyword', 'import x { }'],
    ['import as a field', 'role r { import: x }'],
    ['a step in a step', 'process p { step a { step b { } } }'],
    ['a process in a step', 'process p { step a { process q { } } }'],
    ['an unknown block in a role', 'role r { thing t { } }'],
    ['a field with no value', 'role r { headcount: }'],
    ['a trailing comma', 'role r { skills: a, }'],
    ['a missing brace', 'role r { headcount: 3'],
    ['a stray brace', 'role r { } }'],
    ['a stray top-level word', 'role r { } word'],
    ['a branch outside decide', 'role r { "x" -> y }'],
    ['a branch with no target', 'process p { step a { decide { "x" -> } } }'],
    ['a branch to a field name', 'process p { step a { decide { "x" -> by: agent } } }'],
    ['a colon branch', 'process p { step a { decide { : -> x } } }'],
    ['an unterminated text', 'role r "A { }'],
    ['an empty file', ''],
    ['only comments', '// nothing\n/* here */'],
    ['33 nested blocks', `${'a {'.repeat(33)}${'}'.repeat(33)}`],
    ['32 nested blocks', `${'a {'.repeat(32)}${'}'.repeat(32)}`],
    ['semicolons between values', 'role r { skills: a; b }'],
    ['a comparison', 'kpi k { target: <= 20s }'],
  ])('agree on %s', (_name, text) => {
    agreement(text);
  });

  it('agree on generated files', () => {
    let clean = 0;
    fc.assert(
      fc.property(ccpFileArb, (text) => {
        if (agreement(text) === 'both-clean') clean++;
      }),
      { numRuns: runs(1000) },
    );
    expect(clean).toBeGreaterThan(runs(1000) / 2);
  });

  it('agree on generated files after random edits', () => {
    fc.assert(
      fc.property(ccpFileArb, mutationsArb, (text, edits) => {
        agreement(mutate(text, edits));
      }),
      { numRuns: runs(1000) },
    );
  });

  it('agree on example files after random edits', () => {
    fc.assert(
      fc.property(fc.constantFrom(...seeds), mutationsArb, (seed, edits) => {
        agreement(mutate(seed.text, edits));
      }),
      { numRuns: runs(500) },
    );
  });

  it('agree on token soup', () => {
    fc.assert(
      fc.property(tokenSoupArb, (text) => {
        agreement(text);
      }),
      { numRuns: runs(1000) },
    );
  });
});
