import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturesDir, modelOf } from '../mermaid/load-fixture.js';
import { examplesDir } from '../support/paths.js';
import { bpmnOf } from './bpmn-files.js';

const update = process.env.CCP_UPDATE_GOLDEN === '1';
const dir = join(fixturesDir, 'bpmn-acme');

describe('BPMN golden files', () => {
  it('examples/acme-contact-center gives test/fixtures/bpmn-acme/expected-*.bpmn', async () => {
    const files = await bpmnOf(modelOf(join(examplesDir, 'acme-contact-center')));
    const expected = readdirSync(dir).filter((f) => f.startsWith('expected-') && f.endsWith('.bpmn')).sort();
    const actual = files.map((f) => `expected-${f.name}.bpmn`).sort();
    if (update) {
      for (const stale of expected) if (!actual.includes(stale)) rmSync(join(dir, stale));
      for (const f of files) writeFileSync(join(dir, `expected-${f.name}.bpmn`), f.xml);
      return;
    }
    expect(actual, 'files generated vs expected-*.bpmn (CCP_UPDATE_GOLDEN=1 to update)').toEqual(expected);
    for (const f of files) expect(f.xml, `expected-${f.name}.bpmn`).toBe(readFileSync(join(dir, `expected-${f.name}.bpmn`), 'utf8'));
  });
});
