import { describe, expect, it } from 'vitest';
import { analyzeSources } from '@ccp/language';
import { formatShiftTable } from '@ccp/generators/staffing';
import { coveredBy, shiftPlan, solveCover, staffingReport, type CoverCandidate, type CoverInterval, type WeekInterval } from '@ccp/staffing';

/** An independent exact search: depth first over the candidates' counts, pruned by the best total found. */
function bruteForce(intervals: CoverInterval[], candidates: CoverCandidate[]): number {
  const cap = Math.max(0, ...intervals.map((i) => i.required));
  const planned = intervals.map(() => 0);
  let best = Infinity;
  const visit = (j: number, total: number) => {
    if (total >= best) return;
    if (intervals.every((iv, i) => planned[i]! >= iv.required)) return void (best = total);
    if (j === candidates.length) return;
    for (let x = 0; x <= cap; x++) {
      for (const i of candidates[j]!.covers) planned[i]! += x;
      visit(j + 1, total + x);
      for (const i of candidates[j]!.covers) planned[i]! -= x;
    }
  };
  visit(0, 0);
  return best;
}

/** A small deterministic generator (mulberry32), so the instances are the same on every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('shift plan: the integer program', () => {
  it('finds the optimum an exhaustive search finds, on 40 random small instances', async () => {
    const rnd = random(16);
    for (let k = 0; k < 40; k++) {
      const m = 4 + Math.floor(rnd() * 5);
      const intervals = Array.from({ length: m }, (_, i) => ({ label: `i${i}`, required: Math.floor(rnd() * 4) }));
      const n = 3 + Math.floor(rnd() * 4);
      // Each candidate covers a run of consecutive intervals, as a shift does; one covers each interval alone at
      // most, so that some instances need several shifts on one interval.
      const candidates = Array.from({ length: n }, (_, j) => {
        const start = Math.floor(rnd() * m);
        const length = 1 + Math.floor(rnd() * 3);
        return { id: `c${j}`, covers: Array.from({ length }, (_, x) => start + x).filter((i) => i < m) };
      });
      const solution = await solveCover(intervals, candidates);
      const coverable = intervals.map((iv, i) => (solution.uncovered.includes(i) ? { ...iv, required: 0 } : iv));
      expect(solution.status).toBe('optimal');
      expect(solution.total).toBe(bruteForce(coverable, candidates));
      // The plan it returns is feasible and adds up to its total.
      const planned = intervals.map(() => 0);
      candidates.forEach((c, j) => c.covers.forEach((i) => (planned[i]! += solution.agents[j]!)));
      coverable.forEach((iv, i) => expect(planned[i]).toBeGreaterThanOrEqual(iv.required));
      expect(solution.agents.reduce((s, x) => s + x, 0)).toBe(solution.total);
    }
  });

  it('with paid times, keeps the fewest agents and every interval covered, and never pays more (40 random instances)', async () => {
    const rnd = random(61);
    let cheaper = 0;
    for (let k = 0; k < 40; k++) {
      const m = 4 + Math.floor(rnd() * 5);
      const intervals = Array.from({ length: m }, (_, i) => ({ label: `i${i}`, required: Math.floor(rnd() * 4) }));
      const candidates = Array.from({ length: 3 + Math.floor(rnd() * 4) }, (_, j) => {
        const start = Math.floor(rnd() * m);
        const covers = Array.from({ length: 1 + Math.floor(rnd() * 3) }, (_, x) => start + x).filter((i) => i < m);
        // Paid time: the intervals covered, and sometimes more (a longer shift covering the same).
        return { id: `c${j}`, covers, paid: covers.length + Math.floor(rnd() * 2) };
      });
      const plain = await solveCover(intervals, candidates.map(({ id, covers }) => ({ id, covers })));
      const paidPlan = await solveCover(intervals, candidates);
      expect(paidPlan.total).toBe(plain.total);
      const planned = intervals.map(() => 0);
      candidates.forEach((c, j) => c.covers.forEach((i) => (planned[i]! += paidPlan.agents[j]!)));
      intervals.forEach((iv, i) => paidPlan.uncovered.includes(i) || expect(planned[i]).toBeGreaterThanOrEqual(iv.required));
      const cost = (agents: number[]) => agents.reduce((s, x, j) => s + x * candidates[j]!.paid, 0);
      expect(cost(paidPlan.agents)).toBeLessThanOrEqual(cost(plain.agents));
      if (cost(paidPlan.agents) < cost(plain.agents)) cheaper++;
    }
    expect(cheaper).toBeGreaterThan(0);
  });

  it('lists an interval no candidate covers instead of failing', async () => {
    const s = await solveCover([{ label: 'a', required: 2 }, { label: 'b', required: 1 }], [{ id: 'x', covers: [0] }]);
    expect(s).toMatchObject({ status: 'optimal', total: 2, uncovered: [1] });
  });
});

describe('shift plan: what a shift covers', () => {
  const day = (d: number, h: number, m = 0) => d * 86400 + h * 3600 + m * 60;
  const halfHours = (d: number, from: number, to: number): WeekInterval[] =>
    Array.from({ length: (to - from) * 2 }, (_, i) => ({ label: `${i}`, day: 'mo' as const, start: day(d, from) + i * 1800, seconds: 1800, required: 1 }));

  it('covers the intervals inside it, not those of its paid break (in the middle, on the grid)', () => {
    const ivs = halfHours(0, 8, 16); // 16 half hours
    expect(coveredBy(day(0, 8), 4 * 3600, 0, ivs, 1800)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    // 8 h with 30 min break: the break starts at floor((8h - 30m) / 2 / 30m) * 30m = 3.5 h, at 11:30 (index 7)
    expect(coveredBy(day(0, 8), 8 * 3600, 1800, ivs, 1800)).toEqual([0, 1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12, 13, 14, 15]);
  });

  it("wraps round the week: Sunday's night shift covers Monday's first hours", () => {
    const ivs = halfHours(0, 0, 2);
    expect(coveredBy(day(6, 22), 8 * 3600, 0, ivs, 1800)).toEqual([0, 1, 2, 3]);
  });
});

function plan(source: string) {
  const { model, diagnostics } = analyzeSources({ 'c.ccp': source });
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return { model, report: staffingReport(model) };
}

const profile = '08:00 10%, 09:00 15%, 10:00 15%, 11:00 15%, 12:00 15%, 13:00 15%, 14:00 15%';

describe('shift plan: from the model', () => {
  it('plans declared patterns: a start window, days, a paid break; every candidate listed, covering every interval', async () => {
    const { model, report } = plan(`channel phone {
      volume: 400/day
      aht: 5m
      hours: "Mo-Fr 08:00-15:00"
      intraday: ${profile}
      interval: 30m
    }
    shift early "Early" { start: 07:30 to 08:30  length: 8h  break: 30m  days: mo-fr }
    shift mid { start: 10:00, 11:00  length: 4h  days: mo, we }`);
    expect(model.shifts.map((s) => [s.id, s.starts, s.startWindow, s.lengthSeconds, s.breakSeconds, s.days])).toEqual([
      ['early', [], { from: 450, to: 510 }, 28800, 1800, ['mo', 'tu', 'we', 'th', 'fr']],
      ['mid', [600, 660], undefined, 14400, undefined, ['mo', 'we']],
    ]);
    const shifts = await shiftPlan(model, report);
    // 5 days x 3 starts (07:30, 08:00, 08:30) + 2 days x 2 starts
    expect(shifts.patterns.map((p) => p.id)).toContain('early we 08:30');
    expect(shifts.patterns).toHaveLength(19);
    expect(shifts.patterns.find((p) => p.id === 'mid mo 10:00')!.covers).toEqual(['mo 10:00', 'mo 10:30', 'mo 11:00', 'mo 11:30', 'mo 12:00', 'mo 12:30', 'mo 13:00', 'mo 13:30']);
    expect(shifts.coverage).toHaveLength(5 * 14);
    for (const c of shifts.coverage) expect(c.planned).toBeGreaterThanOrEqual(c.required);
    expect(shifts.channels[0]).toMatchObject({ channel: 'phone', source: 'declared', status: 'optimal', uncovered: [] });
    expect(shifts.total).toBe(shifts.patterns.reduce((s, p) => s + p.agents, 0));
    // Per day the need is the busiest interval not under the break; check the optimum against the search above.
    const intervals = shifts.coverage.map((c) => ({ label: c.interval, required: c.required }));
    const index = new Map(intervals.map((iv, i) => [iv.label, i]));
    const mondayOnly = (label: string) => label.startsWith('mo ');
    const monday = intervals.filter((iv) => mondayOnly(iv.label));
    const mondayCandidates = shifts.patterns.filter((p) => p.day === 'mo').map((p) => ({ id: p.id, covers: p.covers.map((l) => monday.findIndex((iv) => iv.label === l)) }));
    const mondayAgents = shifts.patterns.filter((p) => p.day === 'mo').reduce((s, p) => s + p.agents, 0);
    expect(index.size).toBe(intervals.length);
    expect(mondayAgents).toBe(bruteForce(monday, mondayCandidates));
  });

  it('uses the default set without declared patterns: 8 h and 4 h shifts on each interval boundary of each open day', async () => {
    const { model, report } = plan(`channel chat {
      volume: 1000/week
      aht: 6m
      hours: "Mo-We 08:00-15:00"
      intraday: ${profile}
    }`);
    const shifts = await shiftPlan(model, report);
    // 3 days x 7 hourly boundaries x 2 lengths
    expect(shifts.patterns).toHaveLength(42);
    expect(new Set(shifts.patterns.map((p) => p.pattern))).toEqual(new Set(['full-time', 'part-time']));
    expect(shifts.channels[0]!.source).toBe('default');
    const peak = Math.max(...report.rows.map((r) => r.agents));
    // Every day's 7 open hours fit one 8 h shift: the optimum is the peak, every day.
    expect(shifts.total).toBe(3 * peak);
  });

  it('among plans with the fewest agents, pays for fewer hours: a 10 h day is one full-time and one part-time shift, not two full-time', async () => {
    const { model, report } = plan('channel phone { volume: 300/day  aht: 4m  hours: "Mo-Fr 08:00-18:00" }');
    const shifts = await shiftPlan(model, report);
    const need = report.rows[0]!.agents;
    expect(shifts.total).toBe(2 * 5 * need);
    // Two 8 h shifts would pay 16 h per agent pair; an 8 h and a 4 h shift cover the 10 h day for 12 h.
    expect(shifts.channels[0]!.paidHours).toBe(5 * need * 12);
  });

  it('plans a channel without an intraday profile at its busy hour through every open half hour, per day', async () => {
    const { model, report } = plan('channel phone { volume: 100/day  aht: 5m  hours: "Mo-Fr 08:00-16:00; Sa 09:00-13:00" }');
    const shifts = await shiftPlan(model, report);
    expect(shifts.skipped).toEqual([]);
    expect(shifts.channels).toEqual([expect.objectContaining({ channel: 'phone', basis: 'busy-hour', status: 'optimal', uncovered: [] })]);
    const need = (day: string) => report.rows.find((r) => r.interval === `${day} busy hour` || r.interval === 'busy hour')!.agents;
    // 5 weekdays x 16 half hours and a Saturday of 8; each at that day's busy-hour agents.
    expect(shifts.coverage).toHaveLength(5 * 16 + 8);
    for (const c of shifts.coverage) expect(c.required).toBe(need(c.interval.slice(0, 2)));
    expect(shifts.coverage.some((c) => c.interval.startsWith('su'))).toBe(false);
    // An 8 h weekday fits one full-time shift and a 4 h Saturday one part-time shift: the optimum is the busy hour per day.
    expect(shifts.total).toBe(5 * need('mo') + need('sa'));
    expect(formatShiftTable(shifts)).toContain("phone: no intraday profile, so every open half hour is planned at the busy hour's agents");
  });

  it('refuses a start that is not a time, at the value', () => {
    const { diagnostics } = analyzeSources({ 'c.ccp': 'shift s { start: 7am  days: mo-xx }' });
    expect(diagnostics.filter((d) => d.severity === 'error').map((d) => d.code)).toEqual(['CCP2003', 'CCP2003']);
  });
});
