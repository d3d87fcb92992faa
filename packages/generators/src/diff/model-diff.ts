import type { Priority } from '@ccp/core';

/**
 * What changed between two versions of a design, for reviewers and procurement. This is the JSON that
 * `ccp diff --format json` prints; its JSON Schema is `packages/generators/schema/diff.schema.json` and the
 * shape only grows (new optional keys) within `version: 1`. Every list is sorted by id (steps by process, then
 * step) so the output is stable; an absent value (no priority, no owner role) is `null`.
 */
export interface ModelDiff {
  version: 1;
  summary: DiffSummary;
  functions: {
    added: FunctionEntry[];
    removed: FunctionEntry[];
    priorityChanged: PriorityChange[];
  };
  /** Descriptions that differ between the versions, of any element that has one (functions first). */
  descriptionsChanged: DescriptionChange[];
  steps: {
    added: StepEntry[];
    removed: StepEntry[];
    /** Steps whose `by:` role changed. */
    reowned: StepReowned[];
  };
  /** Access that the new version grants or uses and the old one did not. */
  dataAccess: {
    /** `access:` grants of roles (a new role's grants count as added). */
    grants: GrantAdded[];
    /** `reads:` and `writes:` of steps (a new step's count as added). */
    steps: StepAccessAdded[];
  };
  touchpoints: { added: Entry[]; removed: Entry[] };
  processes: { added: Entry[]; removed: Entry[] };
}

export interface DiffSummary {
  /** Number of entries in all the lists above. */
  changes: number;
  /**
   * True when the vendor spec sent out no longer holds: a function became must-have (from nice or from no
   * priority) or a must-have function was added. Procurement must re-send the spec to vendors.
   */
  procurementResend: boolean;
}

/** An element by id, with its display name when it has one. */
export interface Entry {
  id: string;
  name: string | null;
}

export interface FunctionEntry extends Entry {
  priority: Priority | null;
}

export interface PriorityChange {
  /** The function's id. */
  function: string;
  name: string | null;
  old: Priority | null;
  new: Priority | null;
  /** True for a change to must (Nice -> Must, or none -> Must): procurement must re-send the spec. */
  procurementResend: boolean;
}

export interface DescriptionChange {
  kind: string;
  /** The element's id; for a step, `process.step`. */
  id: string;
  old: string | null;
  new: string | null;
}

export interface StepEntry {
  process: string;
  step: string;
  name: string | null;
  role: string | null;
}

export interface StepReowned {
  process: string;
  step: string;
  old: string | null;
  new: string | null;
}

export interface GrantAdded {
  role: string;
  /** A system or data entity id. */
  target: string;
  access: 'read' | 'write';
}

export interface StepAccessAdded {
  process: string;
  step: string;
  /** The step's role in the new version. */
  role: string | null;
  data: string;
  access: 'read' | 'write';
}
