import type { Rule } from '../rule.js';

export const duplicateId: Rule = {
  id: 'duplicate-id',
  description: 'Declare each id once (step ids once per process).',
  severity: 'error',
  check({ links, t, report }) {
    for (const d of links.duplicates) {
      report({
        message: t.duplicateId({ id: d.id, firstKind: d.firstKind, ...(d.process ? { process: d.process } : {}) }),
        loc: d.loc,
        related: [{ message: t.duplicateIdFirst({ id: d.id, firstKind: d.firstKind }), loc: d.first }],
      });
    }
  },
};
