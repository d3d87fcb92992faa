import type { Rule } from '../rule.js';

export const undefinedReference: Rule = {
  id: 'undefined-reference',
  description: 'Refer only to declared elements of the right kind.',
  severity: 'error',
  check({ links, t, report }) {
    for (const u of links.unresolved) {
      const wanted = u.kinds.join(' or ');
      const message = u.foundKind
        ? t.wrongKind({ id: u.ref.id, found: u.foundKind, field: u.field, owner: u.owner, wanted })
        : t.undeclared({
            id: u.ref.id,
            field: u.field,
            owner: u.owner,
            wanted,
            ...(u.suggestion ? { suggestion: u.suggestion } : {}),
            ...(u.differenceOf ? { difference: t.difference(u.differenceOf) } : u.difference ? { difference: u.difference } : {}),
          });
      report({
        message,
        loc: u.ref.loc,
        ...(u.suggestion
          ? {
              suggestion: t.didYouMean({ suggestion: u.suggestion }),
              fixes: [{ title: t.changeTo({ suggestion: u.suggestion }), edits: [{ loc: u.ref.loc, newText: u.suggestion }] }],
            }
          : {}),
        data: { kind: u.kinds[0]!, id: u.ref.id },
      });
    }
  },
};
