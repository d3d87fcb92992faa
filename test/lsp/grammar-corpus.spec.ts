import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFile, type Atom, type BlockNode, type ItemNode } from '@ccp/language';
import { repoRoot } from '../support/paths.js';
import { scopes, tokenize, type TextToken } from './textmate.js';

/**
 * The TextMate grammar against the parser, over every example file and every ```ccp block of the docs and the
 * README: what the parser reads as a declaration keyword, an id, a field name, a value, a text or a comment gets
 * the matching scope, and nothing is `invalid`.
 */

function files(dir: string, ext: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path, ext) : name.endsWith(ext) ? [path] : [];
  });
}

function corpus(): { name: string; text: string }[] {
  const out = files(join(repoRoot, 'examples'), '.ccp').map((path) => ({ name: relative(repoRoot, path), text: readFileSync(path, 'utf8') }));
  for (const path of [join(repoRoot, 'README.md'), ...files(join(repoRoot, 'docs'), '.md')]) {
    const md = readFileSync(path, 'utf8');
    let n = 0;
    for (const m of md.matchAll(/^```ccp[^\n]*\n([\s\S]*?)^```/gm)) out.push({ name: `${relative(repoRoot, path)} block ${++n}`, text: m[1]! });
  }
  return out;
}

/** Every scope a value's word may get: never a declaration, an id being declared or a field name. */
const valueWord = /^(variable\.other\.reference|constant\.language\.boolean|constant\.other\.currency|keyword\.other\.unit|keyword\.control|keyword\.operator|constant\.numeric)/;

/** How many constructs were compared (so an empty list of problems is not an empty check). */
let checked = 0;

/** Problems of one text: `what 'text' at line:col has scope X`. */
async function problems(text: string): Promise<string[]> {
  const tokens = await tokenize(text);
  const out: string[] = [];
  const scopeAt = (offset: number): TextToken | undefined => tokens.find((t) => t.start <= offset && offset < t.end);
  const where = (offset: number) => {
    const before = text.slice(0, offset).split('\n');
    return `${before.length}:${before[before.length - 1]!.length + 1}`;
  };
  const expectScope = (what: string, start: number, end: number, test: RegExp) => {
    checked++;
    const t = scopeAt(start);
    const inner = t?.scopes[t.scopes.length - 1] ?? '(none)';
    const all = t?.scopes.join(' ') ?? '';
    if (!test.test(inner) && !test.test(all)) out.push(`${what} '${text.slice(start, end)}' at ${where(start)} has scope ${inner}`);
  };
  for (const t of tokens) if (t.scopes.some((s) => s.startsWith('invalid'))) out.push(`'${text.slice(t.start, t.end)}' at ${where(t.start)} is ${t.scopes.join(' ')}`);

  const parsed = parseFile(text, 'corpus.ccp');
  for (const c of parsed.syntax.comments) for (let i = c.start; i < c.end; i++) if (text[i]!.trim()) expectScope('comment', i, c.end, /\bcomment\./);
  for (const imp of parsed.syntax.imports) expectScope('import path', imp.pathLoc.start, imp.pathLoc.end, /^string\.|punctuation\.definition\.string/);
  const atom = (a: Atom) => {
    if (a.type === 'string') expectScope('text', a.loc.start, a.loc.end, /\bstring\.quoted/);
    else if (a.type === 'number' || a.type === 'time') expectScope('number', a.loc.start, a.loc.end, /^constant\.numeric/);
    else if (a.type === 'ident') expectScope('value', a.loc.start, a.loc.end, valueWord);
    else if (a.type === 'arrow' || a.type === 'op' || a.type === 'slash') expectScope('operator', a.loc.start, a.loc.end, /^keyword\.operator/);
  };
  const visit = (item: ItemNode) => {
    if (item.type === 'block') return block(item);
    if (item.type === 'field') {
      expectScope('field name', item.nameLoc.start, item.nameLoc.end, /^variable\.other\.property\.ccp$/);
      for (const v of item.values) for (const a of v.atoms) atom(a);
    } else if (item.type === 'flag') {
      expectScope('flag', item.loc.start, item.loc.end, item.name === 'end' ? /^keyword\.control\.ccp$/ : valueWord);
    } else if (item.type === 'branch') {
      if (item.otherwise) expectScope('otherwise', item.conditionLoc.start, item.conditionLoc.end, /^keyword\.control\.ccp$/);
      for (const a of item.conditionAtoms ?? []) atom(a);
    }
  };
  const block = (b: BlockNode) => {
    expectScope('keyword', b.keywordLoc.start, b.keywordLoc.end, b.keyword === 'decide' ? /^keyword\.control\.decide\.ccp$/ : /^storage\.type\.declaration\.ccp$/);
    if (b.idLoc) expectScope('declared id', b.idLoc.start, b.idLoc.end, /^entity\.name\.type\.ccp$/);
    if (b.nameLoc) expectScope('display name', b.nameLoc.start, b.nameLoc.end, /\bstring\.quoted/);
    for (const item of b.items) visit(item);
  };
  for (const b of parsed.syntax.blocks) block(b);
  return out;
}

