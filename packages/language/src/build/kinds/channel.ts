import type { Channel, Loc } from '@ccp/core';
import { atomCount, firstAtom, valueAt, valueCount } from '../../syntax/lean-nodes.js';
import { readProfile, readServiceLevel, readText, readVolume, parsePercent } from '../values.js';
import {
  base,
  customField,
  descriptionField,
  durationField,
  enumField,
  numberField,
  percentField,
  refsField,
  wordField,
  type KindSpec,
} from '../kind-spec.js';

/** Remembers where a field was written, for the rules that report at the field (hours, profiles). */
function at(e: Channel, field: keyof NonNullable<Channel['fieldLocs']>, loc: Loc): void {
  (e.fieldLocs ??= {})[field] = loc;
}

export const channelKind: KindSpec<Channel> = {
  keyword: 'channel',
  kind: 'channel',
  doc: 'A way customers reach the center, with hours, volumes, peaks, handling time and service-level target.',
  create: (head) => base('channel', head, { volume: {}, intraday: [], weekly: [], seasonality: [], handledBy: [] }),
  fields: [
    descriptionField(),
    wordField('medium', 'voice, email, chat, social, sms, web, letter, visit, app, video.', 'voice', (e, v) => (e.medium = v), ['kind', 'type']),
    customField<Channel>('hours', 'Opening hours, read as in "Opening hours" above; text that cannot be read is an error.', '"Mo-Fr 08:00-20:00; Sa 09:00-15:00"', (f, e, ctx) => {
      const v = readText(f, ctx);
      if (v === undefined) return;
      e.hours = v;
      at(e, 'hours', valueAt(f, 0)?.loc ?? f.loc);
    }, ['godziny']),
    customField<Channel>('volume', 'Contacts per day, week and/or month.', '1200/day, 26000/month', (f, e, ctx) => (e.volume = readVolume(f, ctx)), ['volumes', 'wolumen']),
    customField<Channel>('peak', 'Ratio of the busiest hour to the average hour, as a factor or percentage.', '1.4', (f, e, ctx) => {
      const text = valueCount(f) === 1 && atomCount(valueAt(f, 0)!) === 1 ? firstAtom(valueAt(f, 0)!).text : '';
      const n = text.endsWith('%') ? parsePercent(text) : Number(text);
      if (n !== undefined && Number.isFinite(n) && n >= 1) e.peakFactor = n;
      else ctx.invalid(f, 'peakFactor', '1.4');
    }),
    customField<Channel>('intraday', "Share of a day's volume per interval start; adds up to 100%.", '08:00 6%, 09:00 10%, 10:00 12%', (f, e, ctx) => {
      e.intraday = readProfile(f, ctx, 'intraday');
      at(e, 'intraday', f.loc);
    }, ['profile']),
    customField<Channel>('weekly', "Share of a week's volume per weekday; adds up to 100%.", 'mo 24%, tu 20%, we 18%, th 18%, fr 20%', (f, e, ctx) => {
      e.weekly = readProfile(f, ctx, 'weekly');
      at(e, 'weekly', f.loc);
    }),
    customField<Channel>('seasonality', 'Monthly volume as a percentage of the average month.', 'jan 90%, nov 120%, dec 140%', (f, e, ctx) => {
      e.seasonality = readProfile(f, ctx, 'seasonality');
      at(e, 'seasonality', f.loc);
    }),
    durationField('aht', 'Average handling time of one contact.', '6m', (e, v) => (e.ahtSeconds = v)),
    customField<Channel>('service_level', 'Service-level target: share answered within a time.', '80% in 20s', (f, e, ctx) => {
      const v = readServiceLevel(f, ctx);
      if (v) e.serviceLevel = v;
    }, ['sl']),
    durationField('asa', 'Target average speed of answer.', '30s', (e, v) => (e.asaSeconds = v)),
    durationField('patience', 'Average time a customer waits before abandoning (enables Erlang A).', '90s', (e, v) => (e.patienceSeconds = v)),
    percentField('max_occupancy', 'Highest acceptable agent occupancy.', '85%', (e, v) => (e.maxOccupancy = v)),
    percentField('abandonment', 'Highest acceptable share of contacts that abandon (Erlang A, with patience).', '5%', (e, v) => (e.abandonment = v)),
    numberField('concurrency', 'Contacts one agent handles at once (chat, messaging); staffing runs on aht / concurrency.', '2', (e, v) => (e.concurrency = v)),
    enumField('direction', 'inbound (default) or outbound: the center makes the contacts, staffed as deferred work within the hours.', { outbound: 'outbound', inbound: 'inbound' }, (e, v) => (e.direction = v)),
    durationField('interval', 'Length of a staffing interval (default 30m).', '30m', (e, v) => (e.intervalSeconds = v)),
    refsField('handled_by', ['role'], 'Roles that answer the channel.', 'agent', (e, v) => (e.handledBy = v)),
    refsField('uses', ['function'], 'Functions the channel offers customers themselves (self-service: IVR, portal, chatbot).', 'ivr_balance', (e, v) => (e.uses = v)),
  ],
};
