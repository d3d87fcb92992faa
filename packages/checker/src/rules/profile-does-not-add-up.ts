import type { Channel, ProfilePoint } from '@ccp/core';
import type { Rule } from '../rule.js';

const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;
const MONTHS = 12;

/**
 * A profile's total against what it claims: the intraday profile shares a day's volume and the weekly one a
 * week's, so each adds up to 100%; seasonality gives each month against the average month, so when it names all
 * twelve months they average 100% (a partial seasonality claims no total and is not checked). Within 1 point.
 */
function check(c: Channel, field: 'intraday' | 'weekly' | 'seasonality', points: ProfilePoint[]): { total: number; what: string } | undefined {
  if (!points.length) return undefined;
  const sum = points.reduce((s, p) => s + p.fraction, 0);
  if (field === 'seasonality') {
    if (new Set(points.map((p) => p.at)).size < MONTHS) return undefined;
    const mean = sum / points.length;
    return Math.abs(mean - 1) > 0.01 ? { total: mean, what: `its ${points.length} months average ${pct(mean)}, not 100% of the average month` } : undefined;
  }
  return Math.abs(sum - 1) > 0.01 ? { total: sum, what: `its shares add up to ${pct(sum)}, not 100% of ${field === 'intraday' ? "a day's" : "a week's"} volume` } : undefined;
}

export const profileDoesNotAddUp: Rule = {
  id: 'profile-does-not-add-up',
  description: 'Make every volume profile add up to 100%.',
  severity: 'error',
  check({ model, t, report }) {
    for (const c of model.channels) {
      for (const field of ['intraday', 'weekly', 'seasonality'] as const) {
        const wrong = check(c, field, c[field]);
        if (!wrong) continue;
        report({
          message: t.profileDoesNotAddUp({ channel: c.id, field, what: wrong.what, inflates: wrong.total > 1 }),
          loc: c.fieldLocs?.[field] ?? c.idLoc,
          data: { field, total: pct(wrong.total) },
        });
      }
    }
  },
};
