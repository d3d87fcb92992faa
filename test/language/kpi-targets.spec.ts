import { describe, expect, it } from 'vitest';
import { analyzeSources } from '@ccp/language';
import { runRules } from '@ccp/checker';
import { toJson } from '@ccp/generators/json';
import { kpiMeasureOf, kpiMeasures } from '@ccp/core';

function read(text: string) {
  const analysis = analyzeSources({ 'main.ccp': text });
  return { kpis: analysis.model.kpis, findings: [...analysis.diagnostics, ...runRules(analysis)], analysis };
}

describe('KPI targets state their direction, or the measure implies it', () => {
  it.each([
    ['kpi aht "AHT" { target: 6m }', '<=', 360, 's'],
    ['kpi abandonment "Abandoned calls" { target: 5% }', '<=', 5, '%'],
    ['kpi phone_asa { target: 30s }', '<=', 30, 's'],
    ['kpi x "First contact resolution" { target: 70% }', '>=', 70, '%'],
    ['kpi conv { measure: conversion  target: 12% }', '>=', 12, '%'],
    ['kpi rotacja { target: 20% }', '<=', 20, '%'],
  ])('%s', (text, op, value, unit) => {
    const { kpis, findings } = read(text);
    expect(findings.filter((d) => d.severity === 'error')).toEqual([]);
    expect(kpis[0]!.target).toMatchObject({ op, value, unit, implied: true });
  });

  it('keeps a stated comparison as written', () => {
    const { kpis } = read('kpi aht { target: >= 4m }');
    expect(kpis[0]!.target).toMatchObject({ op: '>=', value: 240 });
    expect(kpis[0]!.target!.implied).toBeUndefined();
  });

  it('accepts a service-level target as a share within a time', () => {
    const { kpis, findings } = read('kpi sl "Service level" { target: 80% in 20s }');
    expect(findings.filter((d) => d.severity === 'error')).toEqual([]);
    expect(kpis[0]!.target).toMatchObject({ op: '>=', value: 80, unit: '%', withinSeconds: 20 });
    expect(kpis[0]!.measure).toBe('service_level');
  });

  it.each([
    ['kpi nps "Net promoter" { target: 40 }', 'does not say whether lower or higher is better'],
    ['kpi occupancy { target: 85% }', 'Occupancy has no better direction'],
    ['kpi aht { target: 5% }', 'not in the unit of Average handling time'],
    ['kpi abandonment { target: 80% in 20s }', 'is a service level'],
    ['kpi k { measure: nps  target: <= 5 }', "expects one of 'awt'"],
  ])('refuses %s with one error', (text, words) => {
    const { findings } = read(text);
    expect(findings.map((d) => d.code).filter((c) => c !== 'project-without-sponsor')).toEqual(['CCP2003']);
    expect(findings[0]!.message).toContain(words);
  });

  it('exports the measure and the implied comparison in JSON', () => {
    const { analysis } = read('kpi aht "AHT" { target: 6m }\nkpi sl { target: 80% in 20s }');
    const json = toJson(analysis.model) as { kpis: { measure?: string; target?: object }[] };
    expect(json.kpis[0]).toMatchObject({ measure: 'aht', target: { op: '<=', value: 360, unit: 's', implied: true, text: '6m' } });
    expect(json.kpis[1]).toMatchObject({ measure: 'service_level', target: { op: '>=', value: 80, within: 20 } });
  });

  it('knows the twelve measures, each with a unit or a reason not to', () => {
    expect(kpiMeasures.map((m) => m.id)).toEqual([
      'awt', 'asa', 'service_level', 'abandonment', 'blocked_calls', 'aht', 'occupancy', 'ftr', 'csat', 'attrition', 'absenteeism', 'conversion',
    ]);
    expect(kpiMeasureOf('aht_phone')?.id).toBe('aht');
    expect(kpiMeasureOf('aht_vs_asa')).toBeUndefined();
  });
});
