// Rendered sizes, edges passing behind unrelated nodes, and edge crossings of the Mermaid diagrams of the examples
// and of a generated 40-step process (issue 20; the figures are in docs/diagrams.md).
//   node scripts/docs/diagram-figures.mjs [--detail] [--only overview|process]
// Needs `pnpm build` and a Chromium (CCP_BROWSER or /usr/bin/chromium).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { analyzeSources } from '@ccp/language';
import { generateDiagrams } from '@ccp/generators/mermaid';
import { DiagramRenderer, findBrowser } from '@ccp/render';

const root = join(fileURLToPath(import.meta.url), '..', '..', '..');
const detail = process.argv.includes('--detail');
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;

function ccpFiles(dir, out = {}) {
  for (const e of readdirSync(dir).sort()) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) ccpFiles(p, out);
    else if (e.endsWith('.ccp')) out[relative(dir, p)] = readFileSync(p, 'utf8');
  }
  return out;
}

/** A 40-step process in four lanes: a decision every fifth step, a loop back, two touchpoints starting it. */
export function fortyStepSource(steps = 40) {
  const roles = ['agent', 'senior', 'back_office', 'team_lead'];
  const out = roles.map((r) => `role ${r} "${r.replace('_', ' ')}" { }`);
  out.push('touchpoint call "Customer calls" { initiated_by: customer  starts: big }', 'touchpoint mail "Reminder letter" { initiated_by: company  starts: big }');
  out.push('function crm_card "Customer card" { }', 'data ticket "Ticket" { }');
  out.push('process big "Forty steps" {');
  for (let i = 0; i < steps; i++) {
    const by = roles[Math.floor(i / 3) % roles.length];
    const name = `"Step ${i + 1} of the case"`;
    const uses = i % 4 === 0 ? '  uses: crm_card  writes: ticket' : '';
    if (i === steps - 1) out.push(`  step s${i} ${name} { by: ${by}${uses}  end }`);
    else if (i % 5 === 4 && i + 2 < steps) out.push(`  step s${i} ${name} { by: ${by}${uses}  decide { "ok" -> s${i + 1}  "again" -> s${Math.max(0, i - 3)}  otherwise -> s${i + 2} } }`);
    else out.push(`  step s${i} ${name} { by: ${by}${uses}  next: s${i + 1} }`);
  }
  out.push('}');
  return out.join('\n');
}

/** Runs in the page: size, edge-behind-node hits and edge-edge crossings of the SVG in the body. */
function measure() {
  const svg = document.querySelector('svg');
  const vb = svg.viewBox.baseVal;
  const nodes = [...svg.querySelectorAll('g.node')].map((n) => {
    const b = n.getBBox();
    const m = n.getCTM();
    return { x: b.x + m.e, y: b.y + m.f, w: b.width, h: b.height };
  });
  const edges = [...svg.querySelectorAll('path[data-edge="true"], path.flowchart-link')].filter((p, i, all) => all.indexOf(p) === i).map((p) => {
    const len = p.getTotalLength();
    const m = p.getCTM();
    const pts = [];
    for (let d = 0; d <= len; d += 4) {
      const q = p.getPointAtLength(d);
      pts.push({ x: q.x + m.e, y: q.y + m.f });
    }
    return pts;
  });
  const inside = (pt, n, s) => pt.x > n.x + s && pt.x < n.x + n.w - s && pt.y > n.y + s && pt.y < n.y + n.h - s;
  let behind = 0;
  for (const pts of edges) {
    if (pts.length < 2) continue;
    const a = pts[0], z = pts[pts.length - 1];
    for (const n of nodes) {
      if (inside(a, n, -6) || inside(z, n, -6)) continue; // its own endpoints
      if (pts.some((pt) => inside(pt, n, 3))) behind++;
    }
  }
  const cross = (p, q, r, s) => {
    const d = (a, b, c) => (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x);
    return d(p, q, r) * d(p, q, s) < 0 && d(r, s, p) * d(r, s, q) < 0;
  };
  let crossings = 0;
  for (let i = 0; i < edges.length; i++)
    for (let j = i + 1; j < edges.length; j++) {
      const A = edges[i], B = edges[j];
      let hit = false;
      for (let k = 1; k < A.length && !hit; k++) for (let l = 1; l < B.length && !hit; l++) if (cross(A[k - 1], A[k], B[l - 1], B[l])) hit = true;
      if (hit) crossings++;
    }
  return { width: Math.round(vb.width), height: Math.round(vb.height), edges: edges.length, behind, crossings };
}

const browserFound = findBrowser();
if (!browserFound) throw new Error('no browser');
const cases = [];
for (const name of readdirSync(join(root, 'examples')).sort()) {
  const dir = join(root, 'examples', name);
  if (!statSync(dir).isDirectory() || name === 'gaps') continue;
  for (const d of generateDiagrams(analyzeSources(ccpFiles(dir)).model, { detail })) if (d.kind !== 'journey') cases.push([`${name}/${d.name}`, d]);
}
for (const d of generateDiagrams(analyzeSources({ 'big.ccp': fortyStepSource() }).model, { detail })) if (d.kind === 'process') cases.push(['generated/40 steps', d]);
const renderer = await DiagramRenderer.open({ executablePath: browserFound.path });
const browser = await chromium.launch({ executablePath: browserFound.path, args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
console.log('| diagram | size (px) | edges | edge passes behind a node | edge crossings |\n| --- | --- | --- | --- | --- |');
for (const [label, d] of cases) {
  if (only && d.kind !== only) continue;
  const out = await renderer.render({ name: d.name, text: d.text, edges: d.edges, formats: ['svg'] });
  if (out.error) { console.log(`| ${label} | error: ${out.error} |`); continue; }
  await page.setContent(`<!doctype html><body style="margin:0">${out.svg}</body>`);
  const m = await page.evaluate(measure);
  console.log(`| ${label} | ${m.width} x ${m.height} | ${m.edges} | ${m.behind} | ${m.crossings} |`);
}
await browser.close();
await renderer.close();
