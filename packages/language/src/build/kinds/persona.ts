import type { Persona } from '@ccp/core';
import { base, descriptionField, percentField, refsField, textField, type KindSpec } from '../kind-spec.js';

export const personaKind: KindSpec<Persona> = {
  keyword: 'persona',
  kind: 'persona',
  doc: 'A customer segment with its preferred channels (DOMAIN step 3).',
  create: (head) => base('persona', head, { channels: [] }),
  fields: [
    descriptionField(),
    textField('segment', 'The segment in words: age, needs, value.', '"Young professionals, mobile first"', (e, v) => (e.segment = v)),
    refsField('channels', ['channel'], 'Preferred channels, most preferred first.', 'chat, email', (e, v) => (e.channels = v), ['prefers', 'channel']),
    percentField('share', 'Share of all customers.', '30%', (e, v) => (e.share = v)),
  ],
};
