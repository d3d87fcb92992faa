import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readVendorAnswers, specMismatch, type VendorAnswers } from '@ccp/generators/xlsx';
import { repoRoot } from '../support/paths.js';
import { acmeModel, acmeSpec, unzip } from './helpers.js';

/**
 * Real round trips: copies of the spec filled and saved by LibreOffice Calc itself (through its UNO bridge, as a
 * vendor working by hand: rows deleted, inserted, hidden, re-sorted, the metadata sheet unhidden, formulas typed)
 * and by a script (openpyxl), then scored. Skipped without LibreOffice or openpyxl, except on CI, where they fail.
 */
const support = join(repoRoot, 'test', 'xlsx', 'support');
const hasUno = spawnSync('/usr/bin/python3', ['-c', 'import uno'], { timeout: 30_000 }).status === 0 && spawnSync('soffice', ['--version'], { timeout: 60_000 }).status === 0;
const hasOpenpyxl = spawnSync('python3', ['-c', 'import openpyxl'], { timeout: 30_000 }).status === 0;
if (process.env.CI && !hasUno) throw new Error('LibreOffice with its Python UNO bridge (python3-uno) is required on CI for the round-trip tests.');
if (process.env.CI && !hasOpenpyxl) throw new Error('openpyxl (pip) is required on CI for the round-trip tests.');

const work = mkdtempSync(join(tmpdir(), 'ccp-roundtrip-'));
afterAll(() => (process.env.CCP_KEEP_WORK ? console.log(work) : rmSync(work, { recursive: true, force: true })));

const functionIds = ['open_ticket', 'send_email', 'live_chat', 'formula_plus', 'at_sign', 'audit_log', 'call_recording'];
const tak = (ids: string[]) => Object.fromEntries(ids.map((id) => [id, 'Tak']));
const base = { sheet: 'Funkcje', cover: 'Strona tytułowa', metadata: 'Metadane', answerColumn: 9 };

interface Job {
  name: string;
  vendor?: string;
  answers?: Record<string, string>;
  costs?: Record<string, number | string>;
  formulas?: Record<string, string>;
  delete?: string[];
  insertBefore?: string;
  hide?: string[];
  sortDescending?: boolean;
  unhideMetadata?: boolean;
  /** Saved as OpenDocument (.ods) instead of .xlsx. */
  ods?: boolean;
}

const loJobs: Job[] = [
  { name: 'lo-deleted', vendor: 'Deleted Rows Ltd', answers: tak(functionIds), delete: ['live_chat', 'audit_log'] },
  {
    name: 'lo-reshaped',
    vendor: 'Reshaped SA',
    answers: { ...tak(functionIds), send_email: 'Częściowo' },
    costs: { open_ticket: 1200, send_email: '2 500,50 zł' },
    sortDescending: true,
    hide: ['send_email'],
    insertBefore: 'open_ticket',
    unhideMetadata: true,
  },
  { name: 'lo-formulas', vendor: 'Formula GmbH', answers: tak(functionIds), formulas: { open_ticket: '=100*12' }, costs: { send_email: '@SUM(1,2)' } },
  { name: 'lo-saved-as-ods', vendor: 'Open Document Co', answers: tak(functionIds), ods: true },
];

const scriptJob: Job = {
  name: 'openpyxl',
  vendor: 'Script Inc',
  answers: { ...tak(functionIds), live_chat: 'Nie' },
  costs: { open_ticket: 99.5 },
  formulas: { send_email: '=2*50' },
  delete: ['at_sign'],
  insertBefore: 'send_email',
  hide: ['open_ticket'],
  unhideMetadata: true,
};

const jobFile = (job: Job, input: string) => ({ ...base, ...job, input, output: join(work, `${job.name}.${job.ods ? 'ods' : 'xlsx'}`) });

async function read(name: string, language?: 'pl'): Promise<VendorAnswers> {
  const r = await readVendorAnswers(new Uint8Array(readFileSync(join(work, `${name}.xlsx`))), `${name}.xlsx`, undefined, language);
  if (!r.ok) throw new Error(r.error);
  expect(specMismatch(r.value.metadata, acmeModel())).toBeUndefined();
  return r.value;
}

const sheetXml = (name: string) => unzip(new Uint8Array(readFileSync(join(work, `${name}.xlsx`)))).get('xl/worksheets/sheet2.xml')!.toString('utf8');

