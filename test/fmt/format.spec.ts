import { describe, expect, it } from 'vitest';
import { Codes } from '@ccp/core';
import { formatText } from '@ccp/language';
import { commentsOf, modelOf } from './model-shape.js';

const fmt = (text: string) => formatText(text).text;

describe('canonical layout', () => {
  it('puts one item per line with two-space indentation and a blank line between declarations', () => {
    const input = 'role agent "Agent" { headcount: 24\n  backup: senior }\nrole senior {}\nprocess p { step a { by: agent\n  end } }\n';
    expect(fmt(input)).toBe(
      'role agent "Agent" {\n  headcount: 24\n  backup: senior\n}\n\nrole senior {}\n\nprocess p {\n  step a {\n    by: agent\n    end\n  }\n}\n',
    );
  });

  it('writes values with ", " between them, ";" as ",", and "/" glued', () => {
    expect(fmt('channel c {volume:1200 / day\n  roles : a ;b,c}\n')).toBe('channel c {\n  volume: 1200/day\n  roles: a, b, c\n}\n');
    expect(fmt('channel c {volume:1200 / day  roles : a ;b,c  rate: £ 19 / h}\n')).toBe('channel c { volume: 1200/day  roles: a, b, c  rate: £19/h }\n');
  });

  it('writes decisions one branch per line with ->', () => {
    expect(fmt('process p { step a { decide { "x" → b\n  otherwise -> c } } }')).toBe(
      'process p {\n  step a {\n    decide {\n      "x" -> b\n      otherwise -> c\n    }\n  }\n}\n',
    );
  });

  it('keeps at most one blank line between items, none after an opening brace', () => {
    expect(fmt('process p {\n\n\n  owner: a\n\n\n\n  step s {}\n}\n')).toBe('process p {\n  owner: a\n\n  step s {}\n}\n');
  });

  it('keeps imports together at the top', () => {
    expect(fmt('import "a.ccp"\nimport "b.ccp"\nrole r {}')).toBe('import "a.ccp"\nimport "b.ccp"\n\nrole r {}\n');
  });

  it('keeps the text of strings exactly, including triple-quoted ones', () => {
    const input = 'function f {\n    description: """\n      Line one.\n        Indented.\n    """\n  name: "a \\"quoted\\" word"\n}\n';
    const out = fmt(input);
    expect(out).toContain('"a \\"quoted\\" word"');
    expect(modelOf(out)).toEqual(modelOf(input));
  });

  it('keeps CRLF line endings', () => {
    expect(fmt('role a {\r\n  headcount: 2 }\r\n')).toBe('role a {\r\n  headcount: 2\r\n}\r\n');
  });

  it('formats an empty file to nothing', () => {
    expect(fmt('')).toBe('');
    expect(fmt('\n\n')).toBe('');
  });
});

describe('blocks written on one line', () => {
  it('stay on one line, with two spaces between items, as Prettier keeps a one-line object', () => {
    expect(fmt('role agent "Agent" {headcount: 24   backup: senior}\n')).toBe('role agent "Agent" { headcount: 24  backup: senior }\n');
    expect(fmt('process p {\n  step a { by: agent  decide { "x" → b  otherwise -> c } }\n  step b {by:agent end}\n}\n')).toBe(
      'process p {\n  step a { by: agent  decide { "x" -> b  otherwise -> c } }\n  step b { by: agent  end }\n}\n',
    );
  });

  it('are expanded when they hold a comment or would pass the line width', () => {
    expect(fmt('role a { headcount: 2 /* two */ }\n')).toBe('role a {\n  headcount: 2 /* two */\n}\n');
    const long = `function f { acceptance: "${'x'.repeat(90)}"  priority: must }\n`;
    expect(fmt(long).split('\n').length).toBeGreaterThan(2);
  });

  it('are idempotent and keep the tree', () => {
    const input = 'process p { owner: a  step s { by: a  time: 5m  decide { amount < £250 30% -> t  otherwise 70% -> t } } step t { end } }\n';
    const once = formatText(input);
    expect(once.diagnostics).toEqual([]);
    expect(fmt(once.text)).toBe(once.text);
    expect(modelOf(once.text)).toEqual(modelOf(input));
  });
});

describe('comments', () => {
  const input = `// file header

/* block
   comment */
role agent { // after the brace
  // before a field
  headcount: 24 // after a value
  access: crm read, // after a comma
    kb read
  backup: /* inline */ senior
  // dangling at the end
}
// at the end of the file
`;

  it('keeps every comment in place', () => {
    const out = fmt(input);
    expect(out).toBe(input);
    expect(commentsOf(out)).toEqual(commentsOf(input));
  });

  it('keeps comments when the layout changes', () => {
    const messy = 'role agent {headcount: 24 /* a */ backup: senior // b\n}   // c\nrole b {}';
    const out = fmt(messy);
    expect(out).toBe('role agent {\n  headcount: 24 /* a */\n  backup: senior // b\n} // c\n\nrole b {}\n');
    expect(commentsOf(out)).toEqual(commentsOf(messy));
    expect(fmt(out)).toBe(out);
  });

  it('keeps a comment-only file', () => {
    expect(fmt('  // only a comment\n')).toBe('// only a comment\n');
  });
});

describe('files that do not parse', () => {
  it('are left as they are, with their errors', () => {
    const input = 'role agent {\n  headcount 24\n}\n';
    const result = formatText(input);
    expect(result.text).toBe(input);
    expect(result.changed).toBe(false);
    expect(result.diagnostics.map((d) => d.code)).toEqual([Codes.syntax]);
  });
});

describe('one-line declarations kept together (regression)', () => {
  it('an empty block holding a comment is not a one-liner, so formatting stays idempotent', async () => {
    const { formatText } = await import('@ccp/language');
    const once = formatText('process { } process { /* c */ } ', 'x.ccp').text;
    expect(formatText(once, 'x.ccp').text).toBe(once);
  });
});
