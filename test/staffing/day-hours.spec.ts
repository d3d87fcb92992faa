import { describe, expect, it } from 'vitest';
import { analyzeSources } from '@ccp/language';
import { erlangCQueue, solveAgents, staffingReport, type StaffingReport } from '@ccp/staffing';

function report(channel: string): StaffingReport {
  const { model, diagnostics } = analyzeSources({ 'c.ccp': `project p { shrinkage: sickness 0%  hours_per_week: 40 }\n${channel}` });
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return staffingReport(model);
}

/** Half-hour points 08:00-19:30, 24 of them, 4.1667% each (rounding left to the last). */
const halfHours = Array.from({ length: 24 }, (_, i) => `${String(8 + Math.floor(i / 2)).padStart(2, '0')}:${i % 2 ? '30' : '00'} ${i < 23 ? '4.1667' : '4.1659'}%`).join(', ');

describe('each day has its own hours', () => {
  it('staffs a Saturday only in its morning hours (Mo-Fr 08:00-20:00; Sa 09:00-13:00, profile 08:00-19:30)', () => {
    const r = report(`channel phone {
      hours: "Mo-Fr 08:00-20:00; Sa 09:00-13:00"
      volume: 6000/week
      weekly: mo 20%, tu 20%, we 20%, th 20%, fr 15%, sa 5%
      intraday: ${halfHours}
      aht: 4m
      service_level: 80% in 20s
    }`);
    const sat = r.rows.filter((x) => x.interval.startsWith('sa '));
    // 09:00 .. 12:30: eight half hours, none before opening, none at or after 13:00
    expect(sat.map((x) => x.interval)).toEqual(['sa 09:00', 'sa 09:30', 'sa 10:00', 'sa 10:30', 'sa 11:00', 'sa 11:30', 'sa 12:00', 'sa 12:30']);
    // the day's volume is the week's times its share, kept whole: the points outside are re-spread
    expect(sat.reduce((s, x) => s + x.volume, 0)).toBeCloseTo(6000 * 0.05, 1);
    // the 16 points outside (08:00-08:30, 13:00-19:30) carried 2/3 of the profile; each kept point is now 1/8 of the day
    for (const x of sat) expect(x.volume).toBeCloseTo(300 / 8, 1);
    const note = r.summary.channels[0]!.notes.find((n) => n.startsWith('sa: '));
    expect(note).toBe("sa: intraday points 08:00-08:30, 13:00-19:30 fall outside the open hours (09:00-13:00); their 66.7% is re-spread over the day's open points");
    // weekdays: all 24 points, with the weekday's share of the week
    const mo = r.rows.filter((x) => x.interval.startsWith('mo '));
    expect(mo).toHaveLength(24);
    expect(mo.reduce((s, x) => s + x.volume, 0)).toBeCloseTo(1200, 0);
    expect(r.rows.some((x) => x.interval.startsWith('su '))).toBe(false);
  });

  it("adds up FTE from each day's real hours", () => {
    const r = report(`channel phone {
      hours: "Mo-Fr 08:00-20:00; Sa 09:00-13:00"
      volume: 6000/week
      weekly: mo 20%, tu 20%, we 20%, th 20%, fr 15%, sa 5%
      intraday: ${halfHours}
      aht: 4m
      service_level: 80% in 20s
    }`);
    const agentHours = r.rows.reduce((s, x) => s + (x.agents * x.intervalSeconds) / 3600, 0);
    expect(r.summary.channels[0]!.weeklyAgentHours).toBeCloseTo(agentHours, 2);
    // Saturday adds 4 open hours of rows, not 12
    const sat = r.rows.filter((x) => x.interval.startsWith('sa '));
    expect(sat.reduce((s, x) => s + x.intervalSeconds, 0)).toBe(4 * 3600);
    expect(r.summary.channels[0]!.fte).toBeCloseTo(agentHours / 40, 2);
  });

  it('has no rows on a closed day, even when the weekly profile gives it a share (su 10%)', () => {
    const r = report(`channel phone {
      hours: "Mo-Sa 08:00-16:00"
      volume: 7000/week
      weekly: mo 20%, tu 20%, we 15%, th 15%, fr 10%, sa 10%, su 10%
      aht: 5m
      peak: 1.2
      service_level: 80% in 20s
    }`);
    expect(r.rows.map((x) => x.interval)).toEqual(['mo busy hour', 'tu busy hour', 'we busy hour', 'th busy hour', 'fr busy hour', 'sa busy hour']);
    const c = r.summary.channels[0]!;
    expect(c.weeklyContacts).toBe(6300);
    expect(c.notes).toContain('the weekly profile gives su 10%, but the channel is closed on su: those 700 contacts are not staffed');
    // a busy hour: the day's volume over its 8 open hours, times the peak
    expect(r.rows[0]!.volume).toBeCloseTo(((7000 * 0.2) / 8) * 1.2, 2);
    // agent hours: the average hour's agents over each day's 8 hours
    const avg = (day: number) => solveAgents({ volume: day / 8, intervalSeconds: 3600, ahtSeconds: 300 }, { serviceLevel: { fraction: 0.8, seconds: 20 } }).agents * 8;
    expect(c.weeklyAgentHours).toBe([1400, 1400, 1050, 1050, 700, 700].reduce((s, d) => s + avg(d), 0));
  });

  it("says plainly what a /day volume comes to in a week, and shares the week by each day's hours", () => {
    const r = report(`channel phone {
      hours: "pon.-pt. 8:00-20:00, sob. 9:00-13:00"
      volume: 1000/day
      aht: 4m
      peak: 1.0
      service_level: 80% in 20s
    }`);
    const c = r.summary.channels[0]!;
    expect(c.weeklyContacts).toBe(6000);
    expect(c.notes).toContain('1000/day on 6 open days: 6000 contacts a week');
    expect(c.notes).toContain("no weekly profile: the week's volume is shared over the open days by their open hours");
    // 64 open hours a week: a 12-hour weekday gets 12/64 of the week, the 4-hour Saturday 4/64, so every open hour
    // has the same contacts and one busy hour stands for every day
    expect(r.rows.map((x) => x.interval)).toEqual(['busy hour']);
    expect(r.rows[0]!.volume).toBeCloseTo(6000 / 64, 2);
    expect(c.weeklyAgentHours).toBe(r.rows[0]!.agents * 64);
  });

  it('keeps alike days as one set of rows, and leaves a lunch break without rows', () => {
    const r = report(`channel phone {
      hours: "Mo-Fr 08:00-12:00, 13:00-17:00"
      volume: 5000/week
      intraday: 08:00 12.5%, 09:00 12.5%, 10:00 12.5%, 11:00 12.5%, 12:00 12.5%, 13:00 12.5%, 14:00 12.5%, 15:00 12.5%
      aht: 3m
      service_level: 80% in 20s
    }`);
    expect(r.rows.map((x) => x.interval)).toEqual(['08:00', '09:00', '10:00', '11:00', '13:00', '14:00', '15:00']);
    expect(r.rows.reduce((s, x) => s + x.volume, 0)).toBeCloseTo(1000, 1);
    const agentHours = r.rows.reduce((s, x) => s + x.agents, 0) * 5;
    expect(r.summary.channels[0]!.weeklyAgentHours).toBe(agentHours);
    const q = erlangCQueue(r.rows[0]!.agents, (r.rows[0]!.volume * 180) / 3600, 180, 20);
    expect(q.serviceLevel).toBeGreaterThanOrEqual(0.8);
  });

  it('does not staff a channel whose hours cannot be read', () => {
    const { model } = analyzeSources({ 'c.ccp': 'channel phone { hours: "24/7, answered Mo-Fr 08:00-18:00"  volume: 100/day  aht: 5m }' });
    const r = staffingReport(model);
    expect(r.rows).toEqual([]);
    expect(r.summary.skipped[0]!.reason).toMatch(/^hours "24\/7, answered Mo-Fr 08:00-18:00" cannot be read: 'answered' is not a day or a time/);
  });
});
