import type { Rule } from '../rule.js';

const article = (kind: string) => (kind === 'data' ? '' : /^[aeiou]/.test(kind) ? 'an ' : 'a ');

export const undefinedReference: Rule = {
  id: 'undefined-reference',
  description: 'Refer only to declared elements of the right kind.',
  severity: 'error',
  check({ links, report }) {
    for (const u of links.unresolved) {
      const wanted = u.kinds.join(' or ');
      const message = u.foundKind
        ? `'${u.ref.id}' is ${article(u.foundKind)}${u.foundKind}, but '${u.field}' of ${u.owner} needs ${article(wanted)}${wanted}.`
        : `'${u.field}' of ${u.owner} refers to ${article(wanted)}${wanted} '${u.ref.id}' that is not declared.${u.suggestion ? ` Did you mean '${u.suggestion}'?` : ''}${u.difference ? ` ${u.difference}` : ''}`;
      report({
        message,
        loc: u.ref.loc,
        ...(u.suggestion
          ? {
              suggestion: `Did you mean '${u.suggestion}'?`,
              fixes: [{ title: `Change to '${u.suggestion}'`, edits: [{ loc: u.ref.loc, newText: u.suggestion }] }],
            }
          : {}),
        data: { kind: u.kinds[0]!, id: u.ref.id },
      });
    }
  },
};
