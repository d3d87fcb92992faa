import { describe, expect, it } from 'vitest';
import { analyzeSources } from '@ccp/language';
import { erlangCQueue, staffingReport, type StaffingRow } from '@ccp/staffing';

const source = `
project demo {
  sponsor: boss
  shrinkage: holidays 10%, sickness 5%, training 5%
  hours_per_week: 40
}
role boss { headcount: 1 }
role supervisor { span: 10  headcount: 1  reports_to: boss }
role agent { reports_to: supervisor  headcount: 12  rate: 40 PLN/h }
role expert { reports_to: supervisor  headcount: 2  rate: 90 PLN/h }

channel phone {
  hours: "Mo-Fr 08:00-12:00"
  volume: 400/day
  intraday: 08:00 20%, 09:00 30%, 10:00 30%, 11:00 20%
  aht: 3m
  service_level: 80% in 20s
  max_occupancy: 85%
  handled_by: agent
}

channel email {
  hours: "Mo-Fr 08:00-16:00"
  volume: 2000/week
  peak: 1.5
  aht: 6m
  asa: 1h
  handled_by: agent
}

process claim {
  step take { by: agent  time: 6m  next: review }
  step review { by: expert  time: 20m  value: 100 PLN  decide { "small" -> pay  otherwise -> pay } }
  step pay { by: agent  time: 3m  end }
}
`;

const model = analyzeSources({ 'main.ccp': source }).model;
const report = staffingReport(model);
const phone = report.rows.filter((r) => r.channel === 'phone');
const email = report.rows.filter((r) => r.channel === 'email');

describe('staffing report rows', () => {
  it('has the JSON contract keys on every row', () => {
    const keys = ['channel', 'interval', 'intervalSeconds', 'volume', 'ahtSeconds', 'targetPercent', 'targetSeconds', 'agents', 'serviceLevel', 'asaSeconds', 'occupancy', 'fte'];
    for (const row of report.rows) for (const k of keys) expect(row, k).toHaveProperty(k);
    expect(phone.every((r) => r.maxOccupancy === 0.85)).toBe(true);
    expect(email.every((r) => !('maxOccupancy' in r))).toBe(true);
    const roundTrip = JSON.parse(JSON.stringify({ rows: report.rows })) as { rows: StaffingRow[] };
    expect(roundTrip.rows).toEqual(report.rows);
  });

  it('makes one row per intraday interval from the day volume and the profile', () => {
    expect(phone.map((r) => r.interval)).toEqual(['08:00', '09:00', '10:00', '11:00']);
    expect(phone.map((r) => r.volume)).toEqual([80, 120, 120, 80]);
    expect(phone.every((r) => r.intervalSeconds === 3600 && r.ahtSeconds === 180)).toBe(true);
    expect(phone[0]).toMatchObject({ targetPercent: 80, targetSeconds: 20, model: 'erlang-c' });
  });

  it('gives the fewest agents that meet the target and the cap', () => {
    for (const r of phone) {
      const a = (r.volume * r.ahtSeconds) / r.intervalSeconds;
      const at = erlangCQueue(r.agents, a, r.ahtSeconds, 20);
      const fewer = erlangCQueue(r.agents - 1, a, r.ahtSeconds, 20);
      expect(at.serviceLevel >= 0.8 && at.occupancy <= 0.85).toBe(true);
      expect(fewer.serviceLevel < 0.8 || fewer.occupancy > 0.85).toBe(true);
      expect(r.serviceLevel).toBeCloseTo(at.serviceLevel, 4);
    }
  });

  it('grosses agents up for shrinkage in each row', () => {
    for (const r of report.rows) expect(r.fte).toBeCloseTo(r.agents / 0.8, 2);
    expect(report.summary.shrinkage).toBeCloseTo(0.2, 10);
  });

  it('makes a single busy-hour row from volume, peak factor and hours without a profile', () => {
    // 2000 a week over 5 days of 8 h: 50 an hour on average, 75 in the busy hour.
    expect(email).toHaveLength(1);
    expect(email[0]).toMatchObject({ interval: 'busy hour', intervalSeconds: 3600, volume: 75, targetPercent: null, targetSeconds: 3600, targetAsaSeconds: 3600 });
    expect(email[0]!.asaSeconds).toBeLessThanOrEqual(3600);
  });
});

