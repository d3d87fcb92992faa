import type { Kpi } from '@ccp/core';
import { readTarget } from '../values.js';
import { base, customField, descriptionField, refField, textField, wordField, type KindSpec } from '../kind-spec.js';

export const kpiKind: KindSpec<Kpi> = {
  keyword: 'kpi',
  kind: 'kpi',
  doc: 'A measure of the center with its target and the system it comes from (DOMAIN step 10).',
  create: (head) => base('kpi', head),
  fields: [
    descriptionField(),
    textField('definition', 'How it is computed.', '"Time from queue entry to answer, averaged"', (e, v) => (e.definition = v)),
    refField('channel', ['channel'], 'The channel it measures, if one.', 'phone', (e, v) => (e.channel = v)),
    customField<Kpi>('target', 'The target, with a comparison.', '<= 20s', (f, e, ctx) => {
      const t = readTarget(f, ctx);
      if (t) e.target = t;
    }),
    refField('source', ['system'], 'The system the figures come from.', 'contact_center', (e, v) => (e.source = v)),
    wordField('group', 'satisfaction, efficiency, business or people.', 'satisfaction', (e, v) => (e.group = v)),
  ],
};
