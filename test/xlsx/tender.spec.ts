import { runRules } from '@ccp/checker';
import { describe, expect, it } from 'vitest';
import { analyzeSources } from '@ccp/language';
import {
  buildSpecContent,
  loadExcelJS,
  rankVendors,
  readVendorAnswers,
  scoringRules,
  specMismatch,
  specRequirements,
  writeScoreXlsx,
  writeSpecXlsx,
  type VendorAnswers,
} from '@ccp/generators/xlsx';
import { modelOf } from './helpers.js';

const tender = `tender rfp "Platform tender" {
  priority_weights: must 60%, nice 40%
  points: yes 100, partial 50, roadmap 20, no 0, n_a 100
  knockout: musts, live_chat
  cost_years: 3
  price_weight: 40%
  currency: "EUR"
}`;

const design = (t = tender) => `project shop "Shop" { output_language: en }
function open_ticket "Register a ticket" { priority: must  system: crm }
function send_email "Send e-mail" { priority: must  system: contact_center }
function live_chat "Live chat" { priority: nice  system: contact_center }
function kb_search "Search the knowledge base" { priority: nice  system: kb }
${t}
`;

const options = { version: '1.0', date: '2026-11-22' };

interface Offer {
  vendor: string;
  answers: Record<string, string | number>;
  comments?: Record<string, string>;
  oneOff?: Record<string, number>;
  yearly?: Record<string, number>;
}

/** Fills the tender's spec (English; Supported, comment, one-off and yearly cost in columns I to L). */
async function fill(spec: Uint8Array, offer: Offer): Promise<VendorAnswers> {
  const ExcelJS = await loadExcelJS();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(spec) as unknown as ArrayBuffer);
  wb.getWorksheet('Cover')!.getCell('B11').value = offer.vendor;
  const ws = wb.getWorksheet('Functions')!;
  ws.eachRow((row, n) => {
    const id = String(row.getCell(1).value ?? '');
    if (n < 2 || !id) return;
    if (offer.answers[id] !== undefined) row.getCell(9).value = offer.answers[id]!;
    if (offer.comments?.[id]) row.getCell(10).value = offer.comments[id]!;
    if (offer.oneOff?.[id] !== undefined) row.getCell(11).value = offer.oneOff[id]!;
    if (offer.yearly?.[id] !== undefined) row.getCell(12).value = offer.yearly[id]!;
  });
  const r = await readVendorAnswers(new Uint8Array(await wb.xlsx.writeBuffer()), `${offer.vendor}.xlsx`);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

describe('the tender construct', () => {
  it('reads every field into the model', () => {
    const t = modelOf(design()).tender!;
    expect(t.priorityWeights.map((w) => [w.key, w.value])).toEqual([
      ['must', 70 - 10],
      ['nice', 40],
    ]);
    expect(t.points.map((p) => [p.answer, p.points])).toEqual([
      ['yes', 100],
      ['partial', 50],
      ['roadmap', 20],
      ['no', 0],
      ['na', 100],
    ]);
    expect(t.knockoutMusts).toBe(true);
    expect(t.knockout.map((r) => r.id)).toEqual(['live_chat']);
    expect([t.costYears, t.priceWeight, t.currency]).toEqual([3, 0.4, 'EUR']);
  });

  const errors = (src: string) =>
    analyzeSources({ 'main.ccp': src })
      .diagnostics.filter((d) => d.severity === 'error')
      .map((d) => `${d.code} ${d.message}`);

  it('refuses rules that contradict each other or do not read', () => {
    expect(errors(design('tender t { priority_weights: must 1  area_weights: crm 1 }'))).toEqual(["CCP2003 Tender 't' gives both priority_weights and area_weights; give one of them."]);
    expect(errors(design('tender t { scale: 0 "No", 5 "Yes" }'))).toEqual(["CCP2003 Field 'scale' of tender 't' must define each score 0, 1, 2, 3, 4 and 5 once."]);
    expect(errors(design('tender t { points: yes 120 }'))[0]).toMatch(/^CCP2003 Field 'points' of tender 't' expects an answer/);
    expect(errors(design('tender t { cost_years: 0  price_weight: 100% }'))).toEqual([
      "CCP2003 Field 'cost_years' of tender 't' must be a whole number of years from 1 to 30.",
      "CCP2003 Field 'price_weight' of tender 't' must be a share from 0% to below 100%.",
    ]);
    const fax = analyzeSources({ 'main.ccp': design('tender t { knockout: fax }') });
    expect(runRules(fax, {}).filter((d) => d.code === 'undefined-reference').map((d) => d.message).join('\n')).toMatch(/'fax'/);
    expect(errors(design(`${tender}\ntender second {}`))).toEqual(["CCP2011 Only one tender may be declared; 'second' is a second one."]);
  });
});

