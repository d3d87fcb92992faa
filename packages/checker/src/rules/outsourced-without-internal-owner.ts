import type { Rule } from '../rule.js';

export const outsourcedWithoutInternalOwner: Rule = {
  id: 'outsourced-without-internal-owner',
  description: 'Name an internal owner for every outsourced or hybrid process.',
  severity: 'warning',
  check({ model, links, t, report }) {
    for (const p of model.processes)
      if ((p.sourcing === 'outsourced' || p.sourcing === 'hybrid') && !p.internalOwner && !links.faults.invalid(p, 'internal_owner'))
        report({
          message: t.outsourcedWithoutInternalOwner({ process: p.id, hybrid: p.sourcing === 'hybrid' }),
          loc: p.idLoc,
        });
  },
};
