import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeSources } from '@ccp/language';
import { diffModels } from '@ccp/generators/diff';
import { buildSpecContent, specMismatch, writeSpecXlsx } from '@ccp/generators/xlsx';
import { fillSpec, specOptions } from '../xlsx/helpers.js';
import { run } from './helpers.js';

/**
 * `ccp diff`'s `procurementResend` against the scorer itself: for generated pairs of design versions, the old
 * version's spec is written, filled as a vendor would, and scored by `ccp vendors score` against the new version.
 * The diff must say "re-send" exactly when the scorer refuses the answers.
 */

interface Fn {
  id: string;
  name: string;
  priority?: 'must' | 'nice';
  description: string;
  weight?: number;
}

interface Design {
  fns: Fn[];
  stepText: string;
  kpiTarget: number;
  /** The customer data is personal: derives the requirement `nfr.gdpr`. */
  personal: boolean;
  /** The CRM is SaaS: derives `nfr.backups` and `nfr.continuity`. */
  hosted: boolean;
  tender?: { must: number; nice: number; yes: number };
}

const ids = ['open_ticket', 'send_email', 'live_chat', 'callback', 'kb_search', 'survey'];
const texts = ['Register a ticket', 'Send e-mail', 'Web chat', 'Call back', 'Search "the" KB', 'Post-call survey'];
const priorityArb = fc.constantFrom<Fn['priority']>('must', 'nice', undefined);

const fnArb = fc.record({
  id: fc.constantFrom(...ids),
  name: fc.constantFrom(...texts),
  priority: priorityArb,
  description: fc.constantFrom('', 'With history.', 'With attachments and consents.'),
  weight: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
});

const designArb: fc.Arbitrary<Design> = fc.record({
  fns: fc.uniqueArray(fnArb, { minLength: 1, maxLength: 4, selector: (f) => f.id }),
  stepText: fc.constantFrom('Register', 'Register the complaint'),
  kpiTarget: fc.constantFrom(20, 30),
  personal: fc.boolean(),
  hosted: fc.boolean(),
  tender: fc.option(fc.record({ must: fc.constantFrom(60, 70), nice: fc.constantFrom(30, 40), yes: fc.constantFrom(100, 90) }), { nil: undefined }),
});

type Edit = (d: Design) => Design;

/** Random edits: to requirements (functions, priorities, texts, weights, the tender) and to everything else. */
const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fnArb.map((f): Edit => (d) => ({ ...d, fns: d.fns.some((x) => x.id === f.id) ? d.fns : [...d.fns, f] })),
  fc.nat().map((i): Edit => (d) => ({ ...d, fns: d.fns.length > 1 ? d.fns.filter((_, j) => j !== i % d.fns.length) : d.fns })),
  fc.tuple(fc.nat(), fc.constantFrom(...ids)).map(([i, id]): Edit => (d) => (d.fns.some((x) => x.id === id) ? d : { ...d, fns: d.fns.map((f, j) => (j === i % d.fns.length ? { ...f, id } : f)) })),
  fc.tuple(fc.nat(), priorityArb).map(([i, priority]): Edit => (d) => ({ ...d, fns: d.fns.map((f, j) => (j === i % d.fns.length ? { ...f, priority } : f)) })),
  fc.tuple(fc.nat(), fc.constantFrom(...texts)).map(([i, name]): Edit => (d) => ({ ...d, fns: d.fns.map((f, j) => (j === i % d.fns.length ? { ...f, name } : f)) })),
  fc.tuple(fc.nat(), fc.constantFrom('', 'With history.', 'Changed.')).map(([i, description]): Edit => (d) => ({ ...d, fns: d.fns.map((f, j) => (j === i % d.fns.length ? { ...f, description } : f)) })),
  fc.tuple(fc.nat(), fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined })).map(([i, weight]): Edit => (d) => ({ ...d, fns: d.fns.map((f, j) => (j === i % d.fns.length ? { ...f, weight } : f)) })),
  fc.constant<Edit>((d) => ({ ...d, fns: [...d.fns].reverse() })),
  fc.option(fc.record({ must: fc.constantFrom(60, 80), nice: fc.constantFrom(20, 40), yes: fc.constantFrom(100, 90) }), { nil: undefined }).map((tender): Edit => (d) => ({ ...d, tender })),
  fc.constantFrom('Register', 'Take the call').map((stepText): Edit => (d) => ({ ...d, stepText })),
  fc.constantFrom(20, 45).map((kpiTarget): Edit => (d) => ({ ...d, kpiTarget })),
  fc.boolean().map((personal): Edit => (d) => ({ ...d, personal })),
  fc.boolean().map((hosted): Edit => (d) => ({ ...d, hosted })),
);

