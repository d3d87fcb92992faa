import type {
  Channel,
  DataEntity,
  FunctionReq,
  Kpi,
  Model,
  Persona,
  Process,
  Role,
  Scenario,
  Stage,
  Step,
  System,
  Touchpoint,
} from './model.js';

/**
 * Lookups over a model: elements by id, steps by process, and the reverse edges (who uses what) that rules and
 * generators need. Built once per model in linear time; read-only afterwards.
 */
export interface ModelIndex {
  model: Model;
  personas: Map<string, Persona>;
  stages: Map<string, Stage>;
  channels: Map<string, Channel>;
  touchpoints: Map<string, Touchpoint>;
  processes: Map<string, Process>;
  roles: Map<string, Role>;
  systems: Map<string, System>;
  data: Map<string, DataEntity>;
  functions: Map<string, FunctionReq>;
  kpis: Map<string, Kpi>;
  scenarios: Map<string, Scenario>;
  /** Steps of a process by local id. */
  steps(processId: string): Map<string, Step>;
  /** All steps that list the function in `uses`. */
  stepsUsingFunction(functionId: string): Step[];
  /** All steps performed by the role. */
  stepsByRole(roleId: string): Step[];
  /** All steps that read or write the data entity. */
  stepsTouchingData(dataId: string): Step[];
  /** Touchpoints that start the process. */
  touchpointsStarting(processId: string): Touchpoint[];
  /** Steps (of any process) that call the process as a sub-process. */
  stepsCalling(processId: string): Step[];
}

function byId<T extends { id: string }>(items: T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) if (!map.has(item.id)) map.set(item.id, item);
  return map;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function indexModel(model: Model): ModelIndex {
  const stepMaps = new Map<string, Map<string, Step>>();
  const usingFunction = new Map<string, Step[]>();
  const byRole = new Map<string, Step[]>();
  const touchingData = new Map<string, Step[]>();
  const starting = new Map<string, Touchpoint[]>();
  const calling = new Map<string, Step[]>();
  for (const process of model.processes) {
    if (!stepMaps.has(process.id)) stepMaps.set(process.id, byId(process.steps));
    for (const step of process.steps) {
      for (const ref of step.uses) push(usingFunction, ref.id, step);
      if (step.role) push(byRole, step.role.id, step);
      const seen = new Set<string>();
      for (const ref of [...step.reads, ...step.writes]) {
        if (seen.has(ref.id)) continue;
        seen.add(ref.id);
        push(touchingData, ref.id, step);
      }
      if (step.calls) push(calling, step.calls.id, step);
    }
  }
  for (const tp of model.touchpoints) if (tp.starts) push(starting, tp.starts.id, tp);
  const none: never[] = [];
  return {
    model,
    personas: byId(model.personas),
    stages: byId(model.stages),
    channels: byId(model.channels),
    touchpoints: byId(model.touchpoints),
    processes: byId(model.processes),
    roles: byId(model.roles),
    systems: byId(model.systems),
    data: byId(model.data),
    functions: byId(model.functions),
    kpis: byId(model.kpis),
    scenarios: byId(model.scenarios),
    steps: (processId) => stepMaps.get(processId) ?? new Map(),
    stepsUsingFunction: (id) => usingFunction.get(id) ?? none,
    stepsByRole: (id) => byRole.get(id) ?? none,
    stepsTouchingData: (id) => touchingData.get(id) ?? none,
    touchpointsStarting: (id) => starting.get(id) ?? none,
    stepsCalling: (id) => calling.get(id) ?? none,
  };
}
