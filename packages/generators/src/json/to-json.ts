import { dataUse } from '@ccp/core';
import type {
  Channel,
  DataEntity,
  FunctionReq,
  Kpi,
  Loc,
  Model,
  Persona,
  Process,
  Project,
  Ref,
  Role,
  Scenario,
  ShiftPattern,
  SourceTexts,
  Stage,
  Step,
  System,
  Tender,
  Touchpoint,
  Volume,
} from '@ccp/core';
import { specRequirements } from '../xlsx/requirements.js';
import { scoringRules } from '../xlsx/scoring-rules.js';
import type {
  ChannelJson,
  DataJson,
  FunctionJson,
  KpiJson,
  ModelJson,
  PersonaJson,
  ProcessJson,
  ProjectJson,
  RoleJson,
  ScenarioJson,
  ShiftJson,
  SourceJson,
  StageJson,
  StepJson,
  SystemJson,
  TenderJson,
  TouchpointJson,
  VolumeJson,
} from './model-json.generated.js';

/** The `$id` of schema/model.schema.json, written as `$schema` into every export. */
export const MODEL_SCHEMA_ID = 'https://ccp.dev/schema/model.schema.json';

export interface ToJsonOptions {
  /**
   * The source texts of the run: when given, every element gets `source: { file, line, column }` (1-based, UTF-16
   * columns) of its id. Without it, locations are left out, which keeps the JSON stable under edits that only move
   * text around.
   */
  texts?: SourceTexts;
  /** Errors of a design exported anyway (`--force`): written as `designErrors` so no reader mistakes it for whole. */
  designErrors?: number;
}

/**
 * Removes keys whose value is undefined (or a number that JSON cannot hold), keeping the order of the others, so
 * an absent field is absent rather than `null` and the output matches the schema's `additionalProperties: false`.
 */
function compact<T extends object>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) put(out, key, v);
  return out as T;
}

/** Sets `out[key]` unless the value is undefined or a number that JSON cannot hold. */
function put(out: Record<string, unknown>, key: string, v: unknown): void {
  if (v === undefined) return;
  if (typeof v === 'number' && !Number.isFinite(v)) return;
  out[key] = v;
}

const ids = (refs: readonly Ref[]): string[] => refs.map((r) => r.id);
const id = (ref: Ref | undefined): string | undefined => ref?.id;

/**
 * The resolved model as plain JSON, described by schema/model.schema.json: references become id strings, byte
 * offsets become optional `{ file, line, column }`, and arrays keep declaration order. A pure function: the same
 * model (and texts) always gives the same value, and `JSON.stringify` of it the same bytes.
 */
