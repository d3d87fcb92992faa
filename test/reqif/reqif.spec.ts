import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Model, OutputLanguage } from '@ccp/core';
import { xmlClean, writeReqif } from '@ccp/generators/reqif';
import { buildSpecContent, labelsFor, scoringRules, specRequirements } from '@ccp/generators/xlsx';
import { expectGolden, exampleProjects } from '../support/golden.js';
import { fixturesDir, modelOf } from '../xlsx/helpers.js';
import { hasReader, hasXmllint, readBack, reqifFile, schemaErrors, type ReadBack } from './tools.js';

// Issue 17, must-show 8: `ccp spec --format reqif` writes the requirements as ReqIF 1.2. Every output here is
// validated against the OMG ReqIF 1.2 XSD with xmllint and read back by an independent reader, the reqif package
// (strictdoc-project/reqif), which must find every requirement of the workbook with every attribute value.

const options = { version: '1.0', date: '2026-11-22' };
const acme = () => modelOf(readFileSync(join(fixturesDir, 'xlsx-acme', 'input.ccp'), 'utf8'));

/** An example's model as the CLI loads it (its imports and entry file, in the design's order). */
async function exampleModel(dir: string): Promise<Model> {
  const { loadCliProject } = await import('../../packages/cli/dist/project/load-cli-project.js');
  const ctx = { cwd: dir, env: {}, stdout: { write: () => true }, stderr: { write: () => true }, exitCode: 0 };
  return (await loadCliProject(ctx, [dir], { skipRules: true })).analysis.model as Model;
}

/** Text as an importing tool shows it: what XML can carry, whitespace runs as one space. */
const norm = (s: string) => xmlClean(s).replace(/\s+/g, ' ').trim();

/**
 * Checks what the reader found against the workbook's own requirements (the same definition the XLSX and the
 * scorer use): one object per requirement, in workbook order, under a heading named as the workbook's area.
 */
function expectEveryRequirement(read: ReadBack, model: Model, language: OutputLanguage): void {
  const l = labelsFor(language);
  const reqs = specRequirements(model, language);
  const workbook = buildSpecContent(model, { ...options, language });
  const functionRows = new Map(workbook.tables.find((t) => t.key === 'functions')!.rows.map((r) => [String(r.cells[0]), r.cells]));
  const general = language === 'pl' ? 'Ogólne' : 'General';
  const areaOf = (r: (typeof reqs)[number]) => (r.sheet === 'nfr' ? l.sheets.nfr : xmlClean(String(functionRows.get(r.id)![1])) || general);
  // the workbook's order, grouped by area in order of first appearance
  const areas = [...new Set(reqs.map(areaOf))];
  const ordered = areas.flatMap((a) => reqs.filter((r) => areaOf(r) === a));
  expect(read.objects.filter((o) => o.level === 1).map((o) => o.values['ReqIF.ChapterName'])).toEqual(areas);
  const objects = read.objects.filter((o) => o.level === 2);
  expect(objects.map((o) => o.values['ReqIF.ForeignID'])).toEqual(ordered.map((r) => xmlClean(r.id)));
  const priority = language === 'pl' ? 'Priorytet' : 'Priority';
  const area = language === 'pl' ? 'Obszar' : 'Area';
  for (const [i, r] of ordered.entries()) {
    const o = objects[i]!;
    const where = `requirement ${r.id}`;
    expect(o.type, where).toBe(language === 'pl' ? 'Wymaganie' : 'Requirement');
    expect(o.name, where).toBe(xmlClean(r.name));
    expect(o.values['ReqIF.Name'], where).toBe(xmlClean(r.name));
    const categories: Record<string, string> = language === 'pl' ? { functional: 'funkcjonalne', integration: 'integracja' } : {};
    expect(o.values['ReqIF.Category'], where).toBe(xmlClean(l.nfr.categories[r.category] ?? categories[r.category] ?? r.category));
    // priority: the enumeration value whose OTHER-CONTENT is the priority, named in the output language
    if (r.priority) expect(o.values[priority], where).toEqual([{ key: r.priority, name: l.priority[r.priority] }]);
    else expect(o.values[priority], where).toBeUndefined();
    // area: the workbook's Area / system cell (functions) or the non-functional sheet's name, and the heading above
    const expectedArea = areaOf(r);
    expect(o.values[area], where).toBe(expectedArea);
    const heading = read.objects.slice(0, read.objects.indexOf(o)).reverse().find((h) => h.level === 1)!;
    expect(heading.values['ReqIF.ChapterName'], where).toBe(expectedArea);
    // text: the description, then the acceptance criteria as a list, then where a derived requirement comes from
    const text = o.values['ReqIF.Text'] as { paragraphs: string[]; items: string[] };
    const acceptance = r.fn?.acceptance ?? [];
    const expected = [r.description, acceptance.length ? `${l.functions.acceptance}:` : '', r.sheet === 'nfr' && r.source ? `${language === 'pl' ? 'Źródło' : 'Source'}: ${l.nfr.derived}. ${r.source}` : ''];
    expect(norm(text.paragraphs.join(' ')), where).toBe(norm(expected.join(' ')));
    expect(text.items.map(norm), where).toEqual(acceptance.map(norm));
  }
  // the supplier's two attributes: defined on the requirement type, editable, the status offering the tender's answers
  const type = Object.values(read.types).find((t) => t.attributes.some((a) => a.name === 'ReqIF.ForeignID'))!;
  const status = type.attributes.find((a) => a.name === (language === 'pl' ? 'Status dostawcy' : 'Supplier status'))!;
  const comment = type.attributes.find((a) => a.name === (language === 'pl' ? 'Komentarz dostawcy' : 'Supplier comment'))!;
  expect([status.kind, status.editable, comment.kind, comment.editable]).toEqual(['ENUMERATION', true, 'STRING', true]);
  const rules = scoringRules(model.tender, reqs);
  expect(status.values).toEqual(rules.scale ? rules.scale.map((s) => ({ key: String(s.score), name: String(s.score) })) : rules.answers.map((a) => ({ key: a, name: l.answers[a] })));
  expect(type.attributes.filter((a) => !a.editable).map((a) => a.kind)).toEqual(['STRING', 'STRING', 'XHTML', 'ENUMERATION', 'STRING', 'STRING']);
}

