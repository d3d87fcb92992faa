import type { AccessGrant, Role } from '@ccp/core';
import { readMoney } from '../values.js';
import { base, boolField, customField, descriptionField, numberField, refField, refsField, textsField, type KindSpec } from '../kind-spec.js';

const grantKinds = ['system', 'data'] as const;

export const roleKind: KindSpec<Role> = {
  keyword: 'role',
  kind: 'role',
  doc: 'A job in or around the center: reporting line, span of control, headcount, backup, competencies and access grants.',
  create: (head) => base('role', head, { competencies: [], access: [], external: false }),
  fields: [
    descriptionField(),
    refField('reports_to', ['role'], 'The role this one reports to.', 'supervisor', (e, v) => (e.reportsTo = v)),
    numberField('span', 'People reporting to one person in this role (span of control).', '12', (e, v) => (e.span = v), { integer: true }),
    numberField('headcount', 'People in the role today or planned.', '24', (e, v) => (e.headcount = v), { integer: true }),
    refsField('backup', ['role'], 'The role(s) that substitute during holidays and sickness.', 'senior_agent, supervisor', (e, v) => {
      if (v[0]) e.backup = v[0];
      if (v.length > 1) e.backups = v;
    }, ['backups']),
    textsField('competencies', 'What people in the role must know, as quoted texts.', '"consumer law", "CRM"', (e, v) => (e.competencies = v), ['skills']),
    customField<Role>(
      'access',
      'Grants on systems or data: an id followed by read and/or write.',
      'crm read write, kb read',
      (f, e, ctx) => {
        for (const v of f.values) {
          const [target, ...modes] = v.atoms;
          const words = modes.map((m) => m.text.toLowerCase());
          const ok = target?.type === 'ident' && words.every((w) => w === 'read' || w === 'write');
          if (!ok) {
            ctx.invalid(f, 'access', 'crm read write, kb read', v.loc);
            continue;
          }
          const grant: AccessGrant = {
            target: ctx.ref(target, grantKinds, 'access'),
            read: words.length === 0 || words.includes('read') || words.includes('write'),
            write: words.includes('write'),
            loc: v.loc,
          };
          e.access.push(grant);
        }
      },
    ),
    refsField(
      'deny',
      ['system', 'data'],
      'Systems or data the role may not access by policy; steps get their data through an integration function.',
      'erp',
      (e, v) => (e.deny = v),
      ['no_access', 'brak_dostępu'],
    ),
    customField<Role>('rate', 'Cost of one hour of work in the role.', '45 PLN/h', (f, e, ctx) => {
      const money = readMoney(f, ctx, '45 PLN/h');
      if (money) e.hourlyRate = money;
    }, ['hourly_rate']),
    boolField('external', "True when the role is staffed by a vendor's people.", (e, v) => (e.external = v)),
  ],
};
