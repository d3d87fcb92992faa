import { describe, expect, it } from 'vitest';
import { analyzeSources } from '@ccp/language';
import { applyScenario, compareScenario, findScenario, staffingReport, weeklyVolume } from '@ccp/staffing';
import { formatComparisonTable } from '@ccp/generators/staffing';

const source = `
channel phone { hours: "Mo-Fr 08:00-18:00"  volume: 1000/day  aht: 5m  service_level: 80% in 20s }
channel email { hours: "Mo-Fr 08:00-18:00"  volume: 1000/week  aht: 6m  service_level: 90% in 4h }
channel chat { hours: "Mo-Fr 08:00-18:00"  volume: 20000/month  aht: 7m  service_level: 80% in 30s }
scenario shift "Customers move to email" {
  move: 60% phone -> email
  aht: email 8m
}
scenario peak { volume: phone +20%, chat -50% }
`;
const model = analyzeSources({ 'main.ccp': source }).model;

describe('scenarios', () => {
  it('moves a share of one channel to another, in contacts per week', () => {
    const s = applyScenario(model, findScenario(model, 'shift')!);
    const phone = s.channels.find((c) => c.id === 'phone')!;
    const email = s.channels.find((c) => c.id === 'email')!;
    expect(weeklyVolume(phone)).toBeCloseTo(2000, 9); // 5000 a week, 60% leaves
    expect(weeklyVolume(email)).toBeCloseTo(1000 + 3000, 9);
    expect(email.ahtSeconds).toBe(480);
    // the baseline model is left as it was
    expect(model.channels.find((c) => c.id === 'phone')!.volume).toEqual({ perDay: 1000 });
    expect(model.channels.find((c) => c.id === 'email')!.ahtSeconds).toBe(360);
  });

  it('scales volumes up and down', () => {
    const s = applyScenario(model, findScenario(model, 'peak')!);
    expect(s.channels.find((c) => c.id === 'phone')!.volume.perDay).toBeCloseTo(1200, 9);
    expect(s.channels.find((c) => c.id === 'chat')!.volume.perMonth).toBeCloseTo(10000, 9);
  });

  it('finds a scenario by id or display name', () => {
    expect(findScenario(model, 'Customers move to email')?.id).toBe('shift');
    expect(findScenario(model, 'nope')).toBeUndefined();
  });

  it('shows the baseline and the scenario side by side', () => {
    const c = compareScenario(model, findScenario(model, 'shift')!);
    expect(c.scenario).toEqual({ id: 'shift', name: 'Customers move to email', changes: ['60% phone -> email', 'email aht 8m'] });
    expect(c.baseline).toEqual(staffingReport(model));
    const phone = c.channels.find((x) => x.channel === 'phone')!;
    const email = c.channels.find((x) => x.channel === 'email')!;
    expect(phone.scenarioVolume).toBeCloseTo(2000, 6);
    expect(phone.scenarioPeakAgents).toBeLessThan(phone.baselinePeakAgents);
    expect(email.scenarioFte).toBeGreaterThan(email.baselineFte);
    expect(phone.deltaFte).toBeCloseTo(phone.scenarioFte - phone.baselineFte, 2);
    const text = formatComparisonTable(c);
    expect(text).toContain('Scenario shift "Customers move to email": 60% phone -> email; email aht 8m');
    expect(text).toMatch(/phone\s+5000\s+2000/);
  });
});

describe('docs section', () => {
  it('renders a Markdown staffing section with the scenario, escaping names', async () => {
    const { formatStaffingMarkdown } = await import('@ccp/generators/staffing');
    const m = analyzeSources({ 'main.ccp': source.replace('channel phone {', 'channel phone "Phone | <b>hot</b>" {') }).model;
    const md = formatStaffingMarkdown(staffingReport(m), { comparison: compareScenario(m, findScenario(m, 'shift')!), level: 2 });
    expect(md.startsWith('## Staffing\n')).toBe(true);
    expect(md).toContain('Phone \\| &lt;b&gt;hot&lt;/b&gt;');
    expect(md).toContain('### Scenario: Customers move to email');
    for (const line of md.split('\n').filter((l) => l.startsWith('|'))) expect(line.endsWith('|')).toBe(true);
  });
});

describe('seasonality', () => {
  it('staffs a month by scaling volumes with its seasonality factor', async () => {
    const { staffingReport: report, forMonth } = await import('@ccp/staffing');
    const m = analyzeSources({ 'main.ccp': 'channel phone { volume: 1000/week  aht: 5m  seasonality: jan 80%, dec 150% }\nchannel chat { volume: 100/week  aht: 5m }' }).model;
    expect(forMonth(m, 'dec').channels.map((c) => c.volume.perWeek)).toEqual([1500, 100]);
    const dec = report(m, { month: 'dec' });
    expect(dec.summary.month).toBe('dec');
    expect(dec.summary.channels.map((c) => c.weeklyContacts)).toEqual([1500, 100]);
    expect(dec.summary.channels[0]!.notes.join(' ')).not.toMatch(/busiest month/);
    expect(report(m).summary.channels[0]!.notes.join(' ')).toMatch(/busiest month is dec at 150%/);
    expect(dec.rows[0]!.agents).toBeGreaterThan(report(m).rows[0]!.agents);
  });
});
