#!/usr/bin/env node
// Regenerates the BPMN pictures of docs/diagrams.md from the examples, after `pnpm build`:
//
//   node scripts/docs/bpmn-images.mjs
//
// Each picture is the example's .bpmn file (the one `ccp diagram --format bpmn` writes) drawn by bpmn-js's viewer in
// the local Chromium through @ccp/render, so the docs show what bpmn.io and Camunda Modeler show.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { analyzeSources } from '@ccp/language';
import { generateBpmn } from '@ccp/generators/bpmn';
import { BROWSER_HINT, findBrowser, renderDiagrams } from '@ccp/render';

const root = join(import.meta.dirname, '..', '..');
/** [project folder, process id, picture under docs/images] */
const PICTURES = [
  ['examples/acme-contact-center', 'complaint', 'bpmn-complaint.png'],
  // a vendor pool with hand-overs both ways, a call activity, a parallel split, a loop
  ['test/fixtures/bpmn-handover', 'support', 'bpmn-vendor-handover.png'],
];

function ccpFiles(dir, base = dir, out = {}) {
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) ccpFiles(path, base, out);
    else if (entry.endsWith('.ccp')) out[relative(base, path)] = readFileSync(path, 'utf8');
  }
  return out;
}

const browser = findBrowser();
if (!browser) {
  process.stderr.write(`bpmn-images: no browser found. ${BROWSER_HINT}\n`);
  process.exit(2);
}
const inputs = [];
for (const [folder, processId, picture] of PICTURES) {
  const model = analyzeSources(ccpFiles(join(root, folder))).model;
  const file = (await generateBpmn(model)).find((f) => f.elementId === processId);
  if (!file) throw new Error(`${folder} has no process '${processId}'`);
  inputs.push({ name: picture, kind: 'bpmn', text: file.xml, formats: ['png'] });
}
const results = await renderDiagrams(inputs, { executablePath: browser.path });
for (const r of results) {
  if (r.error !== undefined || (r.warnings ?? []).length > 0) throw new Error(`${r.name}: ${r.error ?? r.warnings.join('; ')}`);
  writeFileSync(join(root, 'docs', 'images', r.name), r.png);
  process.stdout.write(`docs/images/${r.name}\n`);
}