// Text that must cross into XML intact: markup characters, both quotes, Polish letters, an astral character, a tab,
// CR LF line ends, and C0 controls that XML cannot carry at all (dropped).
const nasty = 'A <b>&amp; "quoted" \'single\' ]]> zażółć gęślą jaźń ĄĆĘŁŃÓŚŹŻ 🎧\ttab';
const escaping = `
project p "Projekt <&> \\"cudzysłów\\"" { output_language: pl }
system crm "CRM & <Co>" { kind: crm }
function f1 "${nasty.replace(/"/g, '\\"')}" {
  priority: must
  system: crm
  description: "Pierwszy akapit <i>ze</i> znakami & i \\"cudzysłowem\\"\\nw dwóch liniach.\\n\\nDrugi akapit: ]]> oraz ł."
  acceptance: "Kryterium <1> & \\"2\\"", "Zażółć"
}
function f2 "Bez priorytetu" { system: contact_center }
function ąę_id "Id z polskimi literami" { priority: nice }
`;

function withControls(model: Model): Model {
  const f = model.functions[0]!;
  f.name = `${f.name}\u0001\u0008\u000b\u000c\u001f\uFFFE\uD800`;
  f.description = `${f.description}\r\nCR LF\rCR\u0000NUL`;
  return model;
}

describe.skipIf(!hasXmllint)('ReqIF 1.2: valid against the OMG schema', () => {
  it('the xlsx-acme fixture, the escaping design and every example', async () => {
    const examples: [string, string][] = [];
    for (const e of exampleProjects()) examples.push([e.name, writeReqif(await exampleModel(e.dir), options)]);
    const outputs: [string, string][] = [
      ['xlsx-acme', writeReqif(acme(), options)],
      ['escaping', writeReqif(withControls(modelOf(escaping)), options)],
      ['no project', writeReqif(modelOf('function f "F" {}'), options)],
      ['empty', writeReqif(modelOf(''), options)],
      ['forced', writeReqif(acme(), { ...options, designErrors: 2, language: 'en' })],
      ...examples,
    ];
    for (const [name, text] of outputs) expect(schemaErrors(reqifFile(text)), name).toBe('');
  });

  it('and the schema does catch a broken file (so the test can fail)', () => {
    const broken = writeReqif(acme(), options).replace('<REQ-IF-VERSION>1.0</REQ-IF-VERSION>', '').replace(/IDENTIFIER="REQ-audit_log"/, 'IDENTIFIER="REQ-open_ticket"');
    expect(schemaErrors(reqifFile(broken))).toMatch(/REQ-IF-VERSION|SOURCE-TOOL-ID|duplicate|REQ-open_ticket/);
  });
});

