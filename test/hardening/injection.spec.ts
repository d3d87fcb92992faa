import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Model } from '@ccp/core';
import { analyzeSources } from '@ccp/language';
import { generateDiagrams } from '@ccp/generators/mermaid';
import { DiagramRenderer, findBrowser } from '@ccp/render';
import { generateDocs, isSafeSvg, loadTemplates } from '@ccp/generators/docs';
import { diffModels, renderDiffMarkdown } from '@ccp/generators/diff';
import { staffingReport } from '@ccp/staffing';
import { formatStaffingMarkdown, staffingWorkbook } from '@ccp/generators/staffing';
import { loadExcelJS, rankVendors, readVendorAnswers, specRequirements, writeScoreXlsx, writeSpecXlsx } from '@ccp/generators/xlsx';
import { fillSpec, unzip } from '../xlsx/helpers.js';
import { runCli } from '../support/run-cli.js';

/**
 * Issue 9, part 3: text from an untrusted .ccp file (every display name, description, condition and vision holds
 * every payload below) must come out of every output as inert text: no markup in HTML, no link or raw HTML in
 * Markdown, no node, directive or click in Mermaid, no formula in any workbook, no workflow command in CI output,
 * and no unsafe file name.
 */
const payloads = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(2)>',
  "' onmouseover='alert(3)' x='",
  'javascript:alert(4)',
  '[click me](javascript:alert(5))',
  '![pixel](http://evil.example/track.png)',
  '<a href="javascript:alert(6)">link</a>',
  '<iframe src="http://evil.example"></iframe>',
  '"]\n  click st_a call alert(7)\n  X["',
  '%%{init: {"securityLevel": "loose"}}%%',
  '"] --> evil["x',
  '=cmd|\' /C calc\'!A0',
  '+1+1',
  '-1+1',
  '@SUM(1,1)',
  '\t=1+1',
  '\r=1+1',
  '=HYPERLINK("http://evil.example","x")',
  '\n::error file=x.ccp,line=1::injected\n::add-mask::secret',
  ']]><script>alert(8)</script><![CDATA[',
  '{{constructor.constructor "alert(9)"}}',
  '${process.exit(1)}',
];
const hostile = payloads.join(' ');
const q = (s: string) => JSON.stringify(s);

/** A complete, valid project in which every free text field carries every payload. */
export function hostileSource(text: string = hostile): string {
  return `
project p ${q(text)} { sponsor: a  vision: ${q(text)}  output_language: en }
role a ${q(text)} { headcount: 3  access: crm read write, cust read write }
role b ${q(text)} { headcount: 2  reports_to: a }
system crm ${q(text)} { kind: crm  hosting: saas }
data cust ${q(text)} { in: crm  personal: true  basis: contract }
channel phone ${q(text)} { hours: "Mo-Fr 08:00-16:00"  volume: 500/day  aht: 5m  service_level: 80% in 20s }
persona buyer ${q(text)} { }
stage use ${q(text)} { }
touchpoint call ${q(text)} { channel: phone  initiated_by: customer  stage: use  starts: proc }
process proc ${q(text)} {
  owner: a
  step first ${q(text)} { by: a  uses: fn  reads: cust  next: choose }
  step choose ${q(text)} {
    by: a
    decide {
      ${q(text)} -> last
      otherwise -> last
    }
  }
  step last ${q(text)} { by: a  end }
}
function fn ${q(text)} { priority: must  system: crm  roles: a  description: ${q(text)} }
kpi asa ${q(text)} { channel: phone  target: <= 20s  source: crm }
`;
}

function modelOf(source: string): Model {
  const a = analyzeSources({ 'main.ccp': source });
  const errors = a.diagnostics.filter((d) => d.severity === 'error');
  expect(errors.map((d) => d.message)).toEqual([]);
  return a.model;
}

let model: Model;
let benign: Model;
beforeAll(() => {
  model = modelOf(hostileSource());
  benign = modelOf(hostileSource('plain text'));
  expect(model.processes[0]!.steps[0]!.name).toBe(hostile);
});

