/**
 * The diagram budgets of issue 20, run in their own process by scripts/bench.mjs (`pnpm bench --only diagrams`):
 * - 50 processes (a synthetic project of 500 steps: ten steps, a decision and two branches each, some outsourced)
 *   to BPMN 2.0 with our layout, in under 2 s (best of 3, in process, after one warm-up run);
 * - 50 of those BPMN files plus 50 Mermaid flowcharts of the same processes rendered to SVG in one browser session
 *   (start-up of Chromium included), in under 30 s; skipped when no browser is found.
 * Prints JSON.
 */
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { analyzeSources } from '@ccp/language';
import { generateBpmn } from '@ccp/generators/bpmn';
import { generateDiagrams } from '@ccp/generators/mermaid';
import { findBrowser, renderDiagrams } from '@ccp/render';
import { syntheticProject } from './synthetic-project.mjs';

const { files } = syntheticProject(500);
const sources = Object.fromEntries([...files].filter(([path]) => path.endsWith('.ccp')));
const model = analyzeSources(sources).model;
const processes = model.processes.length;

await generateBpmn(model); // warm-up: module loading and the JIT are not what the budget is about
let bpmnMs = Infinity;
let bpmnCpuMs = Infinity;
let bpmn;
for (let i = 0; i < 3; i++) {
  const t = performance.now();
  const cpu = process.cpuUsage();
  bpmn = await generateBpmn(model);
  const used = process.cpuUsage(cpu);
  bpmnMs = Math.min(bpmnMs, performance.now() - t);
  bpmnCpuMs = Math.min(bpmnCpuMs, (used.user + used.system) / 1000);
}
const bytes = bpmn.reduce((s, f) => s + Buffer.byteLength(f.xml), 0);
const nodes = bpmn.reduce((s, f) => s + f.counts.nodes, 0);

let render = { skipped: 'no browser found' };
const browser = findBrowser();
if (browser) {
  const mermaid = generateDiagrams(model).filter((d) => d.kind === 'process').slice(0, 50);
  const inputs = [
    ...bpmn.slice(0, 50).map((f) => ({ name: `${f.name}.bpmn`, kind: 'bpmn', text: f.xml, formats: ['svg'] })),
    ...mermaid.map((d) => ({ name: d.name, kind: 'mermaid', text: d.text, edges: d.edges, formats: ['svg'] })),
  ];
  const t = performance.now();
  const results = await renderDiagrams(inputs, { executablePath: browser.path });
  const ms = performance.now() - t;
  const failed = results.filter((r) => r.error !== undefined || (r.warnings ?? []).length > 0).length;
  render = { ms, bpmn: Math.min(50, bpmn.length), mermaid: mermaid.length, failed, browser: browser.path };
}
process.stdout.write(JSON.stringify({ processes, bpmnMs, bpmnCpuMs, bytes, nodes, render, load: loadavg()[0] }));
