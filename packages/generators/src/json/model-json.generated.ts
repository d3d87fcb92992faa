/* This file is generated from packages/generators/schema/model.schema.json by
 * packages/generators/scripts/schema-to-ts.mjs. Do not edit it: change the schema and run
 * `pnpm --filter @ccp/generators gen:json-types`. test/json/generated-types.spec.ts fails when it is stale. */

/** The resolved ccp model as JSON (ccp export json, model.json of ccp build). References are id strings; steps are referenced by their id within their process. Arrays keep declaration order; keys absent mean 'not given'. `source` is present when the model was exported with locations. */
export interface ModelJson {
  /** The URL of this schema, for editors. */
  "$schema"?: string;
  /** Marks the file as a ccp model. */
  format: "ccp-model";
  /** Bumped on incompatible changes to this schema. */
  formatVersion: 1;
  /** Present only when the export was written with --force from a design with errors: how many errors it had. Such a model is incomplete. */
  designErrors?: number;
  project?: ProjectJson;
  personas: PersonaJson[];
  stages: StageJson[];
  channels: ChannelJson[];
  touchpoints: TouchpointJson[];
  processes: ProcessJson[];
  roles: RoleJson[];
  systems: SystemJson[];
  data: DataJson[];
  functions: FunctionJson[];
  kpis: KpiJson[];
  scenarios: ScenarioJson[];
  /** Shift patterns (absent in files written before they existed). */
  shifts?: ShiftJson[];
  tender?: TenderJson;
  /** Source files in load order, relative to the project root. */
  files: string[];
}

export interface AccessGrantJson {
  /** A system or a data entity. */
  target: IdJson;
  read: boolean;
  write: boolean;
}

export interface AhtChangeJson {
  type: "aht";
  channel: IdJson;
  seconds: number;
}

/** `amount < 250 GBP` or `claim_value < handling_cost`: a quantity of the process compared with a value or another quantity. */
export interface BranchComparisonJson {
  quantity: string;
  op: "<=" | ">=" | "<" | ">" | "=";
  value?: number;
  /** A unit or a currency code. */
  unit?: string;
  /** The quantity compared with, instead of a value. */
  other?: string;
}

export interface ChannelJson {
  id: IdJson;
  name?: string;
  description?: string;
  source?: SourceJson;
  medium?: string;
  hours?: string;
  volume: VolumeJson;
  peakFactor?: number;
  intraday: ProfilePointJson[];
  weekly: ProfilePointJson[];
  seasonality: ProfilePointJson[];
  ahtSeconds?: number;
  serviceLevel?: ServiceLevelJson;
  asaSeconds?: number;
  patienceSeconds?: number;
  maxOccupancy?: number;
  /** Highest acceptable share of contacts that abandon, 0..1. */
  abandonment?: number;
  /** Contacts one agent handles at once (chat, messaging). */
  concurrency?: number;
  direction?: "inbound" | "outbound";
  intervalSeconds?: number;
  /** Roles that answer the channel. */
  handledBy: IdJson[];
  /** Functions offered to customers themselves (self-service). */
  uses?: IdJson[];
}

export interface DataJson {
  id: IdJson;
  name?: string;
  description?: string;
  source?: SourceJson;
  system?: IdJson;
  table?: string;
  personal: boolean;
  legalBasis?: string;
  retention?: string;
  /** The retention in days when it is written as a duration (90d, 10y, 90 dni, 10 lat); absent for other text. */
  retentionDays?: number;
  /** Roles whose steps read it (reads:), sorted. */
  readBy: IdJson[];
  /** Roles whose steps write it (writes:), sorted. */
  writtenBy: IdJson[];
}

export interface DecisionBranchJson {
  /** The condition in words; absent for `otherwise`. */
  condition?: string;
  otherwise: boolean;
  /** A step of the same process. */
  target: IdJson;
  comparison?: BranchComparisonJson;
  /** The share of cases that take the branch, 0..1. */
  share?: number;
}

/** A requirement a vendor must meet: one row of the vendor spec. */
export interface FunctionJson {
  id: IdJson;
  name?: string;
  description?: string;
  source?: SourceJson;
  priority?: "must" | "nice";
  area?: string;
  system?: IdJson;
  roles: IdJson[];
  /** Data entities. */
  records: IdJson[];
  acceptance: string[];
  category: string;
  weight?: number;
  /** Built-in non-functional requirements (nfr.<key>) this function stands for in the vendor spec. */
  covers?: ("gdpr" | "recordings" | "reports" | "telecom" | "backups" | "continuity" | "finance")[];
}

