import type { Rule } from '../rule.js';

export const personalDataWithoutBasis: Rule = {
  id: 'personal-data-without-basis',
  description: 'Give personal data a GDPR legal basis.',
  severity: 'warning',
  check({ model, links, report }) {
    for (const d of model.data)
      if (d.personal && !d.legalBasis && !links.faults.invalid(d, 'basis'))
        report({ message: `Data '${d.id}' is personal but has no legal basis; add 'basis: contract' (or consent, legal_obligation, ...).`, loc: d.idLoc });
  },
};
