import { describe, expect, it } from 'vitest';
import { runRules } from '@ccp/checker';
import { analyzeSources } from '@ccp/language';
import { buildSpecContent } from '@ccp/generators/xlsx';
import { modelOf, specOptions } from './helpers.js';

// Issue 17, must-show 7: the spec has a Data sheet (entity, system, table, personal, legal basis, retention, who
// reads and who writes, names beside ids), and the access matrix shows what each role really has.

const design = `
project p "P" { output_language: en }
role agent "Consultant" { access: crm read, ticket read write, kb read }
role lead "Team Leader" { access: crm read write, ticket read  deny: erp }
role auditor "Auditor" { access: crm read, crm write }
role clerk "Clerk" { deny: ticket }
system crm "CRM" { kind: crm }
system erp "ERP" { kind: erp }
system kb "Knowledge base" { kind: kb }
data customer "Customer profile" { in: crm  table: "Contact"  personal: true  basis: legitimate_interest  retention: 10y }
data ticket "Ticket" { in: crm  table: "tickets & <notes>"  personal: true  basis: contract  retention: "5 years after closing" }
data order "Order" { in: erp }
data article "Article" {}
process p1 "Complaint" {
  step s1 "Register" { by: agent  reads: customer  writes: ticket  next: s2 }
  step s2 "Review" { by: lead  reads: ticket, customer  writes: customer  end }
}
`;

function table(src: string, key: string) {
  const content = buildSpecContent(modelOf(src), specOptions);
  const t = content.tables.find((x) => x.key === key)!;
  return { t, rows: new Map(t.rows.map((r) => [String(r.cells[0]), r.cells])) };
}

describe('the Data sheet', () => {
  it('has one row per data entity, with names beside ids for the system and the roles', () => {
    const { t, rows } = table(design, 'data');
    expect(t.name).toBe('Data');
    expect(t.columns.map((c) => c.header)).toEqual(['Id', 'Data', 'System', 'Table', 'Personal', 'Legal basis', 'Retention', 'Read by (role)', 'Written by (role)']);
    expect([...rows.keys()]).toEqual(['customer', 'ticket', 'order', 'article']);
    expect(rows.get('customer')).toEqual(['customer', 'Customer profile', 'CRM (crm)', 'Contact', 'yes', 'legitimate interest', '10y', 'Consultant (agent)\nTeam Leader (lead)', 'Team Leader (lead)']);
    expect(rows.get('ticket')).toEqual(['ticket', 'Ticket', 'CRM (crm)', 'tickets & <notes>', 'yes', 'contract', '5 years after closing', 'Team Leader (lead)', 'Consultant (agent)']);
    expect(rows.get('order')).toEqual(['order', 'Order', 'ERP (erp)', '', '', '', '', '', '']);
    expect(rows.get('article')).toEqual(['article', 'Article', '', '', '', '', '', '', '']);
  });

  it('comes after the processes, in the output language', () => {
    const content = buildSpecContent(modelOf(design.replace('output_language: en', 'output_language: pl')), specOptions);
    expect(content.tables.map((x) => x.key).slice(0, 4)).toEqual(['functions', 'processes', 'data', 'roles']);
    const t = content.tables.find((x) => x.key === 'data')!;
    expect(t.name).toBe('Dane');
    expect(t.rows[0]!.cells.slice(4, 6)).toEqual(['tak', 'prawnie uzasadniony interes']);
  });
});

describe('the access matrix', () => {
  it('shows grants on systems and data, what the system grant adds in parentheses, and deny as —', () => {
    const { t, rows } = table(design, 'roles');
    const header = t.columns.map((c) => c.header);
    const cell = (role: string, column: string) => rows.get(role)![header.indexOf(column)];
    expect(header.slice(5)).toEqual(['CRM', 'ERP', 'Knowledge base', 'Customer profile', 'Ticket', 'Order', 'Article']);
    // agent: read on the CRM, read and write on the ticket itself
    expect(rows.get('agent')!.slice(5)).toEqual(['R', '', 'R', '(R)', 'RW', '', '']);
    // lead: RW on the CRM adds write to its own read grant on the ticket; the ERP and its data are denied
    expect(rows.get('lead')!.slice(5)).toEqual(['RW', '—', '', '(RW)', 'R (RW)', '—', '']);
    // two grants on one target are one cell: read and write, never the first alone
    expect(cell('auditor', 'CRM')).toBe('RW');
    expect(cell('clerk', 'Ticket')).toBe('—');
  });

  it('agrees with missing-data-access on every combination of system grant, data grant and deny', () => {
    const modes = ['', ' read', ' read write'];
    for (const sys of modes)
      for (const own of modes)
        for (const deny of ['', 'crm', 'ticket']) {
          const access = [sys ? `crm${sys}` : '', own ? `ticket${own}` : ''].filter(Boolean).join(', ');
          const src = `
role r "R" { ${access ? `access: ${access}` : ''} ${deny ? `deny: ${deny}` : ''} }
system crm "CRM" { kind: crm }
data ticket "Ticket" { in: crm }
process p "P" { step s "S" { by: r  reads: ticket  writes: ticket  end } }
`;
          const analysis = analyzeSources({ 'main.ccp': src });
          const findings = runRules(analysis).filter((d) => d.code === 'missing-data-access');
          const content = buildSpecContent(analysis.model, specOptions);
          const roles = content.tables.find((x) => x.key === 'roles')!;
          const text = String(roles.rows[0]!.cells[6]);
          // what the role has in all: the part in parentheses when there is one, else the cell
          const all = /\(([RW]*)\)/.exec(text)?.[1] ?? text;
          const where = `${access || 'no grant'}${deny ? `, deny ${deny}` : ''}: '${text}'`;
          if (deny) {
            // denied by policy: no access shown, and the checker flags the step (or the grant against the policy)
            expect(text, where).toBe('—');
            const refused = runRules(analysis).filter((d) => d.code === 'missing-data-access' || d.code === 'grant-contradicts-deny');
            expect(refused.length, where).toBeGreaterThan(0);
            continue;
          }
          expect(findings.some((f) => f.message.startsWith("Step 's' reads")), where).toBe(!all.includes('R'));
          expect(findings.some((f) => f.message.startsWith("Step 's' writes")), where).toBe(!all.includes('W'));
        }
  });
});
