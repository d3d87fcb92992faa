import type { Touchpoint } from '@ccp/core';
import { valueAt } from '../../syntax/lean-nodes.js';
import { readNumber, readTexts, readVolume } from '../values.js';
import { base, boolField, customField, descriptionField, enumField, refField, refsField, textField, type KindSpec } from '../kind-spec.js';

export const touchpointKind: KindSpec<Touchpoint> = {
  keyword: 'touchpoint',
  kind: 'touchpoint',
  doc: 'A moment where customer and company meet, on some channels, started by either side; it leads to a process (DOMAIN step 4).',
  create: (head) => base('touchpoint', head, { channels: [], volume: {}, personas: [] }),
  fields: [
    descriptionField(),
    refsField('channel', ['channel'], 'The channels it happens on.', 'phone, email', (e, v) => (e.channels = v), ['channels']),
    enumField('initiated_by', 'Who starts it: customer or company.', { customer: 'customer', klient: 'customer', company: 'company', firma: 'company' }, (e, v) => (e.initiator = v), ['initiator']),
    refField('stage', ['stage'], 'The journey stage it belongs to.', 'use', (e, v) => (e.stage = v)),
    textField('reason', 'Why it happens.', '"Product does not work"', (e, v) => (e.reason = v), ['why']),
    customField<Touchpoint>('volume', 'How often it happens.', '300/day', (f, e, ctx) => (e.volume = readVolume(f, ctx))),
    refField('starts', ['process'], 'The process it starts.', 'complaint', (e, v) => (e.starts = v), ['leads_to']),
    enumField('direction', 'inbound (the customer reaches the company) or outbound (the company reaches the customer).', { inbound: 'inbound', in: 'inbound', przychodzący: 'inbound', outbound: 'outbound', out: 'outbound', wychodzący: 'outbound' }, (e, v) => (e.direction = v)),
    textField('informs', 'What a notification tells the customer; a touchpoint that only informs needs no process.', '"Outage in your area, fixed by 18:00"', (e, v) => (e.informs = v), ['notifies']),
    refsField('uses', ['function'], 'Functions the customer uses here without an agent (self-service).', 'order_tracking', (e, v) => (e.uses = v)),
    customField<Touchpoint>('satisfaction', "The customer's satisfaction here, 1 (very unhappy) to 5 (delighted); journeys and blueprints show it.", '2', (f, e, ctx) => {
      const n = readNumber(f, ctx, { example: '2' });
      if (n === undefined) return;
      e.satisfaction = n;
      (e.fieldLocs ??= {}).satisfaction = valueAt(f, 0)?.loc ?? f.loc;
    }, ['feeling', 'score', 'zadowolenie', 'ocena']),
    customField<Touchpoint>('pain', 'Pain points the customer meets here, as quoted texts.', '"Waits 20 minutes for an agent"', (f, e) => (e.pains = [...(e.pains ?? []), ...readTexts(f)]), ['pains', 'pain_point', 'pain_points', 'problem', 'ból']),
    boolField('moment_of_truth', 'True when the customer decides here whether to stay: a moment of truth.', (e, v) => (e.momentOfTruth = v), ['mot', 'moment_prawdy']),
    refsField('personas', ['persona'], 'Personas it concerns (all when omitted).', 'young_pro', (e, v) => (e.personas = v), ['persona']),
  ],
};
