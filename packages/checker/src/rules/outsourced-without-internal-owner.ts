import type { Rule } from '../rule.js';

export const outsourcedWithoutInternalOwner: Rule = {
  id: 'outsourced-without-internal-owner',
  description: 'Name an internal owner for every outsourced or hybrid process.',
  severity: 'warning',
  check({ model, links, report }) {
    for (const p of model.processes)
      if ((p.sourcing === 'outsourced' || p.sourcing === 'hybrid') && !p.internalOwner && !links.faults.invalid(p, 'internal_owner'))
        report({
          message: `Process '${p.id}' is ${p.sourcing === 'hybrid' ? 'partly outsourced' : 'outsourced'} but has no internal owner for the partnership; add 'internal_owner: <role>'.`,
          loc: p.idLoc,
        });
  },
};