/** An element id, or a reference to one. */
export type IdJson = string;

export interface KpiJson {
  id: IdJson;
  name?: string;
  description?: string;
  source?: SourceJson;
  definition?: string;
  channel?: IdJson;
  target?: KpiTargetJson;
  /** The system the KPI is measured in (`source:` in .ccp). */
  sourceSystem?: IdJson;
  group?: string;
  /** The known measure, from `measure:` or the KPI's id or name; it gives the direction and unit of the target. */
  measure?: "awt" | "asa" | "service_level" | "abandonment" | "blocked_calls" | "aht" | "occupancy" | "ftr" | "csat" | "attrition" | "absenteeism" | "conversion";
}

export interface KpiTargetJson {
  op: "<=" | ">=" | "<" | ">" | "=";
  value: number;
  unit?: string;
  /** For a service level: seconds within which the share is answered (`80% in 20s`). */
  within?: number;
  /** True when the comparison was not written but follows from the KPI's measure. */
  implied?: boolean;
  text: string;
}

export interface MoneyJson {
  amount: number;
  currency?: string;
}

export interface MoveChangeJson {
  type: "move";
  from: IdJson;
  to: IdJson;
  fraction: number;
}

export interface PersonaJson {
  id: IdJson;
  name?: string;
  description?: string;
  source?: SourceJson;
  segment?: string;
  /** Preferred channels, most preferred first. */
  channels: IdJson[];
  share?: number;
}

export interface ProcessJson {
  id: IdJson;
  name?: string;
  description?: string;
  source?: SourceJson;
  /** A role. */
  owner?: IdJson;
  sourcing?: "in_house" | "outsourced" | "hybrid";
  vendor?: string;
  /** A role. */
  internalOwner?: IdJson;
  sla: SlaJson;
  variant: "as_is" | "to_be";
  /** The as-is process this one replaces. */
  replaces?: IdJson;
  category?: string;
  volume: VolumeJson;
  /** Quantities its decisions compare (besides the built-in value and handling_cost). */
  quantities?: string[];
  direction?: "inbound" | "outbound";
  steps: StepJson[];
}

/** A share of the volume in one interval: `HH:MM` intraday, a weekday `mo`..`su` weekly, or a month for seasonality. */
export interface ProfilePointJson {
  at: string;
  fraction: number;
}

export interface ProjectJson {
  id: IdJson;
  name?: string;
  description?: string;
  source?: SourceJson;
  vision?: string;
  /** A role. */
  sponsor?: IdJson;
  goals: string[];
  outputLanguage: "en" | "pl";
  version?: string;
  center?: "cost" | "revenue";
  shrinkage: ShrinkageJson[];
  hoursPerWeek?: number;
  constraints: string[];
}

export interface RoleJson {
  id: IdJson;
  name?: string;
  description?: string;
  source?: SourceJson;
  reportsTo?: IdJson;
  span?: number;
  headcount?: number;
  backup?: IdJson;
  /** Every backup role, when more than one is given. */
  backups?: IdJson[];
  competencies: string[];
  access: AccessGrantJson[];
  /** Systems or data the role may not access by policy. */
  deny?: IdJson[];
  hourlyRate?: MoneyJson;
  external: boolean;
}

export interface ScenarioJson {
  id: IdJson;
  name?: string;
  description?: string;
  source?: SourceJson;
  changes: (VolumeChangeJson | MoveChangeJson | AhtChangeJson)[];
}

/** `fraction` of contacts answered within `seconds`. */
export interface ServiceLevelJson {
  fraction: number;
  seconds: number;
}

/** A shift pattern agents can be planned on (ccp staffing --shifts). */
export interface ShiftJson {
  id: IdJson;
  name?: string;
  description?: string;
  source?: SourceJson;
  /** Start times, minutes since midnight. */
  starts: number[];
  /** Every interval boundary from `from` to `to` (minutes since midnight), both included. */
  startWindow?: {
    from: number;
    to: number;
  };
  lengthSeconds?: number;
  /** Paid break in the middle of the shift. */
  breakSeconds?: number;
  days: ("mo" | "tu" | "we" | "th" | "fr" | "sa" | "su")[];
  channels: IdJson[];
}