const q = (s: string) => JSON.stringify(s);

function source(d: Design): string {
  const fns = d.fns.map((f) => `function ${f.id} ${q(f.name)} {${f.priority ? ` priority: ${f.priority}` : ''}  system: crm  roles: agent${f.description ? `  description: ${q(f.description)}` : ''}${f.weight ? `  weight: ${f.weight}` : ''} }`);
  return [
    'project shop "Shop" { sponsor: agent  output_language: en }',
    'role agent "Agent" { access: crm read write  headcount: 5 }',
    `data customer "Customer" { in: crm  personal: ${d.personal}  basis: contract }`,
    `system crm "CRM" { kind: crm  hosting: ${d.hosted ? 'saas' : 'on_prem'} }`,
    'channel phone { hours: "Mo-Fr 08:00-16:00"  volume: 100/day  aht: 5m }',
    `kpi asa "Average speed of answer" { channel: phone  target: <= ${d.kpiTarget}s }`,
    'touchpoint call { channel: phone  starts: complaint }',
    `process complaint { owner: agent\n  step register ${q(d.stepText)} { by: agent  reads: customer  uses: ${d.fns.map((f) => f.id).join(', ')}  end }\n}`,
    ...fns,
    ...(d.tender ? [`tender rfp { priority_weights: must ${d.tender.must}%, nice ${d.tender.nice}%  points: yes ${d.tender.yes}, partial 50, roadmap 20, no 0 }`] : []),
    '',
  ].join('\n');
}

const work = mkdtempSync(join(tmpdir(), 'ccp-diff-prop-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('ccp diff and the scorer agree on procurementResend', () => {
  it('procurementResend is true exactly when ccp vendors score refuses answers to the old spec (generated pairs)', async () => {
    let n = 0;
    const seen = { resend: 0, kept: 0 };
    await fc.assert(
      fc.asyncProperty(designArb, fc.array(editArb, { minLength: 1, maxLength: 3 }), async (before, edits) => {
        const after = edits.reduce((d, e) => e(d), before);
        const [a, b] = [source(before), source(after)].map((text) => analyzeSources({ 'main.ccp': text }));
        expect(a!.diagnostics.filter((x) => x.severity === 'error')).toEqual([]);
        expect(b!.diagnostics.filter((x) => x.severity === 'error')).toEqual([]);
        const diff = diffModels(a!.model, b!.model);

        const spec = await writeSpecXlsx(a!.model, specOptions);
        const answers = Object.fromEntries([...before.fns.map((f) => f.id), 'nfr.gdpr', 'nfr.backups', 'nfr.continuity'].map((id) => [id, 'yes']));
        const filled = await fillSpec(spec, { vendor: 'Vendor', answers, language: 'en' });
        const dir = join(work, String(n++));
        mkdirSync(join(dir, 'design'), { recursive: true });
        writeFileSync(join(dir, 'design', 'main.ccp'), source(after));
        writeFileSync(join(dir, 'vendor.xlsx'), filled);
        const scored = await run(['vendors', 'score', 'design', 'vendor.xlsx', '--format', 'json'], dir);
        // 0: ranked; 2: the only file was refused (the reason names the version or the scoring rules)
        expect([0, 2], scored.stderr).toContain(scored.code);
        const refused = scored.code === 2;
        if (refused) expect(scored.stderr).toMatch(/another version of the design|other scoring rules|specification of project/);
        seen[refused ? 'resend' : 'kept']++;
        expect(diff.summary.procurementResend, `${source(before)}\n---\n${source(after)}\n${scored.stderr}`).toBe(refused);
        expect(diff.procurement.resend).toBe(refused);
      }),
      { numRuns: 10, seed: 17 },
    );
    // the generated pairs exercise both outcomes
    expect(seen.resend).toBeGreaterThan(0);
    expect(seen.kept).toBeGreaterThan(0);
  }, 60_000);

  it('and over many more pairs, against the metadata the spec records (no files: the same comparison, in memory)', () => {
    const seen = { resend: 0, kept: 0 };
    fc.assert(
      fc.property(designArb, fc.array(editArb, { minLength: 1, maxLength: 3 }), (before, edits) => {
        const after = edits.reduce((d, e) => e(d), before);
        const [a, b] = [source(before), source(after)].map((text) => analyzeSources({ 'main.ccp': text }).model);
        const refused = specMismatch(buildSpecContent(a!, specOptions).metadata, b!) !== undefined;
        seen[refused ? 'resend' : 'kept']++;
        expect(diffModels(a!, b!).summary.procurementResend).toBe(refused);
      }),
      { numRuns: 150, seed: 1717 },
    );
    expect(seen.resend).toBeGreaterThan(10);
    expect(seen.kept).toBeGreaterThan(10);
  });
});
