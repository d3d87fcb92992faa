import type { Scenario } from '@ccp/core';
import { parseDuration, parsePercent } from '../values.js';
import { base, customField, descriptionField, type KindSpec } from '../kind-spec.js';

const channelKinds = ['channel'] as const;

export const scenarioKind: KindSpec<Scenario> = {
  keyword: 'scenario',
  kind: 'scenario',
  doc: 'A what-if: volumes, channel mix or handling times change, e.g. 60% of phone moves to email.',
  create: (head) => base('scenario', head, { changes: [] }),
  fields: [
    descriptionField(),
    customField<Scenario>('volume', 'Change a channel’s volume by a percentage.', 'phone +20%', (f, e, ctx) => {
      for (const v of f.values) {
        const [channel, change] = v.atoms;
        const fraction = change ? parsePercent(change.text) : undefined;
        if (v.atoms.length === 2 && channel!.type === 'ident' && fraction !== undefined && change!.text.endsWith('%') && fraction > -1)
          e.changes.push({ type: 'volume', channel: ctx.ref(channel!, channelKinds, 'volume'), factor: 1 + fraction, loc: v.loc });
        else ctx.invalid(f, 'volumeChange', 'phone +20%', v.loc);
      }
    }),
    customField<Scenario>('move', 'Move a share of one channel’s volume to another.', '60% phone -> email', (f, e, ctx) => {
      for (const v of f.values) {
        const [share, from, arrow, to] = v.atoms;
        const fraction = share ? parsePercent(share.text) : undefined;
        if (v.atoms.length === 4 && fraction !== undefined && fraction >= 0 && fraction <= 1 && from!.type === 'ident' && arrow!.type === 'arrow' && to!.type === 'ident')
          e.changes.push({
            type: 'move',
            from: ctx.ref(from!, channelKinds, 'move'),
            to: ctx.ref(to!, channelKinds, 'move'),
            fraction,
            loc: v.loc,
          });
        else ctx.invalid(f, 'move', '60% phone -> email', v.loc);
      }
    }),
    customField<Scenario>('aht', 'Set a channel’s average handling time.', 'email 8m', (f, e, ctx) => {
      for (const v of f.values) {
        const [channel, time] = v.atoms;
        const seconds = time ? parseDuration(time.text) : undefined;
        if (v.atoms.length === 2 && channel!.type === 'ident' && seconds !== undefined)
          e.changes.push({ type: 'aht', channel: ctx.ref(channel!, channelKinds, 'aht'), seconds, loc: v.loc });
        else ctx.invalid(f, 'ahtChange', 'email 8m', v.loc);
      }
    }),
  ],
};
