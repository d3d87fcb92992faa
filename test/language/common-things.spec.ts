import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { analyzeSources } from '@ccp/language';
import { runRules } from '@ccp/checker';
import { modelSchema, toJson } from '@ccp/generators/json';
import { buildSpecContent } from '@ccp/generators/xlsx';
import { decimal, formatAmounts } from '@ccp/staffing';
import { docsOf, joinMarkdown } from '../support/docs-fixture.js';

/** Issue 19, must-show 6: what real designs needed a place for, read, checked and shown in every output. */
const design = `project p "P" { sponsor: lead }
role lead "Lead" { headcount: 2 }
role agent "Agent" { headcount: 1  backup: senior, lead  rate: £19/h  access: crm read write  deny: erp }
role senior "Senior" { headcount: 3  rate: 19 zł/h }
role vendor "Vendor agent" { headcount: 4  rate: EUR 30 }
system crm "CRM" { kind: crm }
system erp "ERP" { kind: erp }
channel sms "SMS" { medium: sms  hours: "Mo-Su 00:00-24:00"  volume: 100/day  uses: balance_sms }
channel phone "Phone" { medium: voice  hours: "Mo-Fr 08:00-16:00"  volume: 300/day  handled_by: agent }
touchpoint outage "Outage notice" {
  channel: sms
  initiated_by: company
  direction: outbound
  informs: "A planned outage in your area"
}
touchpoint track "Track an order" { channel: phone  initiated_by: customer  direction: inbound  uses: order_tracking }
touchpoint complaint "Complaint" { channel: phone  starts: complaints }
process complaints "Complaints" {
  owner: lead
  sla: respond 2bd, resolve 20bd
  step take { by: agent  time: 5m  end }
}
function order_tracking "Order tracking portal" { priority: must }
function balance_sms "Balance by SMS" { priority: nice }
`;

function analyse() {
  const analysis = analyzeSources({ 'main.ccp': design });
  return { analysis, all: [...analysis.diagnostics, ...runRules(analysis)] };
}

describe('notifications, self-service, direction, backups, business days and currencies', () => {
  it('read without a finding: a notification needs no process, self-service functions are used', () => {
    expect(analyse().all.map((d) => `${d.code}: ${d.message}`)).toEqual([]);
  });

  it('a company touchpoint that neither starts a process nor informs is still a gap, with a hint', () => {
    const analysis = analyzeSources({ 'main.ccp': design.replace('  informs: "A planned outage in your area"\n', '') });
    const found = runRules(analysis).filter((d) => d.code === 'touchpoint-without-process');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain("'informs:");
  });

  it('keeps them in the model', () => {
    const { model } = analyse().analysis;
    const [agent, senior, vendor] = model.roles.slice(1);
    expect(agent!.backup?.id).toBe('senior');
    expect(agent!.backups?.map((r) => r.id)).toEqual(['senior', 'lead']);
    expect([agent!.hourlyRate, senior!.hourlyRate, vendor!.hourlyRate]).toEqual([
      { amount: 19, currency: 'GBP' },
      { amount: 19, currency: 'PLN' },
      { amount: 30, currency: 'EUR' },
    ]);
    expect(model.processes[0]!.sla).toMatchObject({ reactionBusinessDays: 2, resolutionBusinessDays: 20 });
    expect(model.touchpoints.map((t) => t.direction)).toEqual(['outbound', 'inbound', undefined]);
  });

  it('refuses what does not fit, once each', () => {
    for (const [from, to] of [
      ['direction: outbound', 'direction: sideways'],
      ['resolve 20bd', 'resolve 20xd'],
      ['rate: £19/h', 'rate: £ £ 19'],
    ] as const) {
      const analysis = analyzeSources({ 'main.ccp': design.replace(from, to) });
      expect([...analysis.diagnostics, ...runRules(analysis)].map((d) => d.code), to).toEqual(['CCP2003']);
    }
  });

  it('exports them in JSON that validates against the schema', () => {
    const json = toJson(analyse().analysis.model) as Record<string, Record<string, unknown>[]>;
    const validate = new Ajv2020({ allErrors: true, strict: true }).compile(modelSchema());
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect(json.touchpoints![0]).toMatchObject({ direction: 'outbound', informs: 'A planned outage in your area' });
    expect(json.touchpoints![1]).toMatchObject({ uses: ['order_tracking'] });
    expect(json.channels![0]).toMatchObject({ uses: ['balance_sms'] });
    expect(json.roles![1]).toMatchObject({ backup: 'senior', backups: ['senior', 'lead'], deny: ['erp'], hourlyRate: { amount: 19, currency: 'GBP' } });
    expect(json.processes![0]!.sla).toEqual({ reactionBusinessDays: 2, resolutionBusinessDays: 20 });
  });

  it('shows them in the docs', async () => {
    const md = joinMarkdown(await docsOf({ 'main.ccp': design }));
    expect(md).toContain('company, outbound');
    expect(md).toContain('Informs: A planned outage in your area');
    expect(md).toMatch(/Self-service: \[Order tracking portal\]/);
    expect(md).toMatch(/Backup: \[Senior\]\([^)]*\), \[Lead\]/);
    expect(md).toContain('No access by policy: [ERP]');
    expect(md).toContain('20 business days \\(resolution\\)'); // parentheses escaped: see escapeMarkdown
  });

  it('shows them in the vendor spec', () => {
    const content = buildSpecContent(analyse().analysis.model, {});
    const cells = content.tables.flatMap((t) => t.rows.flatMap((r) => r.cells.map(String)));
    expect(cells).toContain('Self-service › Track an order');
    expect(cells).toContain('Self-service › SMS');
    expect(cells).toContain('reaction 2 business days, resolution 20 business days');
    expect(cells).toContain('≤ 20 business days');
  });

  it('writes amounts and numbers with the decimal separator of the output language', () => {
    expect(formatAmounts([{ amount: 4.2, currency: 'PLN' }], 'pl')).toBe('4,20\u00a0zł');
    expect(formatAmounts([{ amount: 1234.5, currency: 'EUR' }], 'pl')).toBe('1\u00a0234,50\u00a0EUR');
    expect(formatAmounts([{ amount: 4.2, currency: 'PLN' }], 'en')).toBe('4.20 PLN');
    expect(decimal(12.345, 1, 'pl')).toBe('12,3');
  });
});