describe.skipIf(!hasReader)('ReqIF 1.2: read back by the reqif package (strictdoc-project/reqif)', () => {
  it('finds every requirement of the workbook with every attribute value (xlsx-acme, Polish)', () => {
    const read = readBack(reqifFile(writeReqif(acme(), options)));
    expect(read.header).toEqual({ title: 'ACME Contact Center: Wymagania dla dostawców', comment: 'ACME Contact Center 1.0 (2026-11-22).', tool: 'ccp', version: '1.0', created: '2026-11-22T00:00:00Z' });
    expect(read.specifications).toEqual(['ACME Contact Center: Wymagania dla dostawców']);
    expectEveryRequirement(read, acme(), 'pl');
    expect(read.objects.filter((o) => o.level === 1).map((o) => o.name)).toEqual(['crm (CRM)', 'contact_center', 'pbx', 'Wymagania pozafunkcjonalne']);
  });

  it('keeps markup, quotes, Polish letters and line breaks, and drops what XML cannot carry', () => {
    const model = withControls(modelOf(escaping));
    const read = readBack(reqifFile(writeReqif(model, options)));
    expectEveryRequirement(read, model, 'pl');
    const f1 = read.objects.find((o) => o.values['ReqIF.ForeignID'] === 'f1')!;
    expect(f1.name).toBe(nasty);
    expect(f1.values['ReqIF.Text']).toEqual({
      paragraphs: ['Pierwszy akapit <i>ze</i> znakami & i "cudzysłowem"\nw dwóch liniach.', 'Drugi akapit: ]]> oraz ł.\nCR LF\nCRNUL', 'Kryteria odbioru:'],
      items: ['Kryterium <1> & "2"', 'Zażółć'],
    });
    expect(f1.values['Obszar']).toBe('crm (CRM & <Co>)');
    expect(read.objects.find((o) => o.values['ReqIF.ForeignID'] === 'ąę_id')!.id).toMatch(/^REQ_x[0-9a-f]+$/);
    expect(read.header.title).toBe('Projekt <&> "cudzysłów": Wymagania dla dostawców');
  });

  it('every example, in its own language, and a tender on a 0-5 scale', async () => {
    for (const e of exampleProjects()) {
      const model = await exampleModel(e.dir);
      expectEveryRequirement(readBack(reqifFile(writeReqif(model, options))), model, model.project?.outputLanguage ?? 'en');
    }
    const scale = modelOf('tender t { scale: 0 "None", 1 "Planned", 2 "Custom", 3 "Configured", 4 "Standard, limits", 5 "Standard" }\nfunction f "F" { priority: must }');
    const read = readBack(reqifFile(writeReqif(scale, options)));
    expectEveryRequirement(read, scale, 'en');
  });

  it('says in the header comment when the design has errors (--force)', () => {
    const read = readBack(reqifFile(writeReqif(acme(), { ...options, language: 'en', designErrors: 2 })));
    expect(read.header.comment).toBe('ACME Contact Center 1.0 (2026-11-22). Made from a design with 2 error(s) (--force); not for sending to vendors.');
    expectEveryRequirement(read, acme(), 'en');
  });
});

describe('ReqIF output', () => {
  it('matches the golden file (CCP_UPDATE_GOLDEN=1 to update) and is deterministic', () => {
    const text = writeReqif(acme(), options);
    expectGolden(join(fixturesDir, 'reqif-acme', 'expected.reqif'), text);
    expect(writeReqif(acme(), options)).toBe(text);
  });

  it('keeps identifiers stable across versions: a changed text keeps every IDENTIFIER', () => {
    const ids = (text: string) => [...text.matchAll(/ IDENTIFIER="([^"]+)"/g)].map((m) => m[1]);
    const changed = readFileSync(join(fixturesDir, 'xlsx-acme', 'input.ccp'), 'utf8').replace('Kto i kiedy odczytał dane klienta.', 'Inny opis.');
    expect(ids(writeReqif(modelOf(changed), options))).toEqual(ids(writeReqif(acme(), options)));
    expect(new Set(ids(writeReqif(acme(), options))).size).toBe(ids(writeReqif(acme(), options)).length);
  });

  it('refuses a date that is not YYYY-MM-DD', () => {
    expect(() => writeReqif(acme(), { ...options, date: 'tomorrow' })).toThrow("ReqIF date 'tomorrow': expected YYYY-MM-DD.");
  });
});
