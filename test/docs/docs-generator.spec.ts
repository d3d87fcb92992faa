import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { asciiSlug, escapeMarkdown, isSafeSvg } from '@ccp/generators/docs';
import { docsOf, fixtureSources, joinMarkdown } from '../support/docs-fixture.js';
import { exampleProjects, expectGolden } from '../support/golden.js';
import { repoRoot } from '../support/paths.js';
import { runCli } from '../support/run-cli.js';

const fixture = join(repoRoot, 'test', 'fixtures', 'spec-complaints');
const html = async (sources: Record<string, string>) => (await docsOf(sources, { markdown: false })).find((f) => f.path === 'spec.html')!.content;

/** Every `href="#x"` of an HTML text, and every `id="x"`. */
function anchorsOf(text: string) {
  const hrefs = [...text.matchAll(/href="#([^"]*)"/g)].map((m) => m[1]!);
  const ids = new Set([...text.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]!));
  return { hrefs, ids };
}

describe('docs generator', () => {
  it('writes index.md, one Markdown file per process and spec.html', async () => {
    const files = await docsOf(fixtureSources(fixture));
    expect(files.map((f) => f.path)).toEqual(['index.md', 'process-complaint.md', 'process-refund.md', 'blueprint.svg', 'spec.html']);
  });

  it('Markdown matches the golden file (spec-complaints)', async () => {
    expectGolden(join(fixture, 'expected.md'), joinMarkdown(await docsOf(fixtureSources(fixture))));
  });

  it('is deterministic', async () => {
    const a = await docsOf(fixtureSources(fixture));
    const b = await docsOf(fixtureSources(fixture));
    expect(a).toEqual(b);
  });

  it('Markdown has Mermaid code blocks GitHub renders, fenced longer than any backtick run', async () => {
    const files = await docsOf({ 'main.ccp': 'role agent { }\nprocess p "Uses ```` fences" { step s "a ``` b" { by: agent  end } }\n' });
    const md = files.find((f) => f.path === 'process-p.md')!.content;
    const fence = /^(`{3,})mermaid$/m.exec(md)?.[1];
    expect(fence).toBeDefined();
    const body = md.slice(md.indexOf(`${fence}mermaid`) + fence!.length + 8);
    expect(body.indexOf(`\n${fence}\n`)).toBeGreaterThan(0);
    for (const run of body.slice(0, body.indexOf(`\n${fence}\n`)).match(/`+/g) ?? []) expect(run.length).toBeLessThan(fence!.length);
  });

  it('HTML-escapes every value from .ccp files: names, descriptions, attributes', async () => {
    const text = await html(fixtureSources(fixture));
    expect(text).not.toMatch(/<script/i);
    expect(text).toContain('ACME &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(text).toContain('Konsultant &lt;b&gt;');
    expect(text).toContain('Complaints &quot;lead&quot;');
    expect(text).not.toContain('<b>');
    expect(text).not.toContain('<i>reports');
    expect(text).not.toMatch(/href="(?!#)/);
  });

  it('escapes hostile names placed in every kind of element', async () => {
    const evil = '<script>alert(1)</script>';
    const q = (s: string) => JSON.stringify(s);
    const source = [
      `project p ${q(evil)} { sponsor: r  vision: ${q(evil)}  goals: ${q(evil)} }`,
      `role r ${q(evil)} { access: s read }`,
      `system s ${q(evil)} { kind: crm  vendor: ${q(evil)} }`,
      `data d ${q(evil)} { in: s }`,
      `channel c ${q(evil)} { hours: ${q(evil)}  volume: 10/day }`,
      `touchpoint t ${q(evil)} { channel: c  starts: pr  reason: ${q(evil)} }`,
      `process pr ${q(evil)} { owner: r  step st ${q(evil)} { by: r  uses: f  description: ${q(evil)}  end } }`,
      `function f ${q(evil)} { priority: must  system: s  description: ${q(evil)}  acceptance: ${q(evil)} }`,
      `kpi k ${q(evil)} { channel: c  target: <= 20s  definition: ${q(evil)} }`,
      `role x"y { }`,
    ].join('\n');
    const files = await docsOf({ 'main.ccp': source });
    for (const f of files) {
      expect(f.content, f.path).not.toMatch(/<script/i);
      expect(f.content, f.path).not.toContain('</script>');
    }
    expect(files.find((f) => f.path === 'spec.html')!.content.split('&lt;script&gt;').length).toBeGreaterThan(10);
  });

  it('links sections: a role to its steps, a function to the steps that need it; every #link resolves', async () => {
    const text = await html(fixtureSources(fixture));
    const role = text.slice(text.indexOf('id="role-agent"'), text.indexOf('</article>', text.indexOf('id="role-agent"')));
    expect(role).toContain('href="#step-complaint-register"');
    const fn = text.slice(text.indexOf('<article class="element function" id="function-open_ticket"'));
    expect(fn.slice(0, fn.indexOf('</article>'))).toContain('href="#step-complaint-register"');
    const { hrefs, ids } = anchorsOf(text);
    expect(hrefs.length).toBeGreaterThan(20);
    for (const h of hrefs) expect(ids, `#${h}`).toContain(h);
    expect([...text.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]!).every((id) => /^[A-Za-z0-9_-]+$/.test(id))).toBe(true);
  });

  it('gives every element a unique id, even when an id looks like a section name', async () => {
    const text = await html({ 'main.ccp': 'role r { }\nfunction table "T" { priority: must }\nfunction Table "T2" { priority: nice }\nprocess overview { step s { by: r  uses: table  end } }\n' });
    const ids = [...text.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]!.toLowerCase());
    expect(ids.length).toBe(new Set(ids).size);
    const { hrefs, ids: all } = anchorsOf(text);
    for (const h of hrefs) expect(all, `#${h}`).toContain(h);
  });

  it('has a table of contents, the findings and the function table with Must/Nice', async () => {
    const text = await html(fixtureSources(fixture));
    expect(text).toContain('<nav class="toc"');
    for (const id of ['processes', 'roles', 'systems', 'touchpoints', 'functions', 'findings']) expect(text).toContain(`<li><a href="#${id}">`);
    expect(text).toContain('function-without-priority');
    const findings = text.slice(text.indexOf('<section id="findings">'));
    expect(findings).toContain('href="#function-live_chat"');
    expect(text).toMatch(/<td class="priority priority-must">Must<\/td>/);
    expect(text).toMatch(/<td class="priority priority-nice">Nice<\/td>/);
    expect(text).toMatch(/<td class="priority priority-none">/);
  });

  it('is self-contained: inline CSS, a CSP that forbids loading anything, no script', async () => {
    const text = await html(fixtureSources(fixture));
    expect(text).toContain('<style>');
    expect(text).toContain("default-src 'none'");
    expect(text).not.toMatch(/<(script|link|img|iframe)\b/i);
    expect(text).not.toMatch(/https?:\/\//);
  });

  it('shows the Mermaid source when no SVG is given, and an SVG inline when it is safe', async () => {
    const { analyzeSources } = await import('@ccp/language');
    const { generateDocs, loadTemplates } = await import('@ccp/generators/docs');
    const { generateDiagrams } = await import('@ccp/generators/mermaid');
    const analysis = analyzeSources(fixtureSources(fixture));
    const diagrams = generateDiagrams(analysis.model);
    const plain = (await generateDocs({ model: analysis.model, templates: loadTemplates().templates, diagrams, markdown: false }))[0]!.content;
    expect(plain).toMatch(/<pre class="mermaid-source"><code>---\ntitle: &quot;[^\n]*&quot;\n(?:config:\n  layout: elk\n)?---\nflowchart/);
    const withSvg = diagrams.map((d) => ({ ...d, svg: d.elementId === 'refund' ? '<svg id="x"><g><text>ok</text></g></svg>' : '<svg onload="alert(1)"></svg>' }));
    const out = (await generateDocs({ model: analysis.model, templates: loadTemplates().templates, diagrams: withSvg, markdown: false }))[0]!.content;
    expect(out).toContain('<svg id="x"><g><text>ok</text></g></svg>');
    expect(out).not.toContain('onload');
  });

  it('isSafeSvg refuses scripts, handlers and external references', () => {
    expect(isSafeSvg('<svg><path marker-end="url(#arrow)"/></svg>')).toBe(true);
    expect(isSafeSvg('<svg><script>alert(1)</script></svg>')).toBe(false);
    expect(isSafeSvg('<svg><a href="javascript:alert(1)"/></svg>')).toBe(false);
    expect(isSafeSvg('<svg><image href="http://example.com/x.png"/></svg>')).toBe(false);
    expect(isSafeSvg('<svg><style>@import url(http://x)</style></svg>')).toBe(false);
    expect(isSafeSvg('<div>not svg</div>')).toBe(false);
  });

  it('anchors are ASCII and Markdown text cannot format or link', () => {
    expect(asciiSlug('zamówienie')).toBe('zamowienie');
    expect(asciiSlug('łódź')).toBe('lodz');
    expect(asciiSlug('a"><b')).toBe('a___b');
    expect(escapeMarkdown('[x](javascript:1) *b* | <i>')).toBe('\\[x\\]\\(javascript:1\\) \\*b\\* \\| &lt;i&gt;');
  });

  it('renders an empty model and broken input without crashing', async () => {
    for (const text of ['', 'process p { }', 'process { step', 'role r { reports_to: r }\nprocess p { step a { next: b } step b { next: a } }']) {
      const files = await docsOf({ 'main.ccp': text });
      expect(files.map((f) => f.path)).toContain('spec.html');
      const { hrefs, ids } = anchorsOf(files.find((f) => f.path === 'spec.html')!.content);
      for (const h of hrefs) expect(ids, `#${h}`).toContain(h);
    }
  });

  it('uses the project output language for headings', async () => {
    const files = await docsOf({ 'main.ccp': 'project p "P" { output_language: pl }\nrole r { }\n' });
    expect(files.find((f) => f.path === 'index.md')!.content).toContain('## Spis treści');
  });
});

describe('Markdown links of the examples', () => {
  for (const { name, dir } of exampleProjects()) {
    it(`${name}: every link points at an existing file and anchor`, async () => {
      const out = mkdtempSync(join(tmpdir(), 'ccp-md-'));
      try {
        const run = await runCli(['docs', dir, '--out', out, '--no-html', '--force']);
        expect(run.code, run.stderr).toBe(run.stderr.includes(' error ') || run.stderr.includes('  error  ') ? 1 : 0);
        for (const file of readdirSync(out)) {
          const text = readFileSync(join(out, file), 'utf8');
          for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
            const [path, anchor] = target!.split('#');
            const targetFile = path ? decodeURI(path) : file;
            expect(existsSync(join(out, targetFile)), `${file}: ${target}`).toBe(true);
            if (anchor) expect(readFileSync(join(out, targetFile), 'utf8'), `${file}: ${target}`).toContain(`<a id="${anchor}"></a>`);
          }
        }
      } finally {
        rmSync(out, { recursive: true, force: true });
      }
    });
  }
});
