import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyzeSources } from '@ccp/language';
import { erlangAQueue, erlangCQueue, meetsTarget, solveAgents, staffingReport } from '@ccp/staffing';

describe('solveAgents properties', () => {
  it('returns the fewest agents that meet the target, for Erlang C and Erlang A', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: 30, max: 1200 }),
        fc.double({ min: 0.5, max: 0.99, noNaN: true }),
        fc.integer({ min: 0, max: 120 }),
        fc.option(fc.double({ min: 0.6, max: 1, noNaN: true }), { nil: undefined }),
        fc.option(fc.integer({ min: 5, max: 900 }), { nil: undefined }),
        (volume, aht, fraction, seconds, cap, patience) => {
          const target = { serviceLevel: { fraction, seconds }, ...(cap !== undefined ? { maxOccupancy: cap } : {}) };
          const load = { volume, intervalSeconds: 1800, ahtSeconds: aht, ...(patience !== undefined ? { patienceSeconds: patience } : {}) };
          const s = solveAgents(load, target);
          expect(Number.isInteger(s.agents) && s.agents >= 0).toBe(true);
          for (const x of [s.serviceLevel, s.occupancy, s.abandoned]) expect(x >= 0 && x <= 1).toBe(true);
          expect(Number.isFinite(s.asaSeconds)).toBe(true);
          expect(meetsTarget(s, target)).toBe(true);
          if (s.agents > 0) {
            const a = (volume * aht) / 1800;
            const fewer = patience !== undefined ? erlangAQueue(s.agents - 1, volume / 1800, aht, patience, seconds) : erlangCQueue(s.agents - 1, a, aht, seconds);
            expect(meetsTarget(fewer, target)).toBe(false);
          }
        },
      ),
      { numRuns: 150, seed: 8 },
    );
  });
});

describe('staffingReport never throws', () => {
  it('on odd but parseable channels', () => {
    const odd = [
      'channel a { volume: 0/day  aht: 5m }',
      'channel a { volume: 10/day  aht: 5m  max_occupancy: 0% }',
      'channel a { volume: 10/day  aht: 5m  interval: 0s  service_level: 100% in 0s }',
      'channel a { volume: 10/day  aht: 5m  intraday: 08:00 0%, 09:00 100%  patience: 1s }',
      'channel a { hours: "nonsense"  volume: 1000000/day  aht: 1s }',
      'project p { shrinkage: a 60%, b 50%  hours_per_week: 0 }\nchannel a { volume: 10/week  aht: 5m  weekly: su 100%  hours: "Sa-Su 22:00-02:00" }',
      'channel a { volume: 10/month  aht: 5m  asa: 0s  handled_by: r }\nrole r { reports_to: s }\nrole s { reports_to: r  span: 1 }',
    ];
    for (const text of odd) {
      const report = staffingReport(analyzeSources({ 'main.ccp': text }).model);
      for (const r of report.rows) {
        for (const k of ['volume', 'agents', 'serviceLevel', 'asaSeconds', 'occupancy', 'fte'] as const) expect(Number.isFinite(r[k]), `${text}: ${k}`).toBe(true);
      }
      expect(JSON.parse(JSON.stringify(report))).toEqual(report);
    }
  });
});