const count = (text: string, re: RegExp) => (text.match(new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g')) ?? []).length;

/** Markup an attacker would need in HTML: each must occur as often as in the same document made from plain text. */
const htmlMarkers = [/<script\b/i, /<img\b/i, /<iframe\b/i, /<a\s/i, /\son[a-z]+\s*=/i, /(?:href|src|action)\s*=\s*["']?\s*javascript:/i, /<!\[CDATA\[/];

/** Markdown renders raw HTML and links: the payloads must stay escaped (`&lt;`, `\[`), the ccp anchors (`<a id>`) only. */
function expectInertMarkdown(full: string, name: string): void {
  // fenced blocks (the Mermaid source of diagrams) are shown as code, never rendered; they are checked as Mermaid
  const md = full.replace(/^```[\s\S]*?^```/gm, '');
  expect(md, name).not.toMatch(/<script|<img|<iframe|<a\s+href/i);
  expect(md.replace(/<a id="[A-Za-z0-9_-]+"><\/a>/g, ''), name).not.toMatch(/<a\s/i);
  expect(md, name).not.toMatch(/(^|[^\\])\]\(\s*javascript:/i);
  expect(md, name).not.toMatch(/(^|[^\\])!\[[^\]]*\]\(http:\/\/evil/);
  expect(md, name).not.toMatch(/(^|[^\\])\[click me\]\(/);
}

describe('HTML documents', () => {
  it('spec.html holds no markup, event handler or javascript: URL from the model', async () => {
    const { templates } = loadTemplates();
    const [html] = (await generateDocs({ model, templates, markdown: false })).map((f) => f.content);
    const [plain] = (await generateDocs({ model: benign, templates, markdown: false })).map((f) => f.content);
    for (const marker of htmlMarkers) expect(count(html!, marker), String(marker)).toBe(count(plain!, marker));
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('{{constructor.constructor');
  });

  it('an SVG that could run code or load anything is not embedded (defence in depth behind Mermaid strict mode and the CSP)', async () => {
    const bad = [
      '<svg><script>alert(1)</script></svg>',
      '<svg><a><animate attributeName="href" values="&#x6A;avascript:alert(1)"/><text>x</text></a></svg>',
      '<svg><a><set attributeName="href" to="&#106;avascript:alert(1)"/><text>x</text></a></svg>',
      '<svg><foreignObject><form action="http://evil.example"><button>x</button></form></foreignObject></svg>',
      '<svg><g onload="alert(1)"></g></svg>',
      '<svg><image href="http://evil.example/x.png"/></svg>',
      '<svg><style>@import "http://evil.example/x.css";</style></svg>',
    ];
    for (const svg of bad) expect(isSafeSvg(svg), svg).toBe(false);
    expect(isSafeSvg('<svg viewBox="0 0 10 10"><g><a href="#step-x"><text>ok</text></a></g></svg>')).toBe(true);
    const diagrams = generateDiagrams(model).map((d, i) => ({ ...d, svg: bad[i % bad.length]! }));
    const [html] = await generateDocs({ model, templates: loadTemplates().templates, markdown: false, diagrams });
    expect(html!.content).not.toMatch(/<animate|<set\b|<form|onload=|<image/);
  });
});

describe('Markdown documents', () => {
  it('index.md and every process file show links, images and HTML as text', async () => {
    const files = await generateDocs({ model, templates: loadTemplates().templates, html: false });
    const plainFiles = await generateDocs({ model: benign, templates: loadTemplates().templates, html: false });
    expect(files.filter((f) => f.path.endsWith('.md')).length).toBeGreaterThan(1);
    for (const f of files.filter((x) => x.path.endsWith('.md'))) expectInertMarkdown(f.content, f.path);
    // the service blueprints beside index.md are SVG: checked as markup, against the same file from plain text
    const svgs = files.filter((f) => f.path.endsWith('.svg'));
    expect(svgs.length).toBeGreaterThan(0);
    for (const f of svgs) {
      const plain = plainFiles.find((p) => p.path === f.path)!.content;
      for (const marker of htmlMarkers) expect(count(f.content, marker), `${f.path} ${String(marker)}`).toBe(count(plain, marker));
    }
  });

  it('the diff comment of ccp diff and the staffing section', () => {
    expectInertMarkdown(renderDiffMarkdown(diffModels(benign, model)), 'diff');
    expectInertMarkdown(formatStaffingMarkdown(staffingReport(model)), 'staffing');
  });
});

describe('Mermaid diagrams', () => {
  it('no label closes its node, starts a directive or adds a click callback', () => {
    for (const detail of [false, true]) {
      const diagrams = generateDiagrams(model, { detail });
      const plain = generateDiagrams(benign, { detail });
      expect(diagrams.map((d) => d.name)).toEqual(plain.map((d) => d.name));
      for (const [i, d] of diagrams.entries()) {
        const lines = d.text.split('\n');
        // Same shape as the plain diagram: a payload adds no line, node or edge.
        expect(lines.length, d.name).toBe(plain[i]!.text.split('\n').length);
        expect(d.edges, d.name).toBe(plain[i]!.edges);
        // statements that style or script: exactly those ccp writes for the plain diagram
        const statements = (text: string) => text.split('\n').map((l) => l.trim()).filter((l) => /^(click|call|href|style|classDef|class|linkStyle)\b|^%%\{/.test(l));
        expect(statements(d.text), d.name).toEqual(statements(plain[i]!.text));
        expect(d.text, d.name).not.toMatch(/^\s*(click|call|href)\b/m);
        for (const line of lines) {
          expect(line.replace(/"[^"]*"/g, '""'), d.name).not.toMatch(/<script|<img|javascript:/i);
          expect(line, d.name).not.toMatch(/%%\{|<script|<img/);
          // outside quoted labels, nothing of the payload remains
          const comment = line.trim().startsWith('%% ');
          if (d.text.startsWith('flowchart') && !comment) expect(line.replace(/"[^"]*"/g, '""'), d.name).not.toMatch(/alert|evil|HYPERLINK/);
        }
      }
    }
  });
});

describe('Mermaid rendered to SVG in Chromium (strict mode)', () => {
  const browser = findBrowser();
  // Without a browser this is skipped locally (and named so), but CI installs Chromium and must run it.
  it.skipIf(!browser && !process.env.CI)(`the hostile diagrams render to SVG with the payload as text only${browser ? '' : ' (SKIPPED: no Chromium found)'}`, async () => {
    const renderer = await DiagramRenderer.open({ executablePath: browser!.path });
    try {
      for (const htmlLabels of [true, false]) {
        for (const d of generateDiagrams(model, { detail: true })) {
          const out = await renderer.render({ name: d.name, text: d.text, edges: d.edges, formats: ['svg'], htmlLabels });
          expect(out.error, d.name).toBeUndefined();
          const svg = out.svg!;
          const where = `${d.name} htmlLabels=${htmlLabels}`;
          // no element or attribute from the payload: it is all text content
          expect(svg, where).not.toMatch(/<(script|img|iframe|a\s[^>]*href\s*=\s*["'](?!#))/i);
          expect(svg, where).not.toMatch(/<[^>]*\son[a-z]+\s*=/i);
          expect(svg, where).not.toMatch(/<[^>]*=\s*["']\s*javascript:/i);
          expect(svg, where).toContain('&lt;script&gt;alert(1)');
          // isSafeSvg fails closed on such text (it sees 'javascript:' and 'onerror='), so docs show Mermaid text
          expect(isSafeSvg(svg), where).toBe(false);
        }
      }
    } finally {
      await renderer.close();
    }
  }, 180_000);
});

describe('XLSX workbooks', () => {
  async function expectNoFormulas(bytes: Uint8Array, name: string): Promise<void> {
    const entries = unzip(bytes);
    for (const [entry, data] of entries) {
      if (entry.startsWith('xl/worksheets/')) expect(data.toString('utf8'), `${name} ${entry}`).not.toMatch(/<f[ >/]/);
      expect(entry, name).not.toMatch(/externalLink|connections|vbaProject/);
    }
    const ExcelJS = await loadExcelJS();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    let texts = 0;
    wb.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          expect(cell.type, `${name} ${ws.name}!${cell.address}`).not.toBe(ExcelJS.ValueType.Formula);
          if (typeof cell.value === 'string' && cell.value.includes('cmd|')) texts++;
        }),
      ),
    );
    expect(texts, `${name}: the payload is kept as text`).toBeGreaterThan(0);
  }

  it('the vendor spec keeps =, +, -, @, tab, CR and DDE text as strings', async () => {
    await expectNoFormulas(await writeSpecXlsx(model, { version: '=1+1', date: '2026-01-01' }), 'spec.xlsx');
  });

  it('the staffing workbook', async () => {
    await expectNoFormulas(await staffingWorkbook(staffingReport(model)), 'staffing.xlsx');
  });

  it('the score report copies a vendor\'s formula-like name and comments as text', async () => {
    const spec = await writeSpecXlsx(model, { version: '1', date: '2026-01-01' });
    const filled = await fillSpec(spec, { vendor: '=cmd|\' /C calc\'!A0', answers: { fn: 'yes' }, language: 'en', comments: { fn: '@SUM(1,1) =cmd|\' /C calc\'!A0' } });
    const read = await readVendorAnswers(filled, 'vendor.xlsx');
    if (!read.ok) throw new Error(read.error);
    const requirements = specRequirements(model, 'en');
    const ranked = rankVendors(requirements, [read.value]);
    await expectNoFormulas(await writeScoreXlsx(ranked, requirements, 'en', '2026-01-01'), 'score.xlsx');
  });

  it('a formula a vendor typed into an answer cell is never evaluated: its cached value is read', async () => {
    const spec = await writeSpecXlsx(model, { version: '1', date: '2026-01-01' });
    const ExcelJS = await loadExcelJS();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await fillSpec(spec, { answers: { fn: 'yes' }, language: 'en' })) as unknown as ArrayBuffer);
    wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => {
      if (cell.value === 'Yes') cell.value = { formula: 'WEBSERVICE("http://evil.example")', result: 'Yes' } as never;
    })));
    const read = await readVendorAnswers(new Uint8Array(await wb.xlsx.writeBuffer()), 'vendor.xlsx');
    if (!read.ok) throw new Error(read.error);
    // ccp has no formula engine: the value the vendor's spreadsheet cached is what counts
    expect(read.value.answers.get('fn')?.answer).toBe('yes');
  });
});

describe('CI outputs of ccp check', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ccp-inject-'));
    writeFileSync(join(dir, 'ccp.config.json'), '{}');
    // findings whose messages quote names: an unused function, a touchpoint without process, an undefined reference
    writeFileSync(join(dir, 'main.ccp'), hostileSource() + `function unused ${q(hostile)} { }\nprocess other ${q(hostile)} { step s ${q(hostile)} { by: nobody } }\n`);
  });

  it('GitHub annotations: one workflow command per finding, no command smuggled in a message', async () => {
    const r = await runCli(['check', '.', '--format', 'github'], dir);
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n').filter((l) => l !== '');
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      if (line.startsWith('::')) expect(line).toMatch(/^::(error|warning|notice) [^:]*::/);
      expect(line).not.toMatch(/::add-mask::|::set-env|::set-output|::stop-commands/);
    }
  });

  it('SARIF and JSON parse, JUnit is well-formed XML text', async () => {
    for (const format of ['sarif', 'json']) JSON.parse((await runCli(['check', '.', '--format', format], dir)).stdout);
    const junit = (await runCli(['check', '.', '--format', 'junit'], dir)).stdout;
    expect(junit).not.toMatch(/<script|<img/);
    expect(count(junit, /<!\[CDATA\[/)).toBe(count(junit, /\]\]>/));
  });
});

describe('file names of .ccp files in a pull request', () => {
  const names = ['<img src=x onerror=alert(1)>.ccp', 'a\n::warning file=x::smuggled.ccp', '[x](javascript:alert(2)).ccp', '=cmd|calc.ccp', '%0A::error::y.ccp'];
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ccp-names-'));
    writeFileSync(join(dir, 'ccp.config.json'), '{}');
    // each file has findings, so its name appears in every report
    for (const [i, name] of names.entries()) writeFileSync(join(dir, name), `process p${i} { step s { } }\n`);
  });

  it('GitHub annotations, SARIF, JSON and JUnit carry them as data', async () => {
    const github = await runCli(['check', '.', '--format', 'github'], dir);
    expect(github.code).toBe(1);
    for (const line of github.stdout.split('\n').filter(Boolean)) expect(line).toMatch(/^::(error|warning|notice) [^:\n]*::/);
    const json = JSON.parse((await runCli(['check', '.', '--format', 'json'], dir)).stdout) as { findings: { file: string }[] };
    expect(new Set(json.findings.map((f) => f.file))).toEqual(new Set(names));
    const sarif = JSON.parse((await runCli(['check', '.', '--format', 'sarif'], dir)).stdout) as { runs: { results: unknown[] }[] };
    expect(sarif.runs[0]!.results).toHaveLength(json.findings.length);
    expect((await runCli(['check', '.', '--format', 'junit'], dir)).stdout).not.toMatch(/<img|<script/);
  });

  it('the HTML and Markdown docs list the findings with the names escaped', async () => {
    // the design has findings on purpose; a design with errors is documented only with --force (exit 1 still)
    const r = await runCli(['docs', '.', '--no-svg', '--out', 'out', '--force'], dir);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toContain('writing anyway (--force)');
    const html = readFileSync(join(dir, 'out', 'spec.html'), 'utf8');
    expect(html).not.toMatch(/<img src=x|href="javascript:/);
    for (const file of readdirSync(join(dir, 'out')).filter((f) => f.endsWith('.md'))) expectInertMarkdown(readFileSync(join(dir, 'out', file), 'utf8'), file);
  });
});

