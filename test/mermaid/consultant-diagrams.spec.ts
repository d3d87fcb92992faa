import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeSources } from '@ccp/language';
import { generateDiagrams, PART_STEPS } from '@ccp/generators/mermaid';
import { exampleProjects, fixturesDir, modelOf } from './load-fixture.js';

/** Issue 20, must-show 4: titles, vendor lanes, initiators, ELK for the overview, notes for --detail, split processes. */
describe('diagrams a consultant can show', () => {
  const all = [...exampleProjects().map((e) => modelOf(e.dir)), modelOf(join(fixturesDir, 'mermaid-vendor'))].flatMap((m) => generateDiagrams(m, { detail: true }));

  it('every picture has a title', () => {
    for (const d of all) expect(d.text, d.name).toMatch(d.kind === 'journey' ? /^journey\n {2}title \S/m : /^---\ntitle: "(?:[^"\\\n]|\\.)+"\n/);
  });

  it('lays the overview out with ELK', () => {
    for (const d of all.filter((x) => x.kind === 'overview')) expect(d.text).toContain('config:\n  layout: elk\n---\nflowchart LR');
  });

  it('never puts functions or data inside a decision diamond; --detail notes sit beside the steps', () => {
    for (const d of all) expect(d.text).not.toMatch(/\{"[^"]*(uses|reads|writes|używa|czyta|zapisuje): /);
    const hotline = all.find((d) => d.name === 'process-hotline' && d.text.includes('CallPro agent'))!;
    expect(hotline.text).toContain('st_answer{"Answer"}');
    expect(hotline.text).toContain('st_answer -.- nt_answer');
  });

  it('marks vendor lanes and outsourced processes, and who starts an entry touchpoint', () => {
    const hotline = all.find((d) => d.name === 'process-hotline' && d.text.includes('CallPro agent'))!;
    expect(hotline.text).toContain('title: "Hotline (CallPro, outsourced)"');
    expect(hotline.text).toContain('subgraph ln_vendor_agent ["CallPro agent [outsourced]"]');
    expect(hotline.text).toMatch(/style ln_vendor_agent .*stroke-dasharray/);
    expect(hotline.text).toContain('tp_call(["Customer calls<br/>(customer starts)"])');
    expect(hotline.text).toContain('tp_reminder(["Payment reminder<br/>(company starts)"])');
    const overview = all.find((d) => d.kind === 'overview' && d.text.includes('CallPro'))!;
    expect(overview.text).toMatch(/class pr_hotline outsourced/);
  });

  it('splits a process over 25 steps into parts joined by connectors, every step in exactly one part', () => {
    const steps = 47;
    const lines = ['role a "A" { }', 'process big "Big" {'];
    for (let i = 0; i < steps; i++) lines.push(i === steps - 1 ? `  step s${i} { by: a  end }` : i % 9 === 8 ? `  step s${i} { by: a  decide { "back" -> s${i - 8}  otherwise -> s${i + 1} } }` : `  step s${i} { by: a  next: s${i + 1} }`);
    lines.push('}');
    const parts = generateDiagrams(analyzeSources({ 'm.ccp': lines.join('\n') }).model).filter((d) => d.kind === 'process');
    expect(parts.map((p) => p.name)).toEqual(['process-big-1', 'process-big-2', 'process-big-3']);
    expect(parts.map((p) => p.part)).toEqual([1, 2, 3].map((index) => ({ index, count: 3 })));
    const owner = new Map<string, string>();
    for (const p of parts) {
      const nodes = [...p.text.matchAll(/^\s+st_(s\d+)[[{]/gm)].map((m) => m[1]!);
      expect(nodes.length).toBeLessThanOrEqual(PART_STEPS);
      for (const n of nodes) {
        expect(owner.has(n), n).toBe(false);
        owner.set(n, p.name);
      }
      expect(p.text).toContain('layout: elk');
    }
    expect(owner.size).toBe(steps);
    // s15 -> s16 crosses from part 1 to part 2: an out-connector in part 1, an in-connector in part 2
    expect(parts[0]!.text).toMatch(/st_s15 --> co_s16\n/);
    expect(parts[0]!.text).toContain('co_s16(["→ s16 (part 2)"])');
    expect(parts[1]!.text).toMatch(/ci_s15 --> st_s16\n/);
    // the loop back from s17 to s9 (part 2 -> part 1)
    expect(parts[1]!.text).toContain('st_s17 -->|"back"| co_s9');
    expect(parts[0]!.text).toMatch(/ci_s17 --> st_s9\n/);
    // only the first part has the start
    expect(parts.filter((p) => p.text.includes('ev_start'))).toHaveLength(1);
  });
});