describe('the spec states the rules before any offer is opened', () => {
  it('on the cover, in the metadata (with a fingerprint), and in the answer columns', async () => {
    const model = modelOf(design());
    const content = buildSpecContent(model, options);
    const cover = content.cover.map((l) => `${l.label ?? ''}|${l.value ?? ''}`);
    expect(cover).toContain('|Scoring rules (fixed before any offer is opened)');
    expect(cover).toContain('Points per answer|Yes 100, Partial 50, No 0, Roadmap 20, N/A 100');
    expect(cover).toContain('Weights (normalised to 100)|per priority, split over its requirements: Must 60, Nice 40');
    expect(cover).toContain('Knock-out criteria (answered No, or 0 on the scale, excludes the offer)|every Must requirement\nlive_chat (Live chat)');
    expect(cover).toContain('Total cost|one-off cost + 3 x yearly cost');
    expect(cover).toContain("|price counts 40% of the final score (lowest total cost / the offer's total cost x 100); quality the rest");
    expect(cover).toContain('Currency|EUR');
    expect(content.metadata.scoringHash).toMatch(/^[0-9a-f]{16}$/);
    expect(cover).toContain(`Fingerprint of these rules (checked when offers are scored)|${content.metadata.scoringHash}`);
    const functions = content.tables.find((t) => t.key === 'functions')!;
    expect(functions.columns.map((c) => c.header).slice(8)).toEqual(['Supported', 'Vendor comment', 'One-off cost', 'Yearly cost']);
    expect(functions.rows.every((r) => r.cells.length === 12)).toBe(true);

    const ExcelJS = await loadExcelJS();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await writeSpecXlsx(model, options)) as unknown as ArrayBuffer);
    const v = (wb.getWorksheet('Functions') as unknown as { dataValidations: { find(a: string): { formulae: string[] } | undefined } }).dataValidations.find('I2');
    expect(v?.formulae[0]).toBe('"Yes,Partial,No,Roadmap,N/A"');
  });

  it('weights normalised to 100: per priority, per area, per requirement', () => {
    const reqs = (src: string) => {
      const m = modelOf(design(src));
      return [...scoringRules(m.tender, specRequirements(m, 'en')).weights];
    };
    expect(reqs('tender t { priority_weights: must 3, nice 1 }')).toEqual([
      ['open_ticket', 37.5],
      ['send_email', 37.5],
      ['live_chat', 12.5],
      ['kb_search', 12.5],
    ]);
    expect(reqs('tender t { area_weights: crm 50%, contact_center 30%, kb 20% }')).toEqual([
      ['open_ticket', 50],
      ['send_email', 22.5], // contact_center 30, split 3 (Must) : 1 (Nice)
      ['live_chat', 7.5],
      ['kb_search', 20],
    ]);
    expect(reqs('tender t { knockout: none }')).toEqual([
      ['open_ticket', 37.5],
      ['send_email', 37.5],
      ['live_chat', 12.5],
      ['kb_search', 12.5],
    ]);
  });
});

