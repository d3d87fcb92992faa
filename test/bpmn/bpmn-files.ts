import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Model } from '@ccp/core';
import { generateBpmn, type BpmnFile } from '@ccp/generators/bpmn';
import { exampleProjects, fixturesDir, modelOf } from '../mermaid/load-fixture.js';
import { repoRoot } from '../support/paths.js';

/** The BPMN 2.0 schema, copied into the repository (test/fixtures/schemas/bpmn/README.md). */
export const BPMN_XSD = join(repoRoot, 'test', 'fixtures', 'schemas', 'bpmn', 'BPMN20.xsd');
export const handoverFixture = join(fixturesDir, 'bpmn-handover');

/** Every example (picked up automatically) and the BPMN fixture, with their models. */
export function bpmnCases(): { name: string; dir: string; model: Model }[] {
  return [...exampleProjects(), { name: 'bpmn-handover', dir: handoverFixture }].map((c) => ({ ...c, model: modelOf(c.dir) }));
}

export async function bpmnOf(model: Model): Promise<BpmnFile[]> {
  return generateBpmn(model, { exporterVersion: '0.1.0' });
}

const require = createRequire(import.meta.url);

/** bpmn-moddle's reader (the one bpmn-js and bpmnlint use): the parsed definitions and its warnings. */
export async function readBpmn(xml: string): Promise<{ definitions: unknown; warnings: string[] }> {
  const { BpmnModdle } = (await import('bpmn-moddle')) as unknown as { BpmnModdle: new () => { fromXML(xml: string): Promise<{ rootElement: unknown; warnings: { message: string }[] }> } };
  const { rootElement, warnings } = await new BpmnModdle().fromXML(xml);
  return { definitions: rootElement, warnings: warnings.map((w) => w.message) };
}

/**
 * bpmnlint with `bpmnlint:recommended`, as a library, on the parsed file: every report as `rule id: message`. A new
 * linter per file: some rules keep state between files (no-duplicate-sequence-flows keys flows by id).
 */
export async function lintBpmn(definitions: unknown): Promise<string[]> {
  const { Linter } = require('bpmnlint') as { Linter: new (o: unknown) => { lint(d: unknown): Promise<Record<string, { id: string; message: string }[]>> } };
  const NodeResolver = require('bpmnlint/lib/resolver/node-resolver') as new () => unknown;
  const reports = await new Linter({ config: { extends: 'bpmnlint:recommended' }, resolver: new NodeResolver() }).lint(definitions);
  return Object.entries(reports).flatMap(([rule, list]) => list.map((r) => `${rule}: ${r.id}: ${r.message}`));
}
