import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Model } from '@ccp/core';
import { analyzeSources } from '@ccp/language';
import { formatScoreTable, rankVendors, readVendorAnswers, specRequirements, writeScoreXlsx, writeSpecXlsx } from '@ccp/generators/xlsx';
import { fillSpec, makeZip, unzip } from '../xlsx/helpers.js';
import { examples, runs, timeout } from './support/corpus.js';
import { mutate, mutationsArb } from './support/mutate.js';

/**
 * Issue 9, threat 2: a vendor's returned XLSX is attacker-controlled bytes. Damaged archives (flipped, inserted and
 * deleted bytes, truncation) and well-formed archives with mutated XML inside (sheets, shared strings, workbook,
 * ccp's metadata) must give an answer or a one-line error from readVendorAnswers, never an exception, and whatever
 * is read must score and report without throwing.
 */
let model: Model;
let filled: Uint8Array;
let entries: Map<string, Buffer>;
let cases = 0;
const outcomes = { read: 0, refused: 0 };

beforeAll(async () => {
  const acme = examples.find((e) => e.name === 'acme-contact-center')!;
  model = analyzeSources(acme.files).model;
  const spec = await writeSpecXlsx(model, { version: '1', date: '2026-01-01' });
  const answers = Object.fromEntries(model.functions.map((f, i) => [f.id, ['yes', 'partial', 'no', 'roadmap'][i % 4]!]));
  filled = await fillSpec(spec, { vendor: 'Vendor', answers, language: model.project?.outputLanguage ?? 'en' });
  entries = unzip(filled);
}, timeout(120_000));

afterAll(() => {
  console.log(`hardening/vendor-xlsx: ${cases} property cases (${outcomes.read} read and scored, ${outcomes.refused} refused with a message)`);
});

async function readAndScore(bytes: Uint8Array): Promise<void> {
  cases++;
  let result: Awaited<ReturnType<typeof readVendorAnswers>>;
  try {
    result = await readVendorAnswers(bytes, 'vendor.xlsx');
  } catch (error) {
    throw new Error(`readVendorAnswers threw: ${(error as Error).stack}`);
  }
  outcomes[result.ok ? 'read' : 'refused']++;
  if (!result.ok) {
    expect(result.error).toMatch(/^vendor\.xlsx: /);
    expect(result.error).not.toMatch(/\n\s+at /);
    return;
  }
  const requirements = specRequirements(model, result.value.metadata.language);
  const ranked = rankVendors(requirements, [result.value]);
  formatScoreTable(ranked);
  await writeScoreXlsx(ranked, requirements, result.value.metadata.language, '2026-01-01');
}

describe('a vendor XLSX, damaged or tampered with, never crashes ccp vendors score', () => {
  it('reads the undamaged file, also re-zipped (so the XML mutations below reach the parser)', async () => {
    expect((await readVendorAnswers(filled, 'vendor.xlsx')).ok).toBe(true);
    const rezipped = makeZip([...entries].map(([name, data]) => ({ name, data })));
    expect((await readVendorAnswers(rezipped, 'vendor.xlsx')).ok).toBe(true);
  });

  it('flipped, inserted and deleted bytes, and truncation', async () => {
    const edit = fc.oneof(
      fc.record({ op: fc.constant('flip' as const), at: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), byte: fc.integer({ min: 0, max: 255 }) }),
      fc.record({ op: fc.constant('cut' as const), at: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), byte: fc.constant(0) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 8 }), async (edits) => {
        let bytes = Buffer.from(filled);
        for (const e of edits) {
          const at = Math.floor(e.at * bytes.length);
          if (e.op === 'flip') bytes[at] = e.byte;
          else bytes = bytes.subarray(0, at);
        }
        await readAndScore(new Uint8Array(bytes));
      }),
      { numRuns: runs(25) },
    );
  }, timeout(180_000));

  it('mutated XML in the sheets, shared strings, workbook and metadata, re-zipped', async () => {
    const names = [...entries.keys()].filter((n) => n.endsWith('.xml'));
    await fc.assert(
      fc.asyncProperty(fc.nat(names.length - 1), mutationsArb, async (i, ms) => {
        const name = names[i]!;
        const zip = makeZip([...entries].map(([n, data]) => ({ name: n, data: n === name ? Buffer.from(mutate(data.toString('utf8'), ms), 'utf8') : data })));
        await readAndScore(zip);
      }),
      { numRuns: runs(30) },
    );
  }, timeout(180_000));

  it('any text in any cell (answers, costs, ids, metadata), as valid XML', async () => {
    const xmlText = (t: string) => t.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD]/g, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const junk = fc.oneof(
      fc.constantFrom('', 'Yes', 'No', 'Partial', 'Roadmap', 'Tak', '-1', '1e309', 'NaN', '1 000 000,50 zł', '=1+1', '@x', '0x10', 'a'.repeat(40_000)),
      fc.string({ maxLength: 20 }),
    );
    const shared = entries.get('xl/sharedStrings.xml')!.toString('utf8');
    const slots = shared.match(/<t[^>]*>[^<]*<\/t>/g)!.length;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(slots - 1), junk), { minLength: 1, maxLength: 30 }), async (changes) => {
        const byIndex = new Map(changes);
        let k = 0;
        const changed = shared.replace(/<t([^>]*)>([^<]*)<\/t>/g, (all, attrs: string) => {
          const v = byIndex.get(k++);
          return v === undefined ? all : `<t${attrs} xml:space="preserve">${xmlText(v)}</t>`.replace(/ xml:space="preserve"( xml:space="preserve")/, '$1');
        });
        await readAndScore(makeZip([...entries].map(([n, data]) => ({ name: n, data: n === 'xl/sharedStrings.xml' ? Buffer.from(changed, 'utf8') : data }))));
      }),
      { numRuns: runs(25) },
    );
  }, timeout(180_000));
});
