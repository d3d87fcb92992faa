import { describe, expect, it } from 'vitest';
import { analyzeSources } from '@ccp/language';
import { staffingReport } from '@ccp/staffing';
import { hasChannelVolumes, staffingSpecSheet } from '@ccp/generators/staffing';

const source = `
project demo {
  shrinkage: holidays 10%, sickness 5%
  hours_per_week: 40
}
role supervisor { span: 10  headcount: 1 }
role agent { reports_to: supervisor  headcount: 3 }
channel phone "Phone =HYPERLINK(1)" {
  hours: "Mo-Fr 08:00-10:00"
  volume: 200/day
  weekly: mo 30%, tu 70%
  intraday: 08:00 50%, 09:00 50%
  aht: 3m
  service_level: 80% in 20s
  max_occupancy: 85%
  handled_by: agent
}
channel email { hours: "Mo-Fr 08:00-16:00"  volume: 100/day  aht: 6m  asa: 4h  handled_by: agent }
channel portal { volume: 50/day }
`;

const model = () => analyzeSources({ 'main.ccp': source }).model;

describe('staffingSpecSheet', () => {
  it('is one table row per channel and interval, after the channels sheet, in English', () => {
    const report = staffingReport(model());
    const sheet = staffingSpecSheet(report, 'en');
    expect(sheet).toMatchObject({ key: 'staffing', name: 'Staffing', after: 'channels' });
    expect(sheet.columns.map((c) => c.header)).toEqual(['Channel', 'Interval', 'Volume', 'AHT (s)', 'Target', 'Agents', 'Service level (%)', 'Occupancy (%)', 'Abandoned (%)', 'FTE']);
    expect(sheet.rows).toHaveLength(report.rows.length);
    const first = report.rows[0]!;
    expect(sheet.rows[0]!.cells).toEqual([
      'Phone =HYPERLINK(1)',
      'mo 08:00',
      Math.round(first.volume * 10) / 10,
      180,
      '80% in 20 s, occupancy ≤ 85%',
      first.agents,
      Math.round(first.serviceLevel * 1000) / 10,
      Math.round(first.occupancy * 1000) / 10,
      Math.round(first.abandoned * 1000) / 10,
      first.fte,
    ]);
    expect(sheet.rows.find((r) => r.cells[0] === 'email')!.cells.slice(1, 5)).toEqual(['busy hour', expect.any(Number), 360, 'ASA 4 h']);
    expect(sheet.note).toContain('Shrinkage 15% (holidays 10%, sickness 5%); 40 paid hours per FTE per week.');
    expect(sheet.note).toMatch(/agent: [\d.]+ \/ 3 \/ -[\d.]+/);
    expect(sheet.note).toContain('Not staffed: portal.');
  });

  it('speaks Polish: headers, intervals, targets and the note', () => {
    const sheet = staffingSpecSheet(staffingReport(model()), 'pl');
    expect(sheet.name).toBe('Obsada');
    expect(sheet.columns.map((c) => c.header)).toEqual(['Kanał', 'Przedział', 'Wolumen', 'AHT (s)', 'Cel', 'Konsultanci', 'Poziom obsługi (%)', 'Obłożenie (%)', 'Porzucone (%)', 'Etaty (FTE)']);
    expect(sheet.rows[0]!.cells.slice(1, 2)).toEqual(['pn 08:00']);
    expect(sheet.rows[0]!.cells[4]).toBe('80% w 20 s, obłożenie ≤ 85%');
    expect(sheet.rows.find((r) => r.cells[0] === 'email')!.cells[1]).toBe('godzina szczytu');
    expect(sheet.note).toContain('Osoby w rolach (potrzebne / zatrudnione / różnica)');
  });

  it('is the same for the same report, and numbers keep fixed digits', () => {
    const a = staffingSpecSheet(staffingReport(model()), 'en');
    expect(staffingSpecSheet(staffingReport(model()), 'en')).toEqual(a);
    for (const r of a.rows) for (const c of r.cells.slice(2)) if (typeof c === 'number') expect(Math.round(c * 100) / 100).toBe(c);
  });
});

describe('hasChannelVolumes', () => {
  it('is true only when a channel gives a volume', () => {
    expect(hasChannelVolumes(model())).toBe(true);
    expect(hasChannelVolumes(analyzeSources({ 'main.ccp': 'channel phone { aht: 3m }' }).model)).toBe(false);
    expect(hasChannelVolumes(analyzeSources({ 'main.ccp': 'role agent { }' }).model)).toBe(false);
    expect(hasChannelVolumes(analyzeSources({ 'main.ccp': 'channel web { volume: 10/month }' }).model)).toBe(true);
  });
});
