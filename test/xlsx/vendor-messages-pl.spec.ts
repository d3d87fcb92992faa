import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliEn } from '@ccp/core';
import { checkZip, formatScoreTable, loadExcelJS, rankVendors, readVendorAnswers, rulesText, scoringRules, specMismatch, specRequirements, writeSpecXlsx } from '@ccp/generators/xlsx';
import { runCli } from '../support/run-cli.js';
import { storedZip } from '../hardening/support/stored-zip.js';
import { acmeModel, acmeSource, acmeSpec, fillSpec, makeZip, modelOf, specOptions } from './helpers.js';

/**
 * Issue 19, must-show 8: what `ccp vendors score` says about filled files (why a file cannot be read or scored,
 * the warnings about rows and cells) and the ranking table follow the language ccp speaks, like every other line of
 * the CLI. The English texts are tested where each check lives; here each kind of message in Polish.
 */

/** Every English vendor-file text with its arguments left out: no Polish message may contain one. */
const englishFragments = Object.keys(cliEn)
  .filter((k) => /^(vendor|zip|workbook|notCcp|metadata|answer|spec|lock|rules|score)/.test(k))
  .flatMap((k) => {
    const text = (cliEn as Record<string, (a: unknown) => string>)[k]!(new Proxy({}, { get: (_t, k) => (k === 'parts' || k === 'ids' ? ['ARG'] : 'ARG') }));
    return text.split(/ARG|'|\(|\)|[.;:,]/).map((s) => s.trim()).filter((s) => s.split(' ').length >= 3);
  });

const noEnglish = (text: string) => {
  for (const fragment of englishFragments) expect(text, fragment).not.toContain(fragment);
};

describe('the vendor-file checks in Polish', () => {
  it('names what is wrong with the archive', () => {
    const cases: [Uint8Array, string][] = [
      [new Uint8Array(Buffer.from('just text')), 'to nie jest plik XLSX (nie jest archiwum zip)'],
      [new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0, 0, 0]), 'to stary binarny plik .xls albo skoroszyt chroniony hasłem; zapisz go jako niechroniony plik .xlsx'],
      [makeZip([{ name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(10), declaredSize: 5 }]), "plik jest uszkodzony albo jest bombą zip: pozycja 'xl/worksheets/sheet1.xml' nie rozpakowuje się do zadeklarowanych 5 bajtów"],
    ];
    for (const [bytes, said] of cases) {
      expect(checkZip(bytes, undefined, 'pl')).toBe(said);
      expect(checkZip(bytes)).not.toBe(said); // English by default
      noEnglish(said);
    }
    const big = checkZip(new Uint8Array(40 * 1048576), undefined, 'pl');
    expect(big).toBe('ma 40 MiB, więcej niż 32 MiB dozwolone dla wypełnionej specyfikacji');
  });

  it('a workbook that is no ccp spec, and one of another project', async () => {
    const ExcelJS = await loadExcelJS();
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Arkusz1').getCell('A1').value = 'oferta';
    const plain = await readVendorAnswers(new Uint8Array(await wb.xlsx.writeBuffer()), 'oferta.xlsx', undefined, 'pl');
    expect(plain).toEqual({
      ok: false,
      error: 'oferta.xlsx: to nie jest specyfikacja dla dostawców z ccp (brak arkusza metadanych ccp); wyślij dostawcom plik utworzony przez `ccp spec`.',
    });
    const other = await readVendorAnswers(await writeSpecXlsx(modelOf(acmeSource().replace('project acme', 'project beta')), specOptions), 'beta.xlsx', undefined, 'pl');
    if (!other.ok) throw new Error(other.error);
    expect(specMismatch(other.value.metadata, acmeModel(), 'pl')).toBe("to specyfikacja projektu 'beta' (ACME Contact Center), a nie 'acme'");
  });

  it('warns about rows and cells in Polish, with the sheet names of the file', async () => {
    const filled = await fillSpec(await acmeSpec(), { vendor: 'Alfa', answers: { open_ticket: 'Może', send_email: 'yes' }, costs: { send_email: 'około 100' } });
    const r = await readVendorAnswers(filled, 'alfa.xlsx', undefined, 'pl');
    if (!r.ok) throw new Error(r.error);
    const row = (id: string) => r.value.answers.get(id)!.row;
    expect(r.value.warnings).toContain(`Funkcje, wiersz ${row('open_ticket')}: 'Może' nie jest żadną z odpowiedzi Tak, Częściowo, Nie, W planach; 'open_ticket' liczy się jako bez odpowiedzi.`);
    expect(r.value.warnings).toContain(`Funkcje, wiersz ${row('send_email')}: koszt 'około 100' nie jest liczbą; nie jest liczony.`);
    for (const w of r.value.warnings) noEnglish(w);
    const english = await readVendorAnswers(filled, 'alfa.xlsx');
    if (!english.ok) throw new Error(english.error);
    expect(english.value.warnings).toContain(`Funkcje, row ${row('open_ticket')}: 'Może' is not one of Tak, Częściowo, Nie, W planach; 'open_ticket' counts as unanswered.`);
  });

  it('writes the ranking table and the scoring rules in Polish, with the decimal comma', async () => {
    const model = acmeModel();
    const spec = await acmeSpec();
    const read = async (vendor: string, answers: Record<string, string>) => {
      const r = await readVendorAnswers(await fillSpec(spec, { vendor, answers }), `${vendor}.xlsx`, undefined, 'pl');
      if (!r.ok) throw new Error(r.error);
      return r.value;
    };
    const requirements = specRequirements(model, 'pl');
    const ids = requirements.map((r) => r.id);
    const all = Object.fromEntries(ids.map((id) => [id, 'partial']));
    const rules = scoringRules(model.tender, requirements);
    const scores = rankVendors(requirements, [await read('Alfa', all), await read('Beta', { ...all, [ids[0]!]: '' })], rules);
    const table = formatScoreTable(scores, [{ file: 'x.xlsx', reason: 'x.xlsx: nie ma takiego pliku.' }], rules, 'pl');
    expect(table).toMatch(/^#\s+Dostawca\s+Wynik\s+Wymagane: Tak\s+Pożądane: Tak\s+Bez odpowiedzi\s+Koszt łączny\s+Status\n/);
    expect(table).toMatch(/1\s+Alfa\s+50,00\s+0\/\d+ \(0%\)/);
    expect(table).toContain('Nieocenione (1 z 3 plików):\n  x.xlsx: nie ma takiego pliku.');
    expect(table).toContain(`Beta: bez odpowiedzi: ${ids[0]}`);
    noEnglish(table);
  });

  it('says a tender\'s rules in Polish: weights by priority, price share with a decimal comma', () => {
    const model = modelOf(`project shop "Sklep" { output_language: pl }
function open_ticket "Rejestracja zgłoszenia" { priority: must }
function kb_search "Wyszukiwanie w bazie wiedzy" { priority: nice }
tender rfp "Przetarg" {
  priority_weights: must 60%, nice 40%
  points: yes 100, partial 50, roadmap 20, no 0
  price_weight: 12.5%
}
`);
    const rules = scoringRules(model.tender, specRequirements(model, 'pl'));
    expect(rulesText(rules, 'pl')).toBe(
      'Ocena: ważona według priorytetu (Wymagane 60, Pożądane 40), punkty za odpowiedź: Tak 100, Częściowo 50, Nie 0, W planach 20; brak odpowiedzi 0; w % maksimum; cena 12,5% wyniku końcowego.',
    );
    expect(rulesText(rules)).toBe(
      'Score: weighted by priority (Must 60, Nice 40), points per answer: Yes 100, Partial 50, No 0, Roadmap 20; unanswered 0; in % of the maximum; price 12.5% of the final score.',
    );
  });

  it('ccp vendors score in a Polish project says all of it in Polish; --lang en in English', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ccp-vendor-pl-'));
    writeFileSync(join(dir, 'main.ccp'), acmeSource());
    writeFileSync(join(dir, 'a.xlsx'), await fillSpec(await acmeSpec(), { vendor: 'Alfa', answers: { open_ticket: 'Może' } }));
    writeFileSync(join(dir, 'b.ods'), storedZip(new Map([['mimetype', Buffer.from('application/vnd.oasis.opendocument.spreadsheet')]])));
    const pl = await runCli(['vendors', 'score', 'main.ccp', 'a.xlsx', 'b.ods', 'brak.xlsx'], dir);
    expect(pl.code).toBe(3);
    expect(pl.stderr).toContain('ccp: b.ods: to arkusz OpenDocument (.ods); zapisz go jako .xlsx (format Excel 2007-365) i prześlij ten plik.');
    expect(pl.stderr).toContain('ccp: brak.xlsx: nie ma takiego pliku.');
    expect(pl.stdout).toContain("Alfa: Funkcje, wiersz");
    expect(pl.stdout).toContain("'Może' nie jest żadną z odpowiedzi");
    noEnglish(pl.stdout);
    noEnglish(pl.stderr);
    const en = await runCli(['vendors', 'score', 'main.ccp', 'a.xlsx', 'b.ods', 'brak.xlsx', '--lang', 'en'], dir);
    expect(en.stderr).toContain('ccp: b.ods: it is an OpenDocument spreadsheet (.ods)');
    expect(en.stdout).toContain("'Może' is not one of Tak, Częściowo, Nie, W planach");
  });
});
