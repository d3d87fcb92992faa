import type { Process, Step } from '@ccp/core';

/** Steps by id within the first process of each id, and every step id, built only when a file needs them. */
export class StepLookup {
  private readonly maps = new Map<string, Map<string, Step>>();
  private declared: Set<string> | undefined;

  constructor(private readonly firstProcess: ReadonlyMap<string, Process>) {}

  /** The steps of the (first) process with the id, by step id; the first step of an id wins. */
  of(processId: string): Map<string, Step> | undefined {
    let map = this.maps.get(processId);
    if (!map) {
      const process = this.firstProcess.get(processId);
      if (!process) return undefined;
      map = new Map();
      for (const step of process.steps) if (!map.has(step.id)) map.set(step.id, step);
      this.maps.set(processId, map);
    }
    return map;
  }

  /** Whether any (first) process has a step with the id. */
  isDeclared(stepId: string): boolean {
    if (!this.declared) {
      this.declared = new Set();
      for (const process of this.firstProcess.values()) for (const step of process.steps) this.declared.add(step.id);
    }
    return this.declared.has(stepId);
  }
}
