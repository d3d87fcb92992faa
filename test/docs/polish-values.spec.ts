import { describe, expect, it } from 'vitest';
import { docWords } from '@ccp/generators/docs';
import { docsOf, joinMarkdown } from '../support/docs-fixture.js';

const design = `project p "P" { output_language: pl  sponsor: boss }
role boss "Kierownik" { headcount: 2 }
system crm "CRM" { kind: crm }
data klient "Klient" { in: crm  personal: true  basis: contract }
channel telefon "Telefon" { medium: voice  volume: 250/day }
kpi csat "Satysfakcja" { target: >= 80%  group: satisfaction }
process reklamacja "Reklamacje" { owner: boss  category: complaints  step a { by: boss  end } }
`;

describe('generated values follow the output language (issue 19, must-show 8, in part)', () => {
  it('has a Polish word for every value the docs translate', () => {
    expect(Object.keys(docWords('pl').values).sort()).toEqual(Object.keys(docWords('en').values).sort());
    for (const [key, value] of Object.entries(docWords('pl').values)) expect(value.length, key).toBeGreaterThan(0);
  });

  it('shows categories, legal bases and volumes in Polish (media, KPI groups and system kinds are in the view for templates)', async () => {
    const md = joinMarkdown(await docsOf({ 'main.ccp': design }));
    const html = (await docsOf({ 'main.ccp': design }, { markdown: false })).find((f) => f.path === 'spec.html')!.content;
    for (const word of ['umowa', '250/dzień']) expect(md, word).toContain(word);
    for (const word of ['reklamacje', 'umowa', '250/dzień']) expect(html, word).toContain(word);
    for (const english of ['250/day', '>complaints<', '>contract<', '>voice<']) expect(md + html, english).not.toContain(english);
  });

  it("shows a function's priority and a finding's severity in Polish (the class names stay)", async () => {
    // the function no step uses is a warning (unused-function)
    const sources = { 'main.ccp': `${design}function rejestracja "Rejestracja" { priority: must }\nfunction mapa "Mapa" { priority: nice }\n` };
    const html = (await docsOf(sources, { markdown: false })).find((f) => f.path === 'spec.html')!.content;
    const md = joinMarkdown(await docsOf(sources));
    expect(html).toContain('<span class="priority priority-must">Wymagana</span>');
    expect(html).toContain('<span class="priority priority-nice">Pożądana</span>');
    expect(html).toMatch(/<tr class="warning"><td>ostrzeżenie<\/td>/);
    expect(md).toContain('| **Wymagana** |');
    expect(md).toMatch(/\| ostrzeżenie \| `unused-function` \|/);
    // counts with Polish plurals (not '0 błędy, 1 ostrzeżenia')
    const summary = /<p class="summary">(.*?)<\/p>/.exec(html)![1]!;
    expect(summary).toMatch(/^0 błędów, \d+ ostrzeże(nie|nia|ń)$/);
    const n = Number(/, (\d+)/.exec(summary)![1]);
    expect(summary).toBe(`0 błędów, ${n} ${n === 1 ? 'ostrzeżenie' : n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14) ? 'ostrzeżenia' : 'ostrzeżeń'}`);
    for (const english of ['>Must<', '>Nice<', '>warning<', '**Must**', '| warning |']) expect(md + html, english).not.toContain(english);
  });
});
