import type { ShiftPattern } from '@ccp/core';
import { atomsText, readTexts } from '../values.js';
import { valueAt, valueCount } from '../../syntax/lean-nodes.js';
import { base, customField, descriptionField, durationField, refsField, type KindSpec } from '../kind-spec.js';

const DAYS = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];
const TIME = /^(\d{1,2}):(\d{2})$/;

/** Minutes since midnight of `07:30`; undefined when it is not a time of day. */
function minutes(text: string): number | undefined {
  const m = TIME.exec(text.trim());
  if (!m) return undefined;
  const h = Number(m[1]);
  const min = Number(m[2]);
  return h < 24 && min < 60 ? h * 60 + min : undefined;
}

export const shiftKind: KindSpec<ShiftPattern> = {
  keyword: 'shift',
  kind: 'shift',
  doc: 'A shift pattern agents can be planned on: start times or a start window, length, paid break and days (ccp staffing --shifts).',
  create: (head) => base('shift', head, { starts: [], days: [], channels: [] }),
  fields: [
    descriptionField(),
    customField<ShiftPattern>('start', 'Start times, or a start window `07:00 to 10:00` (every interval boundary in it, both ends included).', '07:00, 08:00', (f, e, ctx) => {
      for (let i = 0; i < valueCount(f); i++) {
        const v = valueAt(f, i)!;
        const text = atomsText(v).replace(/\s+(?:to|do)\s+/gi, '-').replace(/\s+/g, '');
        const [from, to, ...rest] = text.split(/[-–—]/);
        const a = from !== undefined ? minutes(from) : undefined;
        const b = to !== undefined ? minutes(to) : undefined;
        if (a !== undefined && to === undefined) e.starts.push(a);
        else if (a !== undefined && b !== undefined && b >= a && !rest.length) e.startWindow = { from: a, to: b };
        else ctx.invalid(f, 'shiftStarts', '07:00, 08:00', v.loc);
      }
    }, ['starts']),
    durationField('length', 'Length of the shift, paid breaks included (default 8h).', '8h', (e, v) => (e.lengthSeconds = v)),
    durationField('break', 'Paid break in the middle of the shift: paid, not answering.', '30m', (e, v) => (e.breakSeconds = v)),
    customField<ShiftPattern>('days', 'Weekdays it may be worked (default: every open day).', 'mo-fr, sa', (f, e, ctx) => {
      for (const [i, raw] of readTexts(f).entries()) {
        const [from, to, ...rest] = raw.toLowerCase().replace(/\s+/g, '').split(/[-–—]/);
        const a = DAYS.indexOf(from ?? '');
        const b = to === undefined ? a : DAYS.indexOf(to);
        if (a < 0 || b < 0 || b < a || rest.length) {
          ctx.invalid(f, 'shiftDays', 'mo-fr, sa', valueAt(f, i)!.loc);
          continue;
        }
        for (const d of DAYS.slice(a, b + 1)) if (!e.days.includes(d)) e.days.push(d);
      }
    }),
    refsField('channels', ['channel'], 'Channels it staffs (default: every channel).', 'phone, chat', (e, v) => (e.channels = v)),
  ],
};
