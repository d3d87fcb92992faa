import type { Process } from '@ccp/core';
import type { Rule } from '../rule.js';

const complaintWords = /complain|claim|reklamac|skarg/i;

export function isComplaintsProcess(p: Process): boolean {
  if (p.category) return /^(complaints?|reklamacje|claims)$/i.test(p.category);
  return complaintWords.test(p.id) || complaintWords.test(p.name ?? '');
}

export const complaintsWithoutOwner: Rule = {
  id: 'complaints-without-owner',
  description: 'Give the complaints process an owner who decides large disputes.',
  severity: 'warning',
  check({ model, links, t, report }) {
    for (const p of model.processes)
      if (isComplaintsProcess(p) && !p.owner && !links.faults.invalid(p, 'owner'))
        report({ message: t.complaintsWithoutOwner({ process: p.id }), loc: p.idLoc });
  },
};