describe('file names made from ids', () => {
  const ids = ['con', 'NUL', 'aux', 'com1', 'Proc', 'proc', 'PROC', 'rf-', 'help--', '_', '__', 'żółw', 'a'.repeat(300), 'a'.repeat(300) + 'b', 'x-y', 'x_y'];
  const source = ids.map((id, i) => `process ${id} "P${i}" { owner: r  step s { by: r  end } }\npersona ${id} "Q${i}" { }`).join('\n') + '\nrole r {}\n';
  const safe = (name: string) => {
    expect(name).toMatch(/^[\p{L}\p{N}_][\p{L}\p{N}_.-]*$/u);
    expect(Buffer.byteLength(name)).toBeLessThanOrEqual(200);
    expect(name).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i);
  };

  it('ids that look like devices, options or paths, clash in case or are very long give safe, unique names', async () => {
    const a = analyzeSources({ 'main.ccp': source });
    expect(a.model.processes.map((p) => p.id)).toEqual(ids);
    const names = generateDiagrams(a.model).map((d) => d.name);
    names.forEach(safe);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    const files = (await generateDocs({ model: a.model, templates: loadTemplates().templates, html: false })).map((f) => f.path);
    files.forEach((f) => safe(f));
    expect(new Set(files.map((n) => n.toLowerCase())).size).toBe(files.length);
  });

  it('ccp diagram writes exactly one file per diagram, all inside the output folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ccp-names-'));
    writeFileSync(join(dir, 'main.ccp'), source);
    mkdirSync(join(dir, 'out'));
    // a process and a persona share each id (duplicate-id errors): drawn only with --force, which exits 1
    const r = await runCli(['diagram', '.', '--format', 'mmd', '--out', 'out', '--force'], dir);
    expect(r.code).toBe(1);
    const written = (readdirSync(join(dir, 'out'), { recursive: true }) as string[]).filter((f) => !f.endsWith('.ccp-outputs.json'));
    expect(written.length).toBe(generateDiagrams(analyzeSources({ 'main.ccp': source }).model).length);
    for (const f of written) safe(f);
  });
});