describe('staffing summary', () => {
  it('adds up weekly agent hours and FTE per channel', () => {
    const c = report.summary.channels.find((x) => x.channel === 'phone')!;
    const hours = phone.reduce((s, r) => s + r.agents, 0) * 5; // hourly rows, 5 days
    expect(c.weeklyAgentHours).toBe(hours);
    expect(c.fte).toBeCloseTo(hours / 40 / 0.8, 2);
    expect(c.peakAgents).toBe(Math.max(...phone.map((r) => r.agents)));
    expect(c.weeklyContacts).toBe(2000);
  });

  it('counts supervisors from span of control and the gap against headcount', () => {
    const agent = report.summary.roles.find((r) => r.role === 'agent')!;
    const fte = report.summary.channels.reduce((s, c) => s + c.fte, 0);
    expect(agent.channels).toEqual(['phone', 'email']);
    expect(agent.required).toBeCloseTo(fte, 1);
    expect(agent.gap).toBeCloseTo(12 - agent.required, 1);
    const sup = report.summary.roles.find((r) => r.role === 'supervisor')!;
    // agents plus the 2 experts report to supervisors, one per 10
    expect(sup.reports).toBeCloseTo(agent.required + 2, 1);
    expect(sup.required).toBe(Math.ceil((agent.required + 2) / 10));
    expect(sup.gap).toBe(1 - sup.required);
  });

  it('costs a contact from AHT and rate, and one case of a process from its steps', () => {
    const c = report.summary.channels.find((x) => x.channel === 'phone')!;
    expect(c.handlingCostPerContact).toEqual({ amount: 2, currency: 'PLN' }); // 3 min at 40 PLN/h
    expect(c.loadedCostPerContact!.amount).toBeGreaterThan(2);
    expect(c.loadedCostPerContact!.amount).toBeCloseTo((c.fte * 40 * 40) / 2000, 1);
    const claim = report.summary.processes.find((p) => p.process === 'claim')!;
    // 6 min and 3 min at 40 PLN/h, 20 min at 90 PLN/h
    expect(claim.total).toEqual([{ amount: 36, currency: 'PLN' }]);
    expect(claim.uncosted).toEqual([]);
  });

  it('skips a channel without volume or handling time, with the reason', () => {
    const m = analyzeSources({ 'main.ccp': 'channel web { volume: 10/day }\nchannel fax { aht: 2m }' }).model;
    expect(staffingReport(m).summary.skipped).toEqual([
      { channel: 'web', reason: 'no aht' },
      { channel: 'fax', reason: 'no volume' },
    ]);
  });

  it('uses Erlang A where patience is given and notes assumptions', () => {
    const m = analyzeSources({ 'main.ccp': 'channel phone { volume: 500/day  aht: 4m  patience: 60s  weekly: mo 30%, tu 70% }' }).model;
    const r = staffingReport(m);
    expect(r.rows.map((x) => x.interval)).toEqual(['mo busy hour', 'tu busy hour']);
    expect(r.rows.every((x) => x.model === 'erlang-a' && x.abandoned !== undefined)).toBe(true);
    expect(r.rows[0]).toMatchObject({ targetPercent: 80, targetSeconds: 20 });
    expect(r.summary.channels[0]!.notes.join(' ')).toMatch(/no hours/);
    expect(r.summary.channels[0]!.notes.join(' ')).toMatch(/assumed 80% in 20 s/);
  });

  it('is pure: the same model gives the same report', () => {
    expect(staffingReport(model)).toEqual(report);
  });
});

describe('process cost paths', () => {
  it('gives the cheapest and costliest way through decisions, and survives loops', () => {
    const m = analyzeSources({
      'main.ccp': `
role agent { rate: 60 PLN/h }
role expert { rate: 120 PLN/h }
process claim {
  step assess { by: agent  time: 5m  decide { "small" -> accept  otherwise -> investigate } }
  step accept { by: agent  time: 1m  next: reply }
  step investigate { by: expert  time: 30m  decide { "need more" -> assess  otherwise -> reply } }
  step reply { by: agent  time: 2m  end }
}`,
    }).model;
    const p = staffingReport(m).summary.processes[0]!;
    // assess 5 + accept 1 + reply 2 = 8 min at 60/h; assess 5 + reply 2 at 60/h plus 30 min at 120/h
    expect(p.cheapest).toEqual({ amount: 8, currency: 'PLN' });
    expect(p.costliest).toEqual({ amount: 67, currency: 'PLN' });
    expect(p.total).toEqual([{ amount: 68, currency: 'PLN' }]);
  });
});
