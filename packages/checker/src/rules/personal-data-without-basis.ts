import type { Rule } from '../rule.js';

export const personalDataWithoutBasis: Rule = {
  id: 'personal-data-without-basis',
  description: 'Give personal data a GDPR legal basis.',
  severity: 'warning',
  check({ model, links, t, report }) {
    for (const d of model.data)
      if (d.personal && !d.legalBasis && !links.faults.invalid(d, 'basis'))
        report({ message: t.personalDataWithoutBasis({ data: d.id }), loc: d.idLoc });
  },
};
