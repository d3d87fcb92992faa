import { describe, expect, it } from 'vitest';
import type { Model } from '@ccp/core';
import { modelSchema, toJson } from '@ccp/generators/json';
import { exampleProjects } from '../support/golden.js';
import { runCli } from '../support/run-cli.js';

/**
 * Guards against drift between the core model and the JSON form: every field set on any element of the bundled
 * examples (and of the golden fixture) must have a property in the schema, so a field added to the model cannot be
 * silently left out of the export.
 */
const defs = (modelSchema() as { $defs: Record<string, { properties?: Record<string, unknown> }> }).$defs;
const kinds: [keyof Model, string][] = [
  ['personas', 'Persona'],
  ['stages', 'Stage'],
  ['channels', 'Channel'],
  ['touchpoints', 'Touchpoint'],
  ['processes', 'Process'],
  ['roles', 'Role'],
  ['systems', 'System'],
  ['data', 'Data'],
  ['functions', 'Function'],
  ['kpis', 'Kpi'],
  ['scenarios', 'Scenario'],
];
const internal = new Set(['kind', 'loc', 'idLoc', 'fieldLocs']);
const renamed: Record<string, Record<string, string>> = { Kpi: { source: 'sourceSystem' }, Step: { process: '' } };

/** Fields set on the model element that the schema has no property for, or that its JSON form leaves out. */
function missing(def: string, element: object, json: object | undefined): string[] {
  const props = defs[def]?.properties ?? {};
  const out: string[] = [];
  for (const [key, value] of Object.entries(element)) {
    if (value === undefined || internal.has(key)) continue;
    const name = renamed[def]?.[key] ?? key;
    if (name === '') continue;
    if (!(name in props)) out.push(`${def}.${key} (not in the schema)`);
    else if (!json || !(name in json)) out.push(`${def}.${key} (not exported)`);
  }
  return out;
}

describe('the JSON form covers the model', () => {
  for (const { name, dir } of exampleProjects()) {
    it(`every field used in ${name} has a place in the schema`, async () => {
      // the model itself, through the CLI's loader, is what export serializes
      const { loadCliProject } = await import('../../packages/cli/dist/project/load-cli-project.js');
      const ctx = { cwd: dir, env: {}, stdout: { write: () => true }, stderr: { write: () => true }, exitCode: 0 };
      const project = await loadCliProject(ctx, [dir], { skipRules: true });
      const model = project.analysis.model as Model;
      const json = toJson(model) as unknown as Record<string, object[]> & { project?: object; processes: { steps: object[] }[] };
      const gaps = new Set<string>();
      if (model.project) for (const m of missing('Project', model.project, json.project)) gaps.add(m);
      if (model.tender) for (const m of missing('Tender', model.tender, json.tender)) gaps.add(m);
      for (const [key, def] of kinds) {
        (model[key] as object[]).forEach((element, i) => {
          for (const m of missing(def, element, json[key]![i])) gaps.add(m);
        });
      }
      model.processes.forEach((p, i) => p.steps.forEach((s, j) => missing('Step', s, json.processes[i]!.steps[j]).forEach((m) => gaps.add(m))));
      expect([...gaps]).toEqual([]);
      expect((await runCli(['export', 'json', dir, '--force'])).stdout.length).toBeGreaterThan(100);
    });
  }
});
