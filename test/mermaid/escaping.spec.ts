import { describe, expect, it } from 'vitest';
import { flowchartLabel, generateDiagrams, journeyText, nodeId, NodeIds, safeStem, uniqueNames } from '@ccp/generators/mermaid';
import { join } from 'node:path';
import { fixturesDir, modelOf } from './load-fixture.js';

const KEYWORDS = ['end', 'graph', 'subgraph', 'style', 'click', 'flowchart', 'classDef', 'class', 'direction', 'linkStyle', 'o', 'x'];

describe('flowchartLabel', () => {
  it('replaces every character that could end or change a quoted label by an entity code', () => {
    expect(flowchartLabel('a "b" #1; <i> & `c` |d| 50% \\')).toBe('a #quot;b#quot; #35;1#59; #lt;i#gt; #amp; #96;c#96; #124;d#124; 50#37; #92;');
  });
  it('keeps brackets, emoji and Polish letters as they are', () => {
    expect(flowchartLabel('Zażółć [gęślą] {jaźń} (😀)')).toBe('Zażółć [gęślą] {jaźń} (😀)');
  });
  it('turns newlines into <br/> and control characters into spaces', () => {
    expect(flowchartLabel('one\ntwo\r\nthree\u2028four\u0007')).toBe('one<br/>two<br/>three<br/>four ');
  });
  it("writes ':' as a code when a non-space follows (Mermaid's style/classDef line rule)", () => {
    expect(flowchartLabel('style:#fff;')).toBe('style#58;#35;fff#59;');
    expect(flowchartLabel('uses: x')).toBe('uses: x');
  });
  it('writes private-use characters as numeric codes (the renderer uses them as placeholders)', () => {
    expect(flowchartLabel('a\ue000b')).toBe('a#57344;b');
  });
  it('never leaves a raw quote, #, ; or newline', () => {
    const nasty = '"#;\n\r<>&`|%\\' + '\u0000';
    expect(flowchartLabel(nasty)).not.toMatch(/["\n\r]|#(?!\w+;)|(?<!#\w+);/);
  });
});

describe('journeyText', () => {
  it("also codes ':' and ',' and flattens newlines", () => {
    expect(journeyText('Czat: web, app; #2\nnext')).toBe('Czat#58; web#44; app#59; #35;2 next');
  });
  it('never returns an empty text', () => {
    expect(journeyText('  ')).toBe('#32;');
  });
});

describe('node ids', () => {
  it('prefixes keyword ids so none is a Mermaid keyword', () => {
    for (const id of KEYWORDS) {
      const out = nodeId('st', id);
      expect(out.startsWith('st_')).toBe(true);
      expect(KEYWORDS).not.toContain(out);
    }
  });
  it('spells any id in ASCII letters, digits and _', () => {
    for (const id of ['obsługa', 'Łódź', '日本', 'a-b', 'x😀y', 'end']) expect(nodeId('pr', id)).toMatch(/^pr_[A-Za-z0-9_]+$/);
    expect(nodeId('pr', 'obsługa-klienta')).toBe('pr_obsluga_klienta');
  });
  it('keeps ids unique within a diagram when spellings collide', () => {
    const ids = new NodeIds();
    expect([ids.get('st', 'a-b'), ids.get('st', 'a_b'), ids.get('st', 'a-b'), ids.get('tp', 'a-b')]).toEqual(['st_a_b', 'st_a_b_2', 'st_a_b', 'tp_a_b']);
  });
  it('gives the keywords fixture distinct ids and no bare keyword', () => {
    const [, process] = generateDiagrams(modelOf(join(fixturesDir, 'mermaid-keywords')));
    const declared = [...process!.text.matchAll(/^\s+(\w+)[[{(]/gm)].map((m) => m[1]!);
    expect(new Set(declared).size).toBe(declared.length);
    for (const id of declared) expect(KEYWORDS).not.toContain(id);
  });
});

describe('file names', () => {
  it('cannot leave the output folder', () => {
    for (const id of ['../x', '..', 'a/b', 'a\\b', 'C:x', '.hidden', '', 'a\0b']) {
      const stem = safeStem(id);
      expect(stem).not.toMatch(/[/\\:\0]/);
      expect(stem.startsWith('.')).toBe(false);
      expect(stem.length).toBeGreaterThan(0);
    }
    expect(safeStem('obsługa')).toBe('obsługa');
  });
  it('are unique even on case-insensitive file systems', () => {
    expect(uniqueNames(['process-A', 'process-a', 'process-a'])).toEqual(['process-A', 'process-a-2', 'process-a-3']);
  });
});
