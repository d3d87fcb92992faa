import type { DataEntity } from '@ccp/core';
import { parseRetentionDays } from '../values.js';
import { base, boolField, descriptionField, enumField, refField, textField, type KindSpec } from '../kind-spec.js';

export const legalBases = {
  consent: 'consent',
  contract: 'contract',
  legal_obligation: 'legal_obligation',
  vital_interest: 'vital_interest',
  vital_interests: 'vital_interest',
  public_task: 'public_task',
  legitimate_interest: 'legitimate_interest',
  legitimate_interests: 'legitimate_interest',
  // Polish (RODO art. 6): what a Polish analyst writes
  zgoda: 'consent',
  umowa: 'contract',
  obowiązek_prawny: 'legal_obligation',
  żywotny_interes: 'vital_interest',
  zadanie_publiczne: 'public_task',
  uzasadniony_interes: 'legitimate_interest',
  prawnie_uzasadniony_interes: 'legitimate_interest',
} as const;

export const dataKind: KindSpec<DataEntity> = {
  keyword: 'data',
  kind: 'data',
  doc: 'Information the center records: where (system and table), whether it is personal, on what legal basis, for how long.',
  create: (head) => base('data', head, { personal: false }),
  fields: [
    descriptionField(),
    refField('in', ['system'], 'The system that holds it.', 'crm', (e, v) => (e.system = v), ['system']),
    textField('table', 'The table or object that holds it.', '"tickets"', (e, v) => (e.table = v)),
    boolField('personal', 'True when it holds personal data (GDPR/RODO).', (e, v) => (e.personal = v)),
    enumField('basis', 'GDPR legal basis: consent, contract, legal_obligation, vital_interest, public_task, legitimate_interest.', legalBases, (e, v) => (e.legalBasis = v), ['legal_basis']),
    textField('retention', 'How long it is kept: a duration (90d, 10y, 18mo, "90 dni", "10 lat") or a text.', '10y', (e, v) => {
      e.retention = v;
      const days = parseRetentionDays(v);
      if (days !== undefined) e.retentionDays = days;
    }),
  ],
};
