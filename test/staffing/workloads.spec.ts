import { describe, expect, it } from 'vitest';
import { analyzeSources } from '@ccp/language';
import { planDeferred, solveAgents, staffingReport, type StaffingReport } from '@ccp/staffing';

function report(source: string): StaffingReport {
  const { model, diagnostics } = analyzeSources({ 'c.ccp': `project p { shrinkage: sickness 20%  hours_per_week: 40 }\n${source}` });
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return staffingReport(model);
}

const profile = 'intraday: 09:00 25%, 10:00 25%, 11:00 25%, 12:00 25%';

describe('concurrency', () => {
  it('runs Erlang on the effective handling time aht / N, and shows the channel AHT and N on the row', () => {
    const r = report(`channel chat { volume: 400/day  aht: 6m  concurrency: 3  hours: "Mo-Fr 09:00-13:00"  ${profile}  service_level: 80% in 30s }`);
    const row = r.rows[0]!;
    const expected = solveAgents({ volume: 100, intervalSeconds: 3600, ahtSeconds: 120 }, { serviceLevel: { fraction: 0.8, seconds: 30 } });
    expect(row).toMatchObject({ ahtSeconds: 360, concurrency: 3, agents: expected.agents });
    expect(row.erlangs).toBeCloseTo(expected.erlangs, 4);
    const single = report(`channel chat { volume: 400/day  aht: 6m  hours: "Mo-Fr 09:00-13:00"  ${profile}  service_level: 80% in 30s }`).rows[0]!;
    expect(single.agents).toBeGreaterThan(2 * row.agents);
    expect(r.summary.channels[0]!.notes.join(' ')).toContain('aht / 3 = 120 s');
  });
});

describe('deferred work', () => {
  it('carries the backlog from interval to interval, by hand: 30 items of 6 min in the first of three hours, 2 h target', () => {
    // The forward average: hour 1 sees 3 h of work in its 2 h window -> ceil(1.5) = 2 agents; hour 2 sees none -> 0;
    // hour 3 sees next week's first hour -> 2. Simulated: hour 1 finishes 2 x 10 = 20 items, 10 wait (oldest 1 h);
    // at the end of hour 2 they would be 2 h old, at the target: late, so hour 2 gets 1 agent, who finishes them.
    const rows = planDeferred(
      [{ label: 'h1', seconds: 3600, volume: 30 }, { label: 'h2', seconds: 3600, volume: 0 }, { label: 'h3', seconds: 3600, volume: 0 }],
      { ahtSeconds: 360, targetSeconds: 7200, maxOccupancy: 1 },
    );
    expect(rows.map((r) => r.agents)).toEqual([2, 1, 2]);
    expect(rows.map((r) => r.backlog)).toEqual([10, 0, 0]);
    expect(rows.map((r) => r.oldestWaitSeconds)).toEqual([3600, 0, 0]);
    expect(rows.map((r) => r.done)).toEqual([20, 10, 0]);
    expect(rows[1]!.occupancy).toBe(1);
  });

  it('holds the occupancy ceiling: the same hour at 80% needs ceil(3 h / 2 h / 0.8) agents', () => {
    const rows = planDeferred([{ label: 'h1', seconds: 3600, volume: 30 }, { label: 'h2', seconds: 3600, volume: 0 }], { ahtSeconds: 360, targetSeconds: 7200, maxOccupancy: 0.8 });
    expect(rows[0]!.agents).toBe(2); // ceil(1.875)
    for (const r of rows) expect(r.occupancy).toBeLessThanOrEqual(0.8 + 1e-9);
  });

  it('staffs a channel whose target is hours as deferred work, every item within its target, per interval', () => {
    const r = report(`channel email { volume: 400/day  aht: 6m  hours: "Mo-Fr 08:00-16:00"  service_level: 100% in 4h  max_occupancy: 80% }`);
    expect(r.rows).toHaveLength(5 * 8);
    expect(r.rows.every((x) => x.model === 'deferred' && x.backlog !== undefined)).toBe(true);
    for (const x of r.rows) expect(x.oldestWaitSeconds!).toBeLessThan(4 * 3600);
    const work = 2000 * 360; // seconds of work a week
    const agentSeconds = r.rows.reduce((s, x) => s + x.agents * x.intervalSeconds, 0);
    expect(agentSeconds * 0.8).toBeGreaterThanOrEqual(work);
    expect(r.summary.channels[0]).toMatchObject({ model: 'deferred', weeklyContacts: 2000 });
  });

  it('staffs outbound work as deferred work within its hours', () => {
    const r = report(`channel collections { direction: outbound  volume: 160/day  aht: 6m  hours: "Mo-Fr 09:00-17:00" }`);
    expect(r.rows.every((x) => x.model === 'deferred')).toBe(true);
    // 16 h of calls a day over 8 open hours at the 85% ceiling: 16 / 8 / 0.85 -> 3 agents an hour
    expect(r.rows[0]!.agents).toBe(3);
    expect(r.summary.channels[0]!.notes.join(' ')).toContain('outbound without a target in hours');
  });
});

