/**
 * Times each in-process generator that is built (packages/generators/dist/<name>/index.js), calling its library
 * function on the resolved model. Generators are written by others and their APIs may still move: a generator
 * whose index is missing, or that lacks the function named here, is skipped with the reason, never an error.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const dist = new URL('../../packages/generators/dist/', import.meta.url);

/** name -> how to run it on a model; returns a short note on what was produced. */
const adapters = {
  json: async (m, model) => {
    if (typeof m.modelJsonText !== 'function') return undefined;
    return `${(m.modelJsonText(model).length / 1048576).toFixed(1)} MiB`;
  },
  mermaid: async (m, model) => {
    if (typeof m.generateDiagrams !== 'function') return undefined;
    return `${m.generateDiagrams(model).length} diagrams`;
  },
  xlsx: async (m, model, scratch) => {
    if (typeof m.writeSpecXlsx !== 'function') return undefined;
    const bytes = await m.writeSpecXlsx(model, { version: '1.0', date: '2026-01-01' });
    writeFileSync(join(scratch, 'spec.xlsx'), bytes);
    return `${model.functions.length} functions, ${(bytes.length / 1048576).toFixed(1)} MiB`;
  },
  docs: async (m, model) => {
    if (typeof m.generateDocs !== 'function' || typeof m.loadTemplates !== 'function') return undefined;
    const files = await m.generateDocs({ model, templates: m.loadTemplates().templates });
    return `${files.length} files (Markdown and HTML)`;
  },
  staffing: async (m, model) => {
    // The engine is its own package (@ccp/staffing); this times it together with the text table it feeds.
    const engine = await import(new URL('../../packages/staffing/dist/index.js', import.meta.url).href);
    if (typeof engine.staffingReport !== 'function' || typeof m.formatStaffingTable !== 'function') return undefined;
    m.formatStaffingTable(engine.staffingReport(model));
    return `${model.channels.length} channels`;
  },
};

/** Generators left out above this many steps: they write one document per process and take minutes there. */
const maxSteps = { docs: 10_000 };

/** Runs every adapter; each result is `{ name, ms, note }` or `{ name, skipped }`. */
export async function runGenerators(model, scratch) {
  const results = [];
  const steps = model.processes.reduce((n, p) => n + p.steps.length, 0);
  for (const [name, run] of Object.entries(adapters)) {
    if (steps > (maxSteps[name] ?? Infinity)) {
      results.push({ name, skipped: `left out above ${maxSteps[name]} steps` });
      continue;
    }
    const index = new URL(`${name}/index.js`, dist);
    if (!existsSync(index)) {
      results.push({ name, skipped: 'not built' });
      continue;
    }
    try {
      const t = performance.now();
      const m = await import(index.href);
      const loaded = performance.now() - t;
      const t2 = performance.now();
      const note = await run(m, model, scratch);
      const ms = performance.now() - t2;
      results.push(note === undefined ? { name, skipped: 'no known entry point' } : { name, ms, loadMs: loaded, note });
    } catch (error) {
      results.push({ name, skipped: `failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}` });
    }
  }
  return results;
}
