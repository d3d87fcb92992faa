import type { Rule } from '../rule.js';

export const duplicateId: Rule = {
  id: 'duplicate-id',
  description: 'Declare each id once (step ids once per process).',
  severity: 'error',
  check({ links, report }) {
    for (const d of links.duplicates) {
      const scope = d.process ? ` in process '${d.process}'` : '';
      report({
        message: `The id '${d.id}' is already used by a ${d.firstKind}${scope}; ids must be unique.`,
        loc: d.loc,
        related: [{ message: `The ${d.firstKind} '${d.id}' is declared here.`, loc: d.first }],
      });
    }
  },
};