describe('back office', () => {
  it('adds each process step time x how often it runs to its role, as FTE in the people table', () => {
    const r = report(`role clerk { headcount: 1 }
      role agent { headcount: 5 }
      channel phone { volume: 100/day  aht: 5m  hours: "Mo-Fr 09:00-13:00"  ${profile}  handled_by: agent }
      process claim {
        volume: 120/week
        step register { by: agent  time: 5m  next: check }
        step check { by: clerk  time: 10m
          decide {
            "small" -> pay
            otherwise -> review
          }
        }
        step pay { by: clerk  time: 20m  end }
        step review { by: clerk  time: 40m  next: pay }
      }`);
    // check runs once (10 m); review half the time (20 m); pay from both ways, once (20 m): 50 min per case. The
    // agent's own step is in the phone's AHT, not added.
    expect(r.summary.backOffice).toEqual([{ process: 'claim', role: 'clerk', casesPerWeek: 120, secondsPerCase: 3000, weeklyHours: 100, fte: 3.13 }]);
    const clerk = r.summary.roles.find((x) => x.role === 'clerk')!;
    expect(clerk).toMatchObject({ backOfficeFte: 3.13, required: 3.13, headcount: 1, gap: -2.13 });
  });
});

describe('outbound process', () => {
  it("counts an outbound process's steps for every role, agents who answer channels too", () => {
    const r = report(`role agent { headcount: 5 }
      channel phone { volume: 100/day  aht: 5m  hours: "Mo-Fr 09:00-13:00"  ${profile}  handled_by: agent }
      process collections { direction: outbound  volume: 60/day
        step call { by: agent  time: 4m  end }
      }`);
    // 60 a day on 5 days x 4 min = 20 h a week; shrinkage 20%: 20 / 40 / 0.8 = 0.625 FTE
    expect(r.summary.backOffice).toEqual([{ process: 'collections', role: 'agent', casesPerWeek: 300, secondsPerCase: 240, weeklyHours: 20, fte: 0.63 }]);
    expect(r.summary.roles.find((x) => x.role === 'agent')!.backOfficeFte).toBe(0.63);
  });
});

describe('KPIs meet the plan', () => {
  const channel = `channel phone { volume: 800/day  aht: 5m  patience: 60s  hours: "Mo-Fr 09:00-13:00"  ${profile}  service_level: 80% in 20s }`;

  it('holds the plan to a stricter KPI (abandonment <= 2%) and names it', () => {
    const loose = report(channel);
    const held = report(`${channel}\nkpi abandonment "Abandonment rate" { channel: phone  target: <= 2% }`);
    expect(loose.rows[0]!.abandoned).toBeGreaterThan(0.02);
    for (const r of held.rows) expect(r.abandoned).toBeLessThanOrEqual(0.02);
    expect(held.rows[0]!.agents).toBeGreaterThan(loose.rows[0]!.agents);
    expect(held.rows[0]!.maxAbandoned).toBe(0.02);
    expect(held.summary.kpiFindings).toEqual([]);
    // The channel's own `abandonment` target does the same.
    expect(report(channel.replace('patience: 60s', 'patience: 60s  abandonment: 2%')).rows[0]!.agents).toBe(held.rows[0]!.agents);
  });

  it('reports a KPI the plan cannot meet, with the KPI, the interval and both figures', () => {
    // Occupancy >= 90% with 80% in 20 s on 200 calls an hour: the service level needs more agents than 90% allows.
    const r = report(`${channel}\nkpi occupancy "Agent occupancy" { channel: phone  target: >= 90% }`);
    const f = r.summary.kpiFindings;
    expect(f.length).toBe(r.rows.length);
    expect(f[0]).toMatchObject({ kpi: 'occupancy', channel: 'phone', interval: '09:00', measure: 'occupancy', target: '>= 90%', planned: r.rows[0]!.occupancy });
    expect(f[0]!.planned).toBeLessThan(0.9);
    expect(f[0]!.message).toContain("KPI 'Agent occupancy'");
    expect(f[0]!.message).toContain('>= 90%');
  });

  it('leaves KPIs it cannot read to a plan alone (AHT, CSAT)', () => {
    const r = report(`${channel}\nkpi aht "Average handling time" { channel: phone  target: <= 6m }\nkpi csat { channel: phone  target: >= 4.5 }`);
    expect(r.rows).toEqual(report(channel).rows);
  });
});