describe('the TextMate grammar over the examples and the docs', () => {
  const texts = corpus();

  it('finds the corpus', () => {
    expect(texts.filter((t) => t.name.startsWith('examples/')).length).toBeGreaterThan(15);
    expect(texts.filter((t) => t.name.startsWith('docs/')).length).toBeGreaterThan(40);
  });

  it('scopes what the parser reads as keywords, ids, fields, values, texts and comments', async () => {
    const found: string[] = [];
    for (const { name, text } of texts) for (const p of await problems(text)) found.push(`${name}: ${p}`);
    expect(found).toEqual([]);
    expect(checked).toBeGreaterThan(5000);
  });
});

describe('the TextMate grammar on lines it used to get wrong', () => {
  const scopeOf = async (source: string, text: string, n = 0) => (await scopes(source)).filter(([t]) => t === text)[n]?.[1];

  it('decide with its brace on the next line', async () => {
    expect(await scopeOf('step s {\n  decide\n  {\n    otherwise -> t\n  }\n}', 'decide')).toBe('keyword.control.decide.ccp');
    expect(await problems('process p {\n  step s {\n    decide\n    {\n      otherwise -> t\n    }\n  }\n  step t { end }\n}\n')).toEqual([]);
  });

  it('a field right after a brace, without spaces', async () => {
    expect(await scopeOf('role agent {headcount:1}', 'headcount')).toBe('variable.other.property.ccp');
    expect(await scopeOf('role agent {headcount:1}', '1')).toBe('constant.numeric.ccp');
  });

  it('a field named like a declaration keyword, with a space before its colon', async () => {
    const tokens = await scopes('function f {\n  system : crm\n  data: ticket\n}');
    expect(tokens.filter(([t]) => t === 'system' || t === 'data').map(([, s]) => s)).toEqual(['variable.other.property.ccp', 'variable.other.property.ccp']);
    expect(await scopeOf('function f {\n  system : crm\n}', 'crm')).toBe('variable.other.reference.ccp');
  });

  it('keywords used as values stay values', async () => {
    const source = 'system dwh {\n  kind: data warehouse\n}\nrole r { access: process read }';
    expect(await scopeOf(source, 'data')).toBe('variable.other.reference.ccp');
    expect(await scopeOf(source, 'warehouse')).toBe('variable.other.reference.ccp');
    expect(await scopeOf(source, 'process')).toBe('variable.other.reference.ccp');
    expect(await problems(source)).toEqual([]);
  });

  it('units and currencies are not ids', async () => {
    const source = 'role agent {\n  rate: 45 PLN/h\n  cost: PLN 30\n}\nchannel phone { volume: 1200/day  aht: 6m }\nrole b { rate: 19 zł/h }';
    const tokens = await scopes(source);
    const of = (text: string) => tokens.filter(([t]) => t === text).map(([, s]) => s);
    expect(of('PLN')).toEqual(['constant.other.currency.ccp', 'constant.other.currency.ccp']);
    expect(of('zł')).toEqual(['constant.other.currency.ccp']);
    expect(of('h')).toEqual(['keyword.other.unit.ccp', 'keyword.other.unit.ccp']);
    expect(of('day')).toEqual(['keyword.other.unit.ccp']);
    expect(of('6m')).toEqual(['constant.numeric.ccp']);
  });

  it('declarations still start mid-line before a block, and on a line of their own', async () => {
    expect(await scopeOf('process p { sla: resolve 20bd  step s { end } }', 'step')).toBe('storage.type.declaration.ccp');
    expect(await scopeOf('process p { sla: resolve 20bd  step s { end } }', 's')).toBe('entity.name.type.ccp');
    expect(await scopeOf('role agent\n{\n}', 'agent')).toBe('entity.name.type.ccp');
  });
});
