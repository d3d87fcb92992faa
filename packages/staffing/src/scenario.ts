import { label, type Channel, type Model, type Scenario, type ScenarioChange, type Volume } from '@ccp/core';
import { round, weeklyVolume } from './channel-staffing.js';
import { formatSeconds } from './seconds.js';
import { staffingReport, type StaffingOptions } from './report.js';
import type { ScenarioComparison, StaffingReport } from './types.js';

function scaleVolume(v: Volume, factor: number): Volume {
  const out: Volume = {};
  if (v.perDay !== undefined) out.perDay = v.perDay * factor;
  if (v.perWeek !== undefined) out.perWeek = v.perWeek * factor;
  if (v.perMonth !== undefined) out.perMonth = v.perMonth * factor;
  return out;
}

/** A change in words: `phone +20%`, `60% phone -> email`, `email aht 8m`. */
export function describeChange(c: ScenarioChange): string {
  if (c.type === 'volume') return `${c.channel.id} ${c.factor >= 1 ? '+' : ''}${round((c.factor - 1) * 100, 2)}%`;
  if (c.type === 'move') return `${round(c.fraction * 100, 2)}% ${c.from.id} -> ${c.to.id}`;
  return `${c.channel.id} aht ${formatSeconds(c.seconds)}`;
}

/**
 * The model as the scenario would make it, changes applied in the order written: `volume` scales a channel's
 * volumes, `move` takes a share of one channel's weekly volume and adds it to another (which keeps its own
 * profile, AHT and target), `aht` sets a channel's handling time. The input model is not changed.
 */
export function applyScenario(model: Model, scenario: Scenario): Model {
  const channels = new Map<string, Channel>(model.channels.map((c) => [c.id, { ...c, volume: { ...c.volume } }]));
  for (const change of scenario.changes) {
    if (change.type === 'volume') {
      const c = channels.get(change.channel.id);
      if (c) c.volume = scaleVolume(c.volume, change.factor);
    } else if (change.type === 'aht') {
      const c = channels.get(change.channel.id);
      if (c) c.ahtSeconds = change.seconds;
    } else {
      const from = channels.get(change.from.id);
      const to = channels.get(change.to.id);
      if (!from || !to || from === to) continue;
      const moved = (weeklyVolume(from) ?? 0) * change.fraction;
      from.volume = scaleVolume(from.volume, 1 - change.fraction);
      const current = weeklyVolume(to) ?? 0;
      to.volume = current > 0 ? scaleVolume(to.volume, (current + moved) / current) : { perWeek: moved };
    }
  }
  return { ...model, channels: model.channels.map((c) => channels.get(c.id)!) };
}

/** Finds a scenario by id or display name. */
export function findScenario(model: Model, name: string): Scenario | undefined {
  return model.scenarios.find((s) => s.id === name) ?? model.scenarios.find((s) => s.name === name);
}

/** Baseline and scenario reports with a per-channel comparison of volume, peak agents and FTE. */
export function compareScenario(model: Model, scenario: Scenario, baseline?: StaffingReport, options: StaffingOptions = {}): ScenarioComparison {
  baseline ??= staffingReport(model, options);
  const result = staffingReport(applyScenario(model, scenario), options);
  const ids = [...new Set([...baseline.summary.channels, ...result.summary.channels].map((c) => c.channel))];
  return {
    scenario: { id: scenario.id, name: label(scenario), changes: scenario.changes.map(describeChange) },
    baseline,
    result,
    channels: ids.map((id) => {
      const b = baseline.summary.channels.find((c) => c.channel === id);
      const s = result.summary.channels.find((c) => c.channel === id);
      return {
        channel: id,
        baselineVolume: b?.weeklyContacts ?? 0,
        scenarioVolume: s?.weeklyContacts ?? 0,
        baselinePeakAgents: b?.peakAgents ?? 0,
        scenarioPeakAgents: s?.peakAgents ?? 0,
        baselineFte: b?.fte ?? 0,
        scenarioFte: s?.fte ?? 0,
        deltaFte: round((s?.fte ?? 0) - (b?.fte ?? 0), 2),
      };
    }),
  };
}