export function toJson(model: Model, options: ToJsonOptions = {}): ModelJson {
  const { texts } = options;
  const source = (loc: Loc): SourceJson | undefined => {
    if (!texts) return undefined;
    const { line, column } = texts.index(loc.file).position(loc.start);
    return { file: loc.file, line, column };
  };
  /**
   * An element's JSON: its id, name, description and source, then `fields`, each left out when undefined (as
   * `compact` does). Written key by key rather than as `compact({ ...head, ...fields })`: a spread object literal is
   * many times slower on Node 20, and there is one of these per element (110k at 100k steps).
   */
  const element = <T extends { id: string }>(
    e: { id: string; name?: string; description?: string; idLoc: Loc },
    fields: Omit<T, 'id' | 'name' | 'description' | 'source'>,
  ): T => {
    const out: Record<string, unknown> = { id: e.id };
    put(out, 'name', e.name);
    put(out, 'description', e.description);
    put(out, 'source', source(e.idLoc));
    const rest = fields as Record<string, unknown>;
    for (const key in rest) put(out, key, rest[key]);
    return out as T;
  };
  const volume = (v: Volume): VolumeJson => compact({ perDay: v.perDay, perWeek: v.perWeek, perMonth: v.perMonth });

  const project = (p: Project): ProjectJson =>
    element(p, {
      vision: p.vision,
      sponsor: id(p.sponsor),
      goals: [...p.goals],
      outputLanguage: p.outputLanguage,
      version: p.version,
      center: p.center,
      shrinkage: p.shrinkage.map((s) => ({ cause: s.cause, fraction: s.fraction })),
      hoursPerWeek: p.hoursPerWeek,
      constraints: [...p.constraints],
    });
  const persona = (p: Persona): PersonaJson => element(p, { segment: p.segment, channels: ids(p.channels), share: p.share });
  const stage = (s: Stage): StageJson => element(s, { order: s.order });
  const points = (list: Channel['intraday']) => list.map((p) => ({ at: p.at, fraction: p.fraction }));
  const channel = (c: Channel): ChannelJson =>
    element(c, {
      medium: c.medium,
      hours: c.hours,
      volume: volume(c.volume),
      peakFactor: c.peakFactor,
      intraday: points(c.intraday),
      weekly: points(c.weekly),
      seasonality: points(c.seasonality),
      ahtSeconds: c.ahtSeconds,
      serviceLevel: c.serviceLevel ? { fraction: c.serviceLevel.fraction, seconds: c.serviceLevel.seconds } : undefined,
      asaSeconds: c.asaSeconds,
      patienceSeconds: c.patienceSeconds,
      maxOccupancy: c.maxOccupancy,
      abandonment: c.abandonment,
      concurrency: c.concurrency,
      direction: c.direction,
      intervalSeconds: c.intervalSeconds,
      handledBy: ids(c.handledBy),
      uses: c.uses ? ids(c.uses) : undefined,
    });
  const touchpoint = (t: Touchpoint): TouchpointJson =>
    element(t, {
      channels: ids(t.channels),
      initiator: t.initiator,
      stage: id(t.stage),
      reason: t.reason,
      volume: volume(t.volume),
      starts: id(t.starts),
      personas: ids(t.personas),
      direction: t.direction,
      informs: t.informs,
      uses: t.uses ? ids(t.uses) : undefined,
      satisfaction: t.satisfaction,
      pains: t.pains,
      momentOfTruth: t.momentOfTruth,
    });
  const step = (s: Step): StepJson =>
    element(s, {
      role: id(s.role),
      uses: ids(s.uses),
      reads: ids(s.reads),
      writes: ids(s.writes),
      next: ids(s.next),
      decision: s.decision?.branches.map((b) =>
        compact({
          condition: b.condition,
          otherwise: b.otherwise,
          target: b.target.id,
          comparison: b.comparison
            ? compact({ quantity: b.comparison.quantity, op: b.comparison.op, value: b.comparison.value, unit: b.comparison.unit, other: b.comparison.other })
            : undefined,
          share: b.share,
        }),
      ),
      end: s.end,
      calls: id(s.calls),
      handlingSeconds: s.handlingSeconds,
      valueAtStake: s.valueAtStake ? compact({ amount: s.valueAtStake.amount, currency: s.valueAtStake.currency }) : undefined,
      visibility: s.visibility,
    });
  const process = (p: Process): ProcessJson =>
    element(p, {
      owner: id(p.owner),
      sourcing: p.sourcing,
      vendor: p.vendor,
      internalOwner: id(p.internalOwner),
      sla: compact({
        reactionSeconds: p.sla.reactionSeconds,
        resolutionSeconds: p.sla.resolutionSeconds,
        reactionBusinessDays: p.sla.reactionBusinessDays,
        resolutionBusinessDays: p.sla.resolutionBusinessDays,
      }),
      variant: p.variant,
      replaces: id(p.replaces),
      category: p.category,
      volume: volume(p.volume),
      quantities: p.quantities ? [...p.quantities] : undefined,
      direction: p.direction,
      steps: p.steps.map(step),
    });
  const role = (r: Role): RoleJson =>
    element(r, {
      reportsTo: id(r.reportsTo),
      span: r.span,
      headcount: r.headcount,
      backup: id(r.backup),
      backups: r.backups ? ids(r.backups) : undefined,
      competencies: [...r.competencies],
      access: r.access.map((a) => ({ target: a.target.id, read: a.read, write: a.write })),
      deny: r.deny ? ids(r.deny) : undefined,
      hourlyRate: r.hourlyRate ? compact({ amount: r.hourlyRate.amount, currency: r.hourlyRate.currency }) : undefined,
      external: r.external,
    });
  const system = (s: System): SystemJson =>
    element(s, { systemKind: s.systemKind, hosting: s.hosting, status: s.status, vendor: s.vendor });
  const use = dataUse(model);
  const data = (d: DataEntity): DataJson =>
    element(d, {
      system: id(d.system),
      table: d.table,
      personal: d.personal,
      legalBasis: d.legalBasis,
      retention: d.retention,
      retentionDays: d.retentionDays,
      readBy: use.get(d.id)?.readBy ?? [],
      writtenBy: use.get(d.id)?.writtenBy ?? [],
    });
  const fn = (f: FunctionReq): FunctionJson =>
    element(f, {
      priority: f.priority,
      area: f.area,
      system: id(f.system),
      roles: ids(f.roles),
      records: ids(f.records),
      acceptance: [...f.acceptance],
      category: f.category,
      weight: f.weight,
      covers: f.covers?.length ? [...f.covers] : undefined,
    });
  const kpi = (k: Kpi): KpiJson =>
    element(k, {
      definition: k.definition,
      channel: id(k.channel),
      target: k.target
        ? compact({ op: k.target.op, value: k.target.value, unit: k.target.unit, within: k.target.withinSeconds, implied: k.target.implied, text: k.target.text })
        : undefined,
      sourceSystem: id(k.source),
      group: k.group,
      measure: k.measure as KpiJson['measure'],
    });
  const scenario = (s: Scenario): ScenarioJson =>
    element(s, {
      changes: s.changes.map((c) =>
        c.type === 'volume'
          ? { type: c.type, channel: c.channel.id, factor: c.factor }
          : c.type === 'move'
            ? { type: c.type, from: c.from.id, to: c.to.id, fraction: c.fraction }
            : { type: c.type, channel: c.channel.id, seconds: c.seconds },
      ),
    });

  const shift = (x: ShiftPattern): ShiftJson =>
    element(x, {
      starts: [...x.starts],
      startWindow: x.startWindow ? { from: x.startWindow.from, to: x.startWindow.to } : undefined,
      lengthSeconds: x.lengthSeconds,
      breakSeconds: x.breakSeconds,
      days: [...x.days] as ShiftJson['days'],
      channels: ids(x.channels),
    });

  const tender = (t: Tender): TenderJson =>
    element(t, {
      priorityWeights: t.priorityWeights.map((w) => ({ key: w.key, value: w.value })),
      areaWeights: t.areaWeights.map((w) => ({ key: w.key, value: w.value })),
      points: t.points.map((p) => ({ answer: p.answer, points: p.points })),
      scale: t.scale.map((s) => ({ score: s.score, definition: s.definition })),
      knockout: ids(t.knockout),
      knockoutMusts: t.knockoutMusts,
      costYears: t.costYears,
      priceWeight: t.priceWeight,
      currency: t.currency,
      // the hash `ccp spec` locks in the workbook, over the requirements in the project's output language
      scoringHash: scoringRules(t, specRequirements(model, model.project?.outputLanguage ?? 'en')).hash,
    });

  return compact({
    $schema: MODEL_SCHEMA_ID,
    format: 'ccp-model',
    formatVersion: 1,
    designErrors: options.designErrors || undefined,
    project: model.project ? project(model.project) : undefined,
    personas: model.personas.map(persona),
    stages: model.stages.map(stage),
    channels: model.channels.map(channel),
    touchpoints: model.touchpoints.map(touchpoint),
    processes: model.processes.map(process),
    roles: model.roles.map(role),
    systems: model.systems.map(system),
    data: model.data.map(data),
    functions: model.functions.map(fn),
    kpis: model.kpis.map(kpi),
    scenarios: model.scenarios.map(scenario),
    ...(model.shifts.length ? { shifts: model.shifts.map(shift) } : {}),
    tender: model.tender ? tender(model.tender) : undefined,
    files: [...model.files],
  });
}

/** The JSON text of `toJson`: two-space indented, ending in a newline, byte-identical for the same input. */
export function modelJsonText(model: Model, options: ToJsonOptions = {}): string {
  return `${JSON.stringify(toJson(model, options), null, 2)}\n`;
}
