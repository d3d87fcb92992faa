import { describe, expect, it } from 'vitest';
import {
  analyzeSources,
  atomCount,
  firstAtom,
  internWord,
  LeanField,
  parseFile,
  plainSyntax,
  TokenAtom,
  valueAt,
  valueCount,
  wordHash,
  WrittenRef,
  type BlockNode,
  type FieldNode,
} from '@ccp/language';

/**
 * The fast path's memory-saving pieces (word-table.ts, lean-nodes.ts, written-ref.ts) must behave exactly like the
 * plain objects they replace wherever the interfaces are read.
 */

const text = `role agent "Agent" {
  headcount: 3
}

process claims "Claims" {
  owner: agent
  step register "Register" {
    by: agent
    reads: customer, order
    time: 5m
    next: close
  }
  step close { by: agent end }
}
`;

function fieldsOf(block: BlockNode): Map<string, FieldNode> {
  return new Map(block.items.filter((i): i is FieldNode => i.type === 'field').map((f) => [f.name, f]));
}

describe('the word table', () => {
  it('gives every spelling of a word back with its own characters, whatever the text around it', () => {
    const a = 'by: agent_with_a_long_name, agent';
    const b = 'xx agent_with_a_long_name';
    const long = internWord(a, 4, 26, wordHash(a, 4, 26));
    expect(long).toBe('agent_with_a_long_name');
    expect(internWord(b, 3, 25, wordHash(b, 3, 25))).toBe(long);
    expect(internWord(a, 28, 33, wordHash(a, 28, 33))).toBe('agent');
    expect(internWord(a, 4, 9, wordHash(a, 4, 9))).toBe('agent');
  });

  it('tells apart different words whose hashes collide', () => {
    const collide = 12345;
    expect(internWord('alpha', 0, 5, collide)).toBe('alpha');
    expect(internWord('omega', 0, 5, collide)).toBe('omega');
    expect(internWord('alpha', 0, 5, collide)).toBe('alpha');
    expect(internWord('alphabet', 0, 8, collide)).toBe('alphabet');
  });

  it('keeps answering right while it grows and after it empties itself at its limit', () => {
    const words = Array.from({ length: 300_000 }, (_, i) => `w${i.toString(36)}_x`);
    expect(words.filter((w) => internWord(w, 0, w.length, wordHash(w)) !== w)).toEqual([]);
    for (const w of [words[0]!, words[123_456]!, words.at(-1)!]) expect(internWord(` ${w}`, 1, w.length + 1, wordHash(w))).toBe(w);
  });

  it('hashes a word the way the scanner does, surrogate pairs included', () => {
    const parsed = parseFile('role 𝒜gent_x { headcount: 1 }\nrole other { backup: 𝒜gent_x }', 'main.ccp');
    expect(parsed.diagnostics).toEqual([]);
    const backup = fieldsOf(parsed.syntax.blocks[1]!).get('backup')!;
    expect(firstAtom(valueAt(backup, 0)!).text).toBe('𝒜gent_x');
    expect(parsed.syntax.blocks[0]!.id).toBe('𝒜gent_x');
  });
});

describe('lean syntax nodes', () => {
  const parsed = parseFile(text, 'main.ccp');
  const process = parsed.syntax.blocks[1]!;
  const register = process.items.find((i): i is BlockNode => i.type === 'block' && i.id === 'register')!;
  const fields = fieldsOf(register);

  it('are what the fast path builds for fields and one-atom values', () => {
    expect(parsed.diagnostics).toEqual([]);
    expect(fields.get('by')).toBeInstanceOf(LeanField);
    expect(valueAt(fields.get('by')!, 0)).toBeInstanceOf(TokenAtom);
  });

  it('answer the interfaces: values, atoms and locations at the right offsets', () => {
    const reads = fields.get('reads')!;
    expect(valueCount(reads)).toBe(2);
    expect(reads.values.map((v) => firstAtom(v).text)).toEqual(['customer', 'order']);
    expect(text.slice(reads.nameLoc.start, reads.nameLoc.end)).toBe('reads');
    expect(text.slice(reads.loc.start, reads.loc.end)).toBe('reads: customer, order');
    const by = fields.get('by')!;
    expect(valueCount(by)).toBe(1);
    expect(by.values).toHaveLength(1);
    const agent = valueAt(by, 0)!;
    expect(atomCount(agent)).toBe(1);
    expect(agent.atoms).toEqual([agent]);
    const at = text.indexOf('by: agent', text.indexOf('step register')) + 4;
    expect(agent.loc).toEqual({ file: 'main.ccp', start: at, end: at + 5 });
    expect(valueAt(by, 1)).toBeUndefined();
  });

  it('equal the Chevrotain parser\'s plain nodes through plainSyntax, and move with moveBy', () => {
    const time = fields.get('time') as LeanField;
    const before = plainSyntax({ imports: [], blocks: [register] });
    time.moveBy(10);
    (valueAt(time, 0) as TokenAtom).moveBy(10);
    expect(time.loc.start).toBe(text.indexOf('time: 5m') + 10);
    expect(valueAt(time, 0)!.loc.end).toBe(text.indexOf('time: 5m') + 18);
    time.moveBy(-10);
    (valueAt(time, 0) as TokenAtom).moveBy(-10);
    expect(plainSyntax({ imports: [], blocks: [register] })).toEqual(before);
  });
});

describe('references in the model', () => {
  const analysis = analyzeSources({ 'main.ccp': text });
  const step = analysis.model.processes[0]!.steps[0]!;

  it('are WrittenRefs whose loc is made when read, at the reference', () => {
    expect(step.role).toBeInstanceOf(WrittenRef);
    const loc = step.role!.loc;
    expect(text.slice(loc.start, loc.end)).toBe('agent');
    expect(loc.file).toBe('main.ccp');
    expect(step.reads.map((r) => text.slice(r.loc.start, r.loc.end))).toEqual(['customer', 'order']);
  });

  it('look like { id, loc } to JSON and show only their id as an own property', () => {
    const ref = step.role!;
    expect(JSON.parse(JSON.stringify(ref))).toEqual({ id: 'agent', loc: ref.loc });
    expect(Object.keys(ref)).toEqual(['id']);
  });
});
