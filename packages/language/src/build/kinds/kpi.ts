import { Codes, say, kpiMeasure, kpiMeasureOf, kpiMeasures, type Kpi, type KpiMeasure, type Loc } from '@ccp/core';
import type { BuildContext } from '../build-context.js';
import { readTarget, readWord, type WrittenTarget } from '../values.js';
import { base, customField, descriptionField, refField, textField, wordField, type KindSpec } from '../kind-spec.js';

/** Targets as written, until the KPI's block is read to its end and its measure is known. */
const written = new WeakMap<Kpi, { target: WrittenTarget; loc: Loc }>();
/** KPIs whose measure was given with `measure:` (so it is not guessed from the id or name). */
const stated = new WeakSet<Kpi>();

/**
 * The comparison of a target: as written, or the one the measure implies (lower is better: `<=`). A target
 * without one on a KPI whose measure has no direction is an error; so is a unit that does not fit the measure.
 */
function settle(kpi: Kpi, ctx: BuildContext): void {
  const pending = written.get(kpi);
  if (!kpi.measure && !stated.has(kpi)) {
    const m = kpiMeasureOf(kpi.id) ?? (kpi.name ? kpiMeasureOf(kpi.name) : undefined);
    if (m) kpi.measure = m.id;
  }
  if (!pending) return;
  const { target, loc } = pending;
  const measure: KpiMeasure | undefined = kpi.measure ? kpiMeasures.find((m) => m.id === kpi.measure) : undefined;
  const bad = (said: ReturnType<typeof say>) => {
    ctx.fault('target'); // the KPI is still the element being built
    ctx.error(Codes.invalidValue, said, loc);
  };
  if (measure?.unit && target.unit && target.unit !== measure.unit && (target.unit === 's' || target.unit === '%')) {
    bad(say('kpiTargetUnit', { target: target.text, kpi: kpi.id, measure: measure.id, unit: measure.unit }));
    return;
  }
  if (target.withinSeconds !== undefined && measure && measure.id !== 'service_level') {
    bad(say('kpiTargetNotServiceLevel', { target: target.text, kpi: kpi.id, measure: measure.id }));
    return;
  }
  let op = target.op;
  let implied = false;
  if (!op) {
    if (!measure?.direction) {
      bad(say('kpiTargetDirection', { target: target.text, kpi: kpi.id, ...(measure ? { measure: measure.id } : {}) }));
      return;
    }
    op = measure.direction === 'lower' ? '<=' : '>=';
    implied = true;
  }
  kpi.target = { op, value: target.value, unit: target.unit, text: target.text };
  if (target.withinSeconds !== undefined) kpi.target.withinSeconds = target.withinSeconds;
  if (implied) kpi.target.implied = true;
}

export const kpiKind: KindSpec<Kpi> = {
  keyword: 'kpi',
  kind: 'kpi',
  doc: 'A measure of the center with its target and the system it comes from (DOMAIN step 10).',
  create: (head) => base('kpi', head),
  fields: [
    descriptionField(),
    textField('definition', 'How it is computed.', '"Time from queue entry to answer, averaged"', (e, v) => (e.definition = v)),
    refField('channel', ['channel'], 'The channel it measures, if one.', 'phone', (e, v) => (e.channel = v)),
    customField<Kpi>(
      'measure',
      `What it measures, when its id or name does not say: ${kpiMeasures.map((m) => m.id).join(', ')}. Gives the direction and unit of its target.`,
      'aht',
      (f, e, ctx) => {
        const word = readWord(f, ctx, 'aht');
        if (word === undefined) return;
        const m = kpiMeasure(word);
        stated.add(e);
        if (m) e.measure = m.id;
        else ctx.invalid(f, 'oneOf', 'aht', f.values[0]!.loc, kpiMeasures.map((k) => `'${k.id}'`).join(', '));
      },
      ['kind'],
    ),
    customField<Kpi>(
      'target',
      'The target: a comparison and a value (`<= 6m`, `>= 80%`, `80% in 20s`); the comparison may be left out when the measure says which way is better.',
      '<= 20s',
      (f, e, ctx) => {
        const t = readTarget(f, ctx);
        if (t) written.set(e, { target: t, loc: f.values[0]!.loc });
      },
    ),
    refField('source', ['system'], 'The system the figures come from.', 'contact_center', (e, v) => (e.source = v)),
    wordField('group', 'satisfaction, efficiency, business or people.', 'satisfaction', (e, v) => (e.group = v)),
  ],
  finish: settle,
};
