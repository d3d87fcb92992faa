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

/** Appends to a list of a multimap; `last` remembers the previous key's list, as consecutive keys often repeat. */
class MultiMap<T> {
  readonly map = new Map<string, T[]>();
  private lastKey: string | undefined;
  private lastList: T[] | undefined;

  push(key: string, value: T): void {
    if (key === this.lastKey) {
      this.lastList!.push(value);
      return;
    }
    let list = this.map.get(key);
    if (list) list.push(value);
    else this.map.set(key, (list = [value]));
    this.lastKey = key;
    this.lastList = list;
  }
}

const none: never[] = [];

/**
 * Each lookup is built the first time it is asked for, so a caller pays only for what it uses: the rules need a
 * few of them, and at 100k steps building all of them cost more than all the rules together.
 */
export function indexModel(model: Model): ModelIndex {
  let personas: Map<string, Persona> | undefined;
  let stages: Map<string, Stage> | undefined;
  let channels: Map<string, Channel> | undefined;
  let touchpoints: Map<string, Touchpoint> | undefined;
  let processes: Map<string, Process> | undefined;
  let roles: Map<string, Role> | undefined;
  let systems: Map<string, System> | undefined;
  let data: Map<string, DataEntity> | undefined;
  let functions: Map<string, FunctionReq> | undefined;
  let kpis: Map<string, Kpi> | undefined;
  let scenarios: Map<string, Scenario> | undefined;
  const stepMaps = new Map<string, Map<string, Step>>();
  let usingFunction: Map<string, Step[]> | undefined;
  let byRole: Map<string, Step[]> | undefined;
  let touchingData: Map<string, Step[]> | undefined;
  let starting: Map<string, Touchpoint[]> | undefined;
  let calling: Map<string, Step[]> | undefined;

  /** Groups every step of every process under the keys `keysOf` puts it. */
  const stepsBy = (keysOf: (step: Step, into: MultiMap<Step>) => void): Map<string, Step[]> => {
    const multi = new MultiMap<Step>();
    for (const process of model.processes) for (const step of process.steps) keysOf(step, multi);
    return multi.map;
  };

  return {
    model,
    get personas() {
      return (personas ??= byId(model.personas));
    },
    get stages() {
      return (stages ??= byId(model.stages));
    },
    get channels() {
      return (channels ??= byId(model.channels));
    },
    get touchpoints() {
      return (touchpoints ??= byId(model.touchpoints));
    },
    get processes() {
      return (processes ??= byId(model.processes));
    },
    get roles() {
      return (roles ??= byId(model.roles));
    },
    get systems() {
      return (systems ??= byId(model.systems));
    },
    get data() {
      return (data ??= byId(model.data));
    },
    get functions() {
      return (functions ??= byId(model.functions));
    },
    get kpis() {
      return (kpis ??= byId(model.kpis));
    },
    get scenarios() {
      return (scenarios ??= byId(model.scenarios));
    },
    steps(processId) {
      let map = stepMaps.get(processId);
      if (!map) {
        // the first process of the id, as in `processes`
        const process = (processes ??= byId(model.processes)).get(processId);
        if (!process) return new Map();
        stepMaps.set(processId, (map = byId(process.steps)));
      }
      return map;
    },
    stepsUsingFunction(id) {
      usingFunction ??= stepsBy((step, into) => {
        for (const ref of step.uses) into.push(ref.id, step);
      });
      return usingFunction.get(id) ?? none;
    },
    stepsByRole(id) {
      byRole ??= stepsBy((step, into) => {
        if (step.role) into.push(step.role.id, step);
      });
      return byRole.get(id) ?? none;
    },
    stepsTouchingData(id) {
      touchingData ??= stepsBy((step, into) => {
        // each step once per entity, even when it both reads and writes it
        const seen = new Set<string>();
        for (const list of [step.reads, step.writes])
          for (const ref of list)
            if (!seen.has(ref.id)) {
              seen.add(ref.id);
              into.push(ref.id, step);
            }
      });
      return touchingData.get(id) ?? none;
    },
    touchpointsStarting(id) {
      if (!starting) {
        const multi = new MultiMap<Touchpoint>();
        for (const tp of model.touchpoints) if (tp.starts) multi.push(tp.starts.id, tp);
        starting = multi.map;
      }
      return starting.get(id) ?? none;
    },
    stepsCalling(id) {
      calling ??= stepsBy((step, into) => {
        if (step.calls) into.push(step.calls.id, step);
      });
      return calling.get(id) ?? none;
    },
  };
}
