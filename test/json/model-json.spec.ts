import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { analyzeSources } from '@ccp/language';
import { modelJsonText, modelSchema, toJson } from '@ccp/generators/json';
import { expectGolden, exampleProjects } from '../support/golden.js';
import { repoRoot } from '../support/paths.js';
import { runCli } from '../support/run-cli.js';

const ajv = new Ajv2020({ allErrors: true, strict: true });
const validate = ajv.compile(modelSchema());
const errorsOf = (data: unknown) => (validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`));

const fixture = join(repoRoot, 'test', 'fixtures', 'spec-complaints');

describe('JSON model', () => {
  it('the schema compiles in ajv strict mode and ships in the package', async () => {
    expect(validate).toBeTypeOf('function');
    const { modelSchemaPath } = await import('@ccp/generators/json');
    expect(JSON.parse(readFileSync(modelSchemaPath, 'utf8'))).toEqual(modelSchema());
  });

  it('matches the golden file and validates (spec-complaints)', () => {
    const analysis = analyzeSources({ 'input.ccp': readFileSync(join(fixture, 'input.ccp'), 'utf8') });
    const text = modelJsonText(analysis.model, { texts: analysis.texts });
    expect(errorsOf(JSON.parse(text))).toEqual([]);
    expectGolden(join(fixture, 'expected.json'), text);
  });

  it('is deterministic: the same sources give the same bytes, in any order of analysis', () => {
    const sources = { 'input.ccp': readFileSync(join(fixture, 'input.ccp'), 'utf8') };
    const a = analyzeSources(sources);
    const b = analyzeSources(sources);
    expect(modelJsonText(a.model, { texts: a.texts })).toBe(modelJsonText(b.model, { texts: b.texts }));
    expect(JSON.stringify(toJson(a.model))).toBe(JSON.stringify(toJson(b.model)));
  });

  it('leaves out locations unless texts are given, and never writes null', () => {
    const analysis = analyzeSources({ 'main.ccp': 'role agent { }\nprocess p { step s { by: agent  end } }\n' });
    const bare = modelJsonText(analysis.model);
    expect(bare).not.toContain('"source"');
    expect(bare).not.toContain('null');
    const located = toJson(analysis.model, { texts: analysis.texts });
    expect(located.processes[0]!.steps[0]!.source).toEqual({ file: 'main.ccp', line: 2, column: 18 });
    expect(errorsOf(located)).toEqual([]);
  });

  it('validates a model with unresolved references and syntax errors (what could be read)', () => {
    const analysis = analyzeSources({ 'main.ccp': 'process p { step s { by: nobody  uses: nothing  next: nowhere } }\nrole { \n' });
    expect(analysis.diagnostics.length).toBeGreaterThan(0);
    expect(errorsOf(toJson(analysis.model, { texts: analysis.texts }))).toEqual([]);
  });

  it('includes the tender block with the scoring hash that ccp spec locks in the workbook', async () => {
    const { buildSpecContent } = await import('@ccp/generators/xlsx');
    const source = `project shop { output_language: pl }
function open_ticket "Register a ticket" { priority: must  system: crm }
function live_chat { priority: nice  system: contact_center }
tender rfp "Platform tender" {
  priority_weights: must 60%, nice 40%
  points: yes 100, partial 60, no 0, n_a 100
  knockout: musts, live_chat
  cost_years: 3
  price_weight: 25%
  currency: "EUR"
}
`;
    const { model, diagnostics } = analyzeSources({ 'main.ccp': source });
    expect(diagnostics).toEqual([]);
    const json = toJson(model);
    expect(errorsOf(json)).toEqual([]);
    const { scoringHash, ...rest } = json.tender!;
    expect(rest).toEqual({
      id: 'rfp',
      name: 'Platform tender',
      priorityWeights: [{ key: 'must', value: 60 }, { key: 'nice', value: 40 }],
      areaWeights: [],
      points: [{ answer: 'yes', points: 100 }, { answer: 'partial', points: 60 }, { answer: 'no', points: 0 }, { answer: 'na', points: 100 }],
      scale: [],
      knockout: ['live_chat'],
      knockoutMusts: true,
      costYears: 3,
      priceWeight: 0.25,
      currency: 'EUR',
    });
    expect(scoringHash).toMatch(/^[0-9a-f]{16}$/);
    expect(scoringHash).toBe(buildSpecContent(model, { version: '1', date: '2026-01-01' }).metadata.scoringHash);
    const scale = toJson(analyzeSources({ 'main.ccp': 'tender t { scale: 0 "None", 5 "Standard"  area_weights: crm 2, other 1  knockout: none }\n' }).model);
    expect(errorsOf(scale)).toEqual([]);
    expect(scale.tender).toMatchObject({ scale: [{ score: 0, definition: 'None' }, { score: 5, definition: 'Standard' }], areaWeights: [{ key: 'crm', value: 2 }, { key: 'other', value: 1 }], knockoutMusts: false });
    expect(toJson(analyzeSources({ 'main.ccp': 'role agent { }\n' }).model).tender).toBeUndefined();
  });

  it('the schema rejects unknown keys and wrong types', () => {
    const analysis = analyzeSources({ 'main.ccp': 'role agent { }\n' });
    const json = toJson(analysis.model) as unknown as { roles: Record<string, unknown>[] };
    json.roles[0]!.extra = 1;
    expect(errorsOf(json).join()).toMatch(/additional properties/);
  });

  const examples = exampleProjects();
  it('finds the bundled examples', () => {
    expect(examples.length).toBeGreaterThan(0);
  });
  for (const { name, dir } of examples) {
    it(`ccp export json ${name} validates against the schema and is deterministic`, async () => {
      // --force: an example may have errors on purpose (gaps); its export is then marked with designErrors
      const first = await runCli(['export', 'json', dir, '--force']);
      const second = await runCli(['export', 'json', dir, '--force']);
      expect(first.stdout).toBe(second.stdout);
      const data = JSON.parse(first.stdout);
      expect(errorsOf(data)).toEqual([]);
      expect(data.format).toBe('ccp-model');
      expect(first.code).toBe(first.stderr.includes('error') ? 1 : 0);
      expect(data.designErrors !== undefined).toBe(first.code === 1);
    });
  }

  it('ccp schema prints the model schema; --config the config schema', async () => {
    const run = await runCli(['schema']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(modelSchema());
    const config = await runCli(['schema', '--config']);
    expect(JSON.parse(config.stdout).title).toMatch(/ccp\.config\.json/);
  });

  it('ccp export rejects an unknown format with exit 2', async () => {
    const run = await runCli(['export', 'yaml', fixture]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/unknown format/);
  });
});
