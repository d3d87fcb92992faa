import { describe, expect, it } from 'vitest';
import { Codes, LineIndex } from '@ccp/core';
import { analyzeSources, parseFile } from '@ccp/language';

function located(text: string) {
  const { diagnostics } = parseFile(text, 'f.ccp');
  const index = new LineIndex(text);
  return diagnostics.map((d) => ({ code: d.code, ...index.position(d.loc.start), message: d.message }));
}

describe('error recovery', () => {
  it('reports each of several syntax errors with its line and column', () => {
    const text = [
      'process complaint {', // 1
      '  owner: lead', // 2
      '  step assess "Assess" {', // 3
      '    by: agent', // 4
      '  step respond { by: agent  end }', // 5: assess is not closed
      '}', // 6
      'role lead { headcount 3', // 7: missing ':'
      '  span: 4 }', // 8
      '}', // 9: stray
      'system crm { kind: crm', // 10: never closed
    ].join('\n');
    const found = located(text);
    expect(found.map((f) => [f.code, f.line, f.column])).toEqual([
      [Codes.unclosedBlock, 5, 3],
      [Codes.syntax, 7, 13],
      [Codes.unexpectedClose, 9, 1],
      [Codes.unclosedBlock, 10, 23],
    ]);
    expect(found[0]!.message).toBe("Expected '}' to close step 'assess' opened at line 3, but found 'step'.");
    expect(found[1]!.message).toContain("Expected ':' after 'headcount'");
  });

  it('still resolves and checks what parsed', () => {
    const a = analyzeSources({
      'a.ccp': 'role agent {}\nprocess p {\n  step a { by: agent  next: b \n  step b { by: agent  end }\n}\nsystem crm { kind: crm',
    });
    expect(a.model.roles.map((r) => r.id)).toEqual(['agent']);
    expect(a.model.processes[0]!.steps.map((s) => s.id)).toEqual(['a', 'b']);
    expect(a.model.systems.map((s) => s.id)).toEqual(['crm']);
    expect(a.diagnostics.filter((d) => d.code === Codes.unclosedBlock)).toHaveLength(2);
  });

  it('explains a missing value, a missing import path and stray commas', () => {
    const codes = located('import\nrole r { headcount: }\nrole s { access: crm read, }\n').map((f) => [f.code, f.line]);
    expect(codes).toEqual([
      [Codes.syntax, 1],
      [Codes.syntax, 2],
      [Codes.syntax, 3],
    ]);
  });

  it('reports unterminated strings and comments', () => {
    const found = located('role r "Unclosed {\n}\n/* never closed');
    expect(found.map((f) => f.code)).toContain(Codes.unterminatedString);
    expect(found.map((f) => f.code)).toContain(Codes.unterminatedComment);
  });

  it('suggests the right field and declaration names', () => {
    const a = analyzeSources({ 'a.ccp': 'proces p {}\nrole r { headcout: 3 }' });
    const messages = a.diagnostics.map((d) => d.message);
    expect(messages).toContain("Unknown declaration 'proces'. Did you mean 'process'?");
    expect(messages).toContain("Role has no field 'headcout'. Did you mean 'headcount'?");
    expect(a.diagnostics.find((d) => d.code === Codes.unknownField)!.fixes![0]!.edits[0]!.newText).toBe('headcount');
  });

  it('checks field values with examples of the right form', () => {
    const a = analyzeSources({ 'a.ccp': 'channel c { aht: 6 parsecs  service_level: lots  volume: many }' });
    expect(a.diagnostics.map((d) => d.code)).toEqual([Codes.invalidValue, Codes.invalidValue, Codes.invalidValue]);
    expect(a.diagnostics[1]!.message).toBe("Field 'service_level' of channel 'c' expects a share of contacts answered within a time, e.g. 'service_level: 80% in 20s'.");
  });

  it('reports duplicate fields and misplaced steps', () => {
    const a = analyzeSources({ 'a.ccp': 'role r { span: 3  span: 4 }\nstep s { end }\nrole q { step t { end } }' });
    expect(a.diagnostics.map((d) => d.code)).toEqual([Codes.duplicateField, Codes.misplacedDeclaration, Codes.misplacedDeclaration]);
  });
});

describe('the language', () => {
  it('reads Unicode ids and display names, comments, and every value form', () => {
    const a = analyzeSources({
      'a.ccp': `// komentarz
/* blok */
project sklep "Sklep – obsługa" { output_language: pl  shrinkage: urlopy 10%, choroby 5% }
role konsultant "Konsultant ds. reklamacji" { rate: 42.5 PLN/h  access: crm read write }
system crm { kind: crm  hosting: on_premise }
channel telefon "Infolinia 😀" {
  volume: 1200/day, 26000/month
  intraday: 8:00 10%, 09:30 5%
  aht: 1h30m
  service_level: 80% in 20s
  max_occupancy: 85%
}
process reklamacja "Obsługa reklamacji" {
  sourcing: outsourced to "CallPro"
  sla: respond 1d, resolve 14d
  step przyjęcie "Przyjęcie" { by: konsultant  value: 40 PLN  decide { "mała kwota" -> koniec  otherwise -> koniec } }
  step koniec { by: konsultant  end }
}
kpi asa { target: <= 20s }
scenario s { move: 60% telefon -> telefon  volume: telefon -20%  aht: telefon 8m }`,
    });
    expect(a.diagnostics).toEqual([]);
    const m = a.model;
    expect(m.project).toMatchObject({ outputLanguage: 'pl', name: 'Sklep – obsługa' });
    expect(m.project!.shrinkage.map((s) => [s.cause, s.fraction])).toEqual([
      ['urlopy', 0.1],
      ['choroby', 0.05],
    ]);
    expect(m.roles[0]).toMatchObject({ id: 'konsultant', hourlyRate: { amount: 42.5, currency: 'PLN' } });
    expect(m.systems[0]).toMatchObject({ hosting: 'on_prem', systemKind: 'crm' });
    expect(m.channels[0]).toMatchObject({
      name: 'Infolinia 😀',
      volume: { perDay: 1200, perMonth: 26000 },
      intraday: [
        { at: '08:00', fraction: 0.1 },
        { at: '09:30', fraction: 0.05 },
      ],
      ahtSeconds: 5400,
      serviceLevel: { fraction: 0.8, seconds: 20 },
      maxOccupancy: 0.85,
    });
    const p = m.processes[0]!;
    expect(p).toMatchObject({ sourcing: 'outsourced', vendor: 'CallPro', sla: { reactionSeconds: 86400, resolutionSeconds: 14 * 86400 } });
    expect(p.steps[0]!.id).toBe('przyjęcie');
    expect(p.steps[0]!.decision!.branches.map((b) => [b.condition, b.otherwise, b.target.id])).toEqual([
      ['mała kwota', false, 'koniec'],
      [undefined, true, 'koniec'],
    ]);
    expect(p.steps[1]!.end).toBe(true);
    expect(m.kpis[0]!.target).toMatchObject({ op: '<=', value: 20, unit: 's' });
    expect(m.scenarios[0]!.changes.map((c) => c.type)).toEqual(['move', 'volume', 'aht']);
  });

  it('allows keywords as ids where an id is expected', () => {
    const a = analyzeSources({ 'a.ccp': 'process p { step start { next: end } step end { end } }\nrole import {}' });
    expect(a.diagnostics).toEqual([]);
    expect(a.model.processes[0]!.steps.map((s) => [s.id, s.end])).toEqual([
      ['start', false],
      ['end', true],
    ]);
    expect(a.model.roles[0]!.id).toBe('import');
  });
});
