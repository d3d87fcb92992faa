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
  /** Whether answers to the old version's vendor spec can still be scored against the new version, and why not. */
  procurement: ProcurementImpact;
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
  /** Access that the new version grants or uses and the old one did not, and access it no longer has. */
  dataAccess: {
    /** `access:` grants of roles (a new role's grants count as added). */
    grants: GrantAdded[];
    /** `reads:` and `writes:` of steps (a new step's count as added). */
    steps: StepAccessAdded[];
    /** Grants the old version had and the new one does not (a removed role's count as removed). */
    grantsRemoved: GrantAdded[];
    /** Reads and writes of steps that the new version no longer has (a removed step's count as removed). */
    stepsRemoved: StepAccessAdded[];
  };
  touchpoints: { added: Entry[]; removed: Entry[] };
  processes: { added: Entry[]; removed: Entry[] };
  /** Elements of the other kinds (roles, systems, data, channels, KPIs, personas, stages, scenarios, shifts, the project, the tender) added or removed. */
  elements: { added: ElementChange[]; removed: ElementChange[] };
  /**
   * Every other field that differs, element by element: owners, `uses`, `next`, decision branches, `starts`, SLAs,
   * KPI targets, legal basis, retention, the project's version, the tender's rules, names, ... Sorted by kind order,
   * then id, then field.
   */
  fieldsChanged: FieldChange[];
  /** Display names of the ids that appear in `fieldsChanged` values. */
  names: Record<string, string>;
  /** `ccp check` of the new version, when the caller ran it (the CLI does). */
  check?: CheckSummary;
}

/** The requirements vendors answered, as the scorer compares them (the same definition, requirement-lock.ts). */
export interface ProcurementImpact {
  /** Answers to the old version's spec would be refused by `ccp vendors score` against the new version. */
  resend: boolean;
  /** The spec's language the requirements were compared in (the old version's `output_language`). */
  language: 'en' | 'pl';
  /** The project id changed (a spec of another project is never scored). */
  project: { old: string; new: string } | null;
  /** Requirements vendors never answered. */
  added: Entry[];
  /** Requirements the old spec asked that the new version drops. */
  removed: Entry[];
  /** Requirements whose text, priority, weight, area, category, roles or data changed. */
  changed: Entry[];
  /** The tender's scoring rules (weights, points, knock-outs, costs) differ from those published. */
  scoringRulesChanged: boolean;
}

export interface CheckSummary {
  errors: number;
  warnings: number;
}

/** An element added or removed, of a kind that has no list of its own. */
export interface ElementChange {
  kind: string;
  id: string;
  name: string | null;
}

/** One field of one element that differs between the versions. */
export interface FieldChange {
  kind: string;
  /** The element's id; for a step, `process.step`. */
  id: string;
  /** The element's display name in the new version. */
  name: string | null;
  /** The field as in the JSON model (`owner`, `sla.resolutionSeconds`, `decision`, `legalBasis`, ...). */
  field: string;
  /** The old and new value as text (a list joined with ", "); null when absent or empty. */
  old: string | null;
  new: string | null;
  /** For a list field: the items only the new version has, and those only the old one had. */
  added: string[];
  removed: string[];
}

export interface DiffSummary {
  /** Number of entries in all the lists above. */
  changes: number;
  /**
   * True exactly when `ccp vendors score` would refuse vendors' answers to the old version's spec against the new
   * version (`procurement` says why): procurement must re-send the spec.
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
  /** True when the change breaks the sent spec (the requirement's fingerprint holds its priority: always, today). */
  procurementResend: boolean;
}

export interface DescriptionChange {
  kind: string;
  /** The element's id; for a step, `process.step`. */
  id: string;
  /** Its display name in the new version. */
  name: string | null;
  old: string | null;
  new: string | null;
}

export interface StepEntry {
  process: string;
  step: string;
  name: string | null;
  role: string | null;
  /** The role's display name. */
  roleName: string | null;
}

export interface StepReowned {
  process: string;
  step: string;
  /** The step's display name. */
  name: string | null;
  old: string | null;
  new: string | null;
  /** Display names of the old and new roles. */
  oldName: string | null;
  newName: string | null;
}

export interface GrantAdded {
  role: string;
  roleName: string | null;
  /** A system or data entity id. */
  target: string;
  targetName: string | null;
  access: 'read' | 'write';
}

export interface StepAccessAdded {
  process: string;
  step: string;
  /** The step's display name. */
  name: string | null;
  /** The step's role (in the new version; in the old one for a removal). */
  role: string | null;
  roleName: string | null;
  data: string;
  dataName: string | null;
  access: 'read' | 'write';
}
