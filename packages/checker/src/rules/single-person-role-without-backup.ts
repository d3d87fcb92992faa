import type { Rule } from '../rule.js';

export const singlePersonRoleWithoutBackup: Rule = {
  id: 'single-person-role-without-backup',
  description: 'Name a backup for every role held by one person, for holidays and sickness.',
  severity: 'warning',
  check({ model, links, t, report }) {
    for (const r of model.roles)
      if (r.headcount === 1 && !r.backup && !links.faults.broken(r, 'backup'))
        report({ message: t.singlePersonRoleWithoutBackup({ role: r.id }), loc: r.idLoc });
  },
};
