import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeSources } from '@ccp/language';
import { generateDocs, loadTemplates, type DocFile } from '@ccp/generators/docs';
import { staffingReport } from '@ccp/staffing';
import { loadExcelJS } from '@ccp/generators/xlsx';
import { fixtureSources } from '../support/docs-fixture.js';
import { expectGolden } from '../support/golden.js';
import { examplesDir, repoRoot } from '../support/paths.js';
import { runCli } from '../support/run-cli.js';

const fixture = join(repoRoot, 'test', 'fixtures', 'spec-complaints');
const tmp = mkdtempSync(join(tmpdir(), 'ccp-docs-staffing-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const evil = '<script>alert(1)</script> | [x](javascript:alert(1)) & *y*';
const hostile = `
project p "P" { output_language: LANG  shrinkage: holidays 10% }
role lead ${JSON.stringify(`Lead ${evil}`)} { span: 8  headcount: 1 }
role agent ${JSON.stringify(`Agent ${evil}`)} { reports_to: lead  headcount: 4  rate: 40 PLN/h }
channel phone ${JSON.stringify(`Phone ${evil}`)} { hours: "Mo-Fr 08:00-16:00"  volume: 400/day  aht: 4m  service_level: 80% in 20s  handled_by: agent }
channel portal "Portal" { volume: 10/day }
`;

async function docs(source: string, withStaffing = true): Promise<{ md: string; html: string }> {
  const model = analyzeSources({ 'main.ccp': source }).model;
  const files: DocFile[] = await generateDocs({ model, templates: loadTemplates().templates, ...(withStaffing ? { staffing: staffingReport(model) } : {}) });
  return { md: files.find((f) => f.path === 'index.md')!.content, html: files.find((f) => f.path === 'spec.html')!.content };
}

/** The staffing section of index.md, from its anchor to the findings. */
const mdSection = (md: string) => md.slice(md.indexOf('<a id="staffing"></a>'), md.indexOf('<a id="findings"></a>'));
const htmlSection = (html: string) => html.slice(html.indexOf('<section id="staffing">'), html.indexOf('</section>', html.indexOf('<section id="staffing">')));

describe('staffing section of the docs', () => {
  it('is in both documents with a contents entry when a report is given, and absent otherwise', async () => {
    const source = hostile.replace('LANG', 'en');
    const { md, html } = await docs(source);
    expect(md).toContain('- [Staffing](#staffing)');
    expect(md).toContain('<a id="staffing"></a>\n## Staffing\n');
    expect(html).toContain('<li><a href="#staffing">Staffing</a></li>');
    const section = htmlSection(html);
    expect(section).toContain('<h2>Staffing</h2>');
    expect(section).toContain('<th>Contacts per week</th><th>Peak agents</th>');
    expect(section).toMatch(/<td><a href="#channel-phone">Phone [^<]*<\/a><\/td><td class="number">2000<\/td>/);
    expect(section).toContain('<h3 id="staffing-roles">People per role</h3>');
    expect(section).toMatch(/<a href="#role-agent">Agent [^<]*<\/a><\/td><td class="number">[\d.]+<\/td><td class="number">4<\/td><td class="number short">-[\d.]+<\/td>/);
    expect(section).toContain('<a href="#channel-portal">Portal</a> (no aht)');
    // every in-page link of the page has a target, and no id is used twice
    const ids = [...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]!);
    expect(new Set(ids).size).toBe(ids.length);
    for (const [, target] of html.matchAll(/href="#([^"]*)"/g)) expect(ids).toContain(target);

    const without = await docs(source, false);
    expect(without.md).not.toContain('staffing');
    expect(without.html).not.toContain('id="staffing"');
  });

  it('escapes model text: HTML entities in spec.html, Markdown escapes in index.md', async () => {
    const { md, html } = await docs(hostile.replace('LANG', 'en'));
    const h = htmlSection(html);
    expect(h).not.toMatch(/<script/i);
    expect(h).toContain('Phone &lt;script&gt;alert(1)&lt;/script&gt; | [x](javascript:alert(1)) &amp; *y*');
    const m = mdSection(md);
    expect(m).not.toMatch(/<script/i);
    expect(m).not.toMatch(/(^|[^\\])\]\(\s*javascript:/i); // `\](` is text, not a link
    expect(m).toContain('Phone &lt;script&gt;alert\\(1\\)&lt;/script&gt; \\| \\[x\\]\\(javascript:alert\\(1\\)\\) &amp; \\*y\\*');
    expect(m).toContain('Agent &lt;script&gt;');
    // a `|` in a name does not add a cell: every row of a table has as many cells as its header
    const tables = m.split('\n\n').filter((b) => b.startsWith('| '));
    for (const t of tables) {
      const cells = (line: string) => line.replace(/\\\|/g, '').split('|').length;
      const [head, ...rest] = t.trim().split('\n');
      for (const line of rest) expect(cells(line), line).toBe(cells(head!));
    }
  });

  it('speaks the output language in the HTML and in the Markdown', async () => {
    const { html, md } = await docs(hostile.replace('LANG', 'pl'));
    expect(html).toContain('<li><a href="#staffing">Obsada</a></li>');
    expect(htmlSection(html)).toContain('<th>Kontakty tygodniowo</th><th>Konsultanci w szczycie</th>');
    expect(htmlSection(html)).toContain('<h3 id="staffing-roles">Osoby w rolach</h3>');
    expect(md).toContain('- [Obsada](#staffing)');
    const m = mdSection(md);
    expect(m).toContain('<a id="staffing"></a>\n## Obsada\n');
    expect(m).toContain('Absencja (shrinkage) 10,0% (holidays 10,0%); 40 płatnych godzin na etat tygodniowo.'); // a decimal comma in Polish
    expect(m).toContain('| Kanał | Kontakty tygodniowo | Cel | Konsultanci w szczycie |');
    expect(m).toContain(' | 80% w 20s | ');
    expect(m).toContain(' | godzina szczytu | '); // the interval names too, as in the workbook's staffing sheet
    expect(htmlSection(html)).toContain('<td>godzina szczytu</td>');
    expect(m).toContain('### Osoby w rolach');
    // no English heading or column is left
    for (const english of ['Staffing', 'Shrinkage', 'Contacts per week', 'Peak agents', 'People per role', 'Headcount', 'Occupancy', 'busy hour']) {
      expect(m).not.toContain(english);
    }
  });

  it('Markdown section matches the golden file (spec-complaints, CCP_UPDATE_GOLDEN=1 to update)', async () => {
    const { md } = await docs(fixtureSources(fixture)['input.ccp']!);
    expectGolden(join(fixture, 'expected-staffing.md'), mdSection(md));
  });
});

describe('ccp docs and ccp build', () => {
  const acme = join(examplesDir, 'acme-contact-center');

  it('ccp docs shows staffing when a channel has a volume, and not otherwise', async () => {
    const out = join(tmp, 'docs');
    const run = await runCli(['docs', acme, '--out', out, '--no-svg']);
    expect(run.code, run.stderr).toBe(0);
    expect(readFileSync(join(out, 'index.md'), 'utf8')).toContain('<a id="staffing"></a>\n## Staffing');
    expect(readFileSync(join(out, 'spec.html'), 'utf8')).toContain('<section id="staffing">');

    const dir = join(tmp, 'plain');
    const plainOut = join(dir, 'out');
    await runCli(['init', dir]);
    writeFileSync(join(dir, 'main.ccp'), 'channel phone "Phone" { aht: 3m }\n');
    const plain = await runCli(['docs', dir, '--out', plainOut, '--no-svg']);
    expect(plain.code, plain.stderr).toBe(0);
    expect(readFileSync(join(plainOut, 'spec.html'), 'utf8')).not.toContain('id="staffing"');
  });

  it('ccp build puts staffing into the docs and the spec, from one report', async () => {
    const out = join(tmp, 'build');
    const check = await runCli(['check', acme]);
    const run = await runCli(['build', acme, '--out', out, '--no-render', ...(check.code === 1 ? ['--force'] : [])]);
    expect(run.stdout).not.toMatch(/FAILED/);
    expect(readFileSync(join(out, 'docs', 'index.md'), 'utf8')).toContain('## Staffing');
    expect(readFileSync(join(out, 'docs', 'spec.html'), 'utf8')).toContain('<section id="staffing">');
    const ExcelJS = await loadExcelJS();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(join(out, 'spec.xlsx')) as unknown as ArrayBuffer);
    const names = wb.worksheets.map((w) => w.name);
    const staffing = names.findIndex((n) => n === 'Staffing' || n === 'Obsada');
    expect(staffing).toBeGreaterThan(0);
    expect(names[staffing - 1]).toMatch(/^(Channels and volumes|Kanały i wolumeny)$/);
  });
});
