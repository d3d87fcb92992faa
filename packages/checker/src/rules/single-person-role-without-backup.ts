import type { Rule } from '../rule.js';

export const singlePersonRoleWithoutBackup: Rule = {
  id: 'single-person-role-without-backup',
  description: 'Name a backup for every role held by one person, for holidays and sickness.',
  severity: 'warning',
  check({ model, links, report }) {
    for (const r of model.roles)
      if (r.headcount === 1 && !r.backup && !links.faults.broken(r, 'backup'))
        report({ message: `Role '${r.id}' is held by one person and has no backup for holidays and sickness; add 'backup: <role>'.`, loc: r.idLoc });
  },
};
