import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BPMN_XSD, bpmnCases, bpmnOf, lintBpmn, readBpmn } from './bpmn-files.js';

/**
 * Every process of every example (and of the BPMN fixture) exports to a file that the BPMN 2.0 XSD accepts
 * (xmllint), that bpmn-moddle reads without warnings, and on which bpmnlint's recommended rules report nothing.
 */
const scratch = mkdtempSync(join(tmpdir(), 'ccp-bpmn-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('BPMN export', () => {
  for (const c of bpmnCases()) {
    it(`${c.name}: one valid, lint-clean file per process`, async () => {
      const files = await bpmnOf(c.model);
      expect(files.map((f) => f.elementId)).toEqual([...new Set(c.model.processes.map((p) => p.id))]);
      expect(files.length).toBeGreaterThan(0);
      for (const f of files) {
        const path = join(scratch, `${c.name}-${f.name}.bpmn`);
        writeFileSync(path, f.xml);
        // throws with xmllint's messages when the file does not validate
        execFileSync('xmllint', ['--noout', '--schema', BPMN_XSD, path], { stdio: 'pipe' });
        const { definitions, warnings } = await readBpmn(f.xml);
        expect(warnings, `${c.name}/${f.name}: bpmn-moddle warnings`).toEqual([]);
        expect(await lintBpmn(definitions), `${c.name}/${f.name}: bpmnlint recommended`).toEqual([]);
      }
    });
  }

  it('xmllint does reject a file that breaks the schema (the check above can fail)', async () => {
    const [file] = await bpmnOf(bpmnCases()[0]!.model);
    const broken = file!.xml.replace(/<bpmn:laneSet /, '<bpmn:laneSetX ').replace(/<\/bpmn:laneSet>/, '</bpmn:laneSetX>');
    const path = join(scratch, 'broken.bpmn');
    writeFileSync(path, broken);
    expect(() => execFileSync('xmllint', ['--noout', '--schema', BPMN_XSD, path], { stdio: 'pipe' })).toThrow();
  });

  it('gives byte-identical files for the same model', async () => {
    for (const c of bpmnCases()) {
      const a = await bpmnOf(c.model);
      const b = await bpmnOf(c.model);
      expect(b.map((f) => f.xml)).toEqual(a.map((f) => f.xml));
    }
  });
});