describe('offers scored by the published rules', () => {
  it('points per answer, N/A, knock-outs, yearly costs over the years and price in the ranking', async () => {
    const model = modelOf(design());
    const spec = await writeSpecXlsx(model, options);
    const a = await fill(spec, { vendor: 'Alpha', answers: { open_ticket: 'Yes', send_email: 'Yes', live_chat: 'Yes', kb_search: 'Yes' }, oneOff: { open_ticket: 1000 }, yearly: { send_email: 500 } });
    const b = await fill(spec, { vendor: 'Beta', answers: { open_ticket: 'Yes', send_email: 'Partial', live_chat: 'N/A', kb_search: 'Yes' }, oneOff: { open_ticket: 500 }, comments: { send_email: 'templates only' } });
    const c = await fill(spec, { vendor: 'Gamma', answers: { open_ticket: 'Yes', send_email: 'Yes', live_chat: 'No', kb_search: 'Yes' } });
    const reqs = specRequirements(model, 'en');
    const rules = scoringRules(model.tender, reqs);
    const ranked = rankVendors(reqs, [a, b, c], rules);
    expect(ranked.map((s) => [s.vendor, s.status, s.quality, s.priceScore, s.score, s.totalCost])).toEqual([
      ['Beta', 'qualified', 85, 100, 91, 500], // 30 + 15 + 20 (N/A 100) + 20; 0.6 x 85 + 0.4 x 100
      ['Alpha', 'qualified', 100, 20, 68, 2500], // 1000 + 3 x 500; price 500 / 2500
      ['Gamma', 'disqualified', 80, 100, 88, 0],
    ]);
    expect(ranked[2]!.failedMusts).toEqual(['live_chat']); // a Nice, but a knock-out criterion
    expect(ranked[1]).toMatchObject({ oneOffCost: 1000, yearlyCost: 500 });

    const ExcelJS = await loadExcelJS();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await writeScoreXlsx(ranked, reqs, 'en', '2026-12-01', { rules, failed: [{ file: 'x.xlsx', reason: 'x.xlsx: it is not an XLSX file (not a zip archive).' }] })) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Summary', 'Comparison', 'Beta', 'Alpha', 'Gamma']);
    const rows = (name: string) => {
      const out: string[] = [];
      wb.getWorksheet(name)!.eachRow((r) => out.push((r.values as unknown[]).slice(1).map((v) => (v === undefined || v === null ? '' : String(v))).join('|')));
      return out;
    };
    expect(rows('Summary')[1]).toBe('1|Beta|Beta.xlsx|91|85|100|1/2|1/2|0|500|0|500|qualified');
    expect(rows('Summary')).toContain('|x.xlsx|x.xlsx: it is not an XLSX file (not a zip archive).');
    expect(rows('Comparison')).toEqual(['Id|Requirement|Priority|Weight|Beta|Alpha|Gamma', 'open_ticket|Register a ticket|Must|30|Yes|Yes|Yes', 'send_email|Send e-mail|Must|30|Partial|Yes|Yes', 'live_chat|Live chat|Nice|20|N/A|Yes|No', 'kb_search|Search the knowledge base|Nice|20|Yes|Yes|Yes']);
    expect(rows('Beta')).toContain('send_email|Send e-mail|Must|30|Partial|50|templates only|||3');
    expect(rows('Alpha')).toContain('send_email|Send e-mail|Must|30|Yes|100||||500|3'.replace('||||500', '|||500'));
  });

  it('a 0-5 scale: the dropdown offers the scores, a Must scored 0 excludes', async () => {
    const scale = 'tender t { scale: 0 "None", 1 "Planned", 2 "Custom", 3 "Configured", 4 "Standard, limits", 5 "Standard" }';
    const model = modelOf(design(scale));
    const spec = await writeSpecXlsx(model, options);
    const reqs = specRequirements(model, 'en');
    const rules = scoringRules(model.tender, reqs);
    const good = await fill(spec, { vendor: 'Good', answers: { open_ticket: 5, send_email: 4, live_chat: '3', kb_search: 'Yes' } });
    const bad = await fill(spec, { vendor: 'Bad', answers: { open_ticket: 0, send_email: 5, live_chat: 5, kb_search: 5 } });
    expect(good.warnings).toEqual(["Functions, row 5: 'Yes' is not one of 0, 1, 2, 3, 4, 5; 'kb_search' counts as unanswered."]);
    const [g, b] = rankVendors(reqs, [good, bad], rules);
    expect([g!.vendor, g!.status, g!.score]).toEqual(['Good', 'qualified', 37.5 + 30 + 7.5]); // 100, 80, 60 points
    expect([b!.vendor, b!.status, b!.failedMusts]).toEqual(['Bad', 'disqualified', ['open_ticket']]);
  });

  it('locks the rules: an offer made under other rules is not scored by the new ones', async () => {
    const sent = await writeSpecXlsx(modelOf(design()), options);
    const r = await readVendorAnswers(sent, 'offer.xlsx');
    if (!r.ok) throw new Error(r.error);
    expect(specMismatch(r.value.metadata, modelOf(design()))).toBeUndefined();
    expect(specMismatch(r.value.metadata, modelOf(design(tender.replace('price_weight: 40%', 'price_weight: 50%'))))).toMatch(/it was sent with other scoring rules \(version 1\.0 of 2026-11-22\): the tender's scoring rules .* changed since/);
    expect(specMismatch(r.value.metadata, modelOf(design('')))).toMatch(/no longer declares the tender/);
    const before = await readVendorAnswers(await writeSpecXlsx(modelOf(design('')), options), 'old.xlsx');
    if (!before.ok) throw new Error(before.error);
    expect(specMismatch(before.value.metadata, modelOf(design()))).toMatch(/now declares a tender/);
  });
});