describe.skipIf(!hasUno)('copies filled and saved by LibreOffice Calc (UNO) score correctly', () => {
  beforeAll(async () => {
    const input = join(work, 'spec.xlsx');
    writeFileSync(input, await acmeSpec());
    writeFileSync(join(work, 'lo-jobs.json'), JSON.stringify({ profile: join(work, 'profile'), jobs: loJobs.map((j) => jobFile(j, input)) }));
    execFileSync('/usr/bin/python3', [join(support, 'lo-fill.py'), join(work, 'lo-jobs.json')], { stdio: 'pipe', timeout: 240_000 });
  }, 300_000);

  it('rows deleted: counted as the rows there are, not the highest row number; the deleted ones unanswered', async () => {
    const xml = sheetXml('lo-deleted');
    const v = await read('lo-deleted');
    // what LibreOffice writes after a deletion: an empty last row and a dimension down to it (ccp 0.x refused this
    // file: "its sheet 'Funkcje' has 1048576 rows, more than 100000")
    expect(xml).toContain('<dimension ref="A1:K1048576"/>');
    expect(xml).toMatch(/<row r="1048576"[^>]*><\/row>/);
    expect(v.vendor).toBe('Deleted Rows Ltd');
    expect([...v.answers.keys()].filter((id) => !id.startsWith('nfr.')).sort()).toEqual(['at_sign', 'call_recording', 'formula_plus', 'open_ticket', 'send_email']);
    expect([...v.answers.values()].filter((a) => a.sheet === 'functions').every((a) => a.answer === 'yes')).toBe(true);
    expect(v.warnings).toContain("Funkcje: the row for 'live_chat' is missing; it counts as unanswered.");
    expect(v.warnings).toContain("Funkcje: the row for 'audit_log' is missing; it counts as unanswered.");
    // in Polish when ccp speaks Polish
    expect((await read('lo-deleted', 'pl')).warnings).toContain("Funkcje: brak wiersza dla 'audit_log'; liczy się jako bez odpowiedzi.");
  });

  it('rows re-sorted, inserted and hidden, the metadata sheet unhidden: every answer found by id', async () => {
    const v = await read('lo-reshaped');
    expect(v.vendor).toBe('Reshaped SA');
    for (const id of functionIds) expect(v.answers.get(id)?.answer, id).toBe(id === 'send_email' ? 'partial' : 'yes');
    expect(v.answers.get('open_ticket')?.cost).toBe(1200);
    expect(v.answers.get('send_email')?.cost).toBe(2500.5);
    // sorted descending: the first function is now below the others
    expect(v.answers.get('open_ticket')!.row).toBeGreaterThan(v.answers.get('send_email')!.row);
    expect(v.warnings).toEqual([]);
  });

  it('a formula typed as a cost is a warning naming the cell; @SUM(1,2) typed as text is not 1.2', async () => {
    const v = await read('lo-formulas');
    const cell = `K${v.answers.get('open_ticket')!.row}`;
    expect(v.answers.get('open_ticket')?.cost).toBe(1200);
    expect(v.warnings).toContain(`Funkcje, cell ${cell} (=100*12): a formula; its last computed value is used. Ask the vendor for a plain value.`);
    expect(v.answers.get('send_email')?.cost).toBeUndefined();
    expect(v.warnings.some((w) => w.includes("the cost '@SUM(1,2)' is not a number"))).toBe(true);
    const pl = await read('lo-formulas', 'pl');
    expect(pl.warnings).toContain(`Funkcje, komórka ${cell} (=100*12): formuła; użyto jej ostatnio obliczonej wartości. Poproś dostawcę o zwykłą wartość.`);
    expect(pl.warnings.some((w) => /^Funkcje, wiersz \d+: koszt '@SUM\(1,2\)' nie jest liczbą; nie jest liczony\.$/.test(w))).toBe(true);
  });

  it('saved as .ods: told to save it as .xlsx', async () => {
    const r = await readVendorAnswers(new Uint8Array(readFileSync(join(work, 'lo-saved-as-ods.ods'))), 'offer.ods');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toBe('offer.ods: it is an OpenDocument spreadsheet (.ods); save it as .xlsx (Excel 2007-365 format) and send that.');
    const pl = await readVendorAnswers(new Uint8Array(readFileSync(join(work, 'lo-saved-as-ods.ods'))), 'offer.ods', undefined, 'pl');
    expect(pl).toEqual({ ok: false, error: 'offer.ods: to arkusz OpenDocument (.ods); zapisz go jako .xlsx (format Excel 2007-365) i prześlij ten plik.' });
  });
});

describe.skipIf(!hasOpenpyxl)('a copy filled and saved by a script (openpyxl) scores correctly', () => {
  it('reads the answers by id after rows were deleted, inserted and hidden, with formulas warned about', async () => {
    const input = join(work, 'spec-py.xlsx');
    writeFileSync(input, await acmeSpec());
    writeFileSync(join(work, 'py-job.json'), JSON.stringify(jobFile(scriptJob, input)));
    execFileSync('python3', [join(support, 'openpyxl-fill.py'), join(work, 'py-job.json')], { stdio: 'pipe', timeout: 120_000 });
    const v = await read('openpyxl');
    expect(v.vendor).toBe('Script Inc');
    expect(v.answers.get('live_chat')?.answer).toBe('no');
    expect(v.answers.get('open_ticket')).toMatchObject({ answer: 'yes', cost: 99.5 });
    expect(v.answers.has('at_sign')).toBe(false);
    expect(v.warnings).toContain("Funkcje: the row for 'at_sign' is missing; it counts as unanswered.");
    // openpyxl stores the formula without a computed value: warned, and no cost counted
    expect(v.warnings.some((w) => /^Funkcje, cell K\d+ \(=2\*50\): a formula/.test(w))).toBe(true);
  });
});