export interface ShrinkageJson {
  cause: string;
  fraction: number;
}

export interface SlaJson {
  reactionSeconds?: number;
  resolutionSeconds?: number;
  /** `respond 2bd`: in business days. */
  reactionBusinessDays?: number;
  /** `resolve 20bd`: in business days. */
  resolutionBusinessDays?: number;
}

/** Where an element is declared: project-relative file, 1-based line and column (UTF-16 code units). */
export interface SourceJson {
  file: string;
  line: number;
  column: number;
}

export interface StageJson {
  id: IdJson;
  name?: string;
  description?: string;
  source?: SourceJson;
  /** Position among the stages, 0-based. */
  order: number;
}

export interface StepJson {
  /** Unique within its process. */
  id: IdJson;
  name?: string;
  description?: string;
  source?: SourceJson;
  role?: IdJson;
  /** Functions. */
  uses: IdJson[];
  /** Data entities. */
  reads: IdJson[];
  /** Data entities. */
  writes: IdJson[];
  /** Steps of the same process. */
  next: IdJson[];
  /** The branches of a decide block. */
  decision?: DecisionBranchJson[];
  end: boolean;
  /** A sub-process. */
  calls?: IdJson;
  handlingSeconds?: number;
  valueAtStake?: MoneyJson;
  /** Frontstage or backstage in a service blueprint; derived when absent. */
  visibility?: "front" | "back";
}

export interface SystemJson {
  id: IdJson;
  name?: string;
  description?: string;
  source?: SourceJson;
  /** crm, contact_center, pbx, erp, kb, wfm, ticketing, reporting, ... */
  systemKind?: string;
  hosting?: "saas" | "cloud" | "private_cloud" | "on_prem";
  status: "existing" | "planned";
  vendor?: string;
}

/** The tender's scoring rules as declared (ccp spec states them on the cover; docs/spec-xlsx.md, Scoring rules). Absent: vendors are scored by the defaults. */
export interface TenderJson {
  id: IdJson;
  name?: string;
  description?: string;
  source?: SourceJson;
  /** Shares per priority (must, nice) as written, before normalising to 100. */
  priorityWeights: TenderWeightJson[];
  /** Shares per area (a function's system kind; non_functional for derived rows) as written. */
  areaWeights: TenderWeightJson[];
  /** Points 0..100 per answer as written; answers not listed keep the defaults (Yes 100, Partial 50, Roadmap 25, No 0). */
  points: ({
    answer: "yes" | "partial" | "roadmap" | "no" | "na";
    points: number;
  })[];
  /** A 0-5 scale instead of the answers: a definition per score (points: score x 20). */
  scale: ({
    score: number;
    definition: string;
  })[];
  /** Requirement ids that are knock-out criteria. */
  knockout: IdJson[];
  /** Every Must is a knock-out criterion. */
  knockoutMusts: boolean;
  /** Years of yearly cost in the total cost (a whole number from 1 to 30 in a design without errors). */
  costYears?: number;
  /** Share of the final score given to price, 0..1 (below 1 in a design without errors). */
  priceWeight?: number;
  currency?: string;
  /** The fingerprint that locks these rules in the spec's metadata (ccp spec in the project's output language); a filled copy with another one is not scored. */
  scoringHash: string;
}

export interface TenderWeightJson {
  key: string;
  value: number;
}

export interface TouchpointJson {
  id: IdJson;
  name?: string;
  description?: string;
  source?: SourceJson;
  channels: IdJson[];
  initiator?: "customer" | "company";
  stage?: IdJson;
  reason?: string;
  volume: VolumeJson;
  /** The process the touchpoint starts. */
  starts?: IdJson;
  personas: IdJson[];
  direction?: "inbound" | "outbound";
  /** What a notification tells the customer; it needs no process. */
  informs?: string;
  /** Functions used without an agent (self-service). */
  uses?: IdJson[];
  /** The customer's satisfaction, 1 (very unhappy) to 5 (delighted). */
  satisfaction?: number;
  /** Pain points the customer meets here. */
  pains?: string[];
  /** The customer decides here whether to stay. */
  momentOfTruth?: boolean;
}

/** Contacts per period; any combination may be given. */
export interface VolumeJson {
  perDay?: number;
  perWeek?: number;
  perMonth?: number;
}

export interface VolumeChangeJson {
  type: "volume";
  channel: IdJson;
  factor: number;
}
