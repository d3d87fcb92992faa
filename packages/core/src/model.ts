/**
 * The resolved model: what every rule and generator reads. It knows nothing of the syntax that produced it.
 *
 * Every element carries `loc` (its whole declaration) and `idLoc` (its id), as byte offsets into a file; lines and
 * columns are computed only when a diagnostic is shown (see line-index.ts). References keep the id they name plus
 * the place they were written, so rules can point at the exact reference; `Model` lookups bind them.
 */

/** A span of a source file, as UTF-16 offsets `[start, end)` into its text. */
export interface Loc {
  file: string;
  start: number;
  end: number;
}

/** A reference to another element by id, with where it was written. */
export interface Ref {
  id: string;
  loc: Loc;
}

export type ElementKind =
  | 'project'
  | 'persona'
  | 'stage'
  | 'channel'
  | 'touchpoint'
  | 'process'
  | 'step'
  | 'role'
  | 'system'
  | 'data'
  | 'function'
  | 'kpi'
  | 'scenario'
  | 'tender'
  | 'shift';

export interface ElementBase {
  kind: ElementKind;
  /** Unique within its kind's scope (global for all kinds but steps, which are unique within their process). */
  id: string;
  /** Display name from the quoted string after the id, if any. Use `label()` to show an element. */
  name?: string;
  description?: string;
  loc: Loc;
  idLoc: Loc;
}

export type OutputLanguage = 'en' | 'pl';

/** An amount of money, e.g. `45 PLN`. */
export interface Money {
  amount: number;
  currency?: string;
}

export interface Project extends ElementBase {
  kind: 'project';
  vision?: string;
  sponsor?: Ref;
  goals: string[];
  outputLanguage: OutputLanguage;
  version?: string;
  /** Cost center or revenue center (DOMAIN.md, good CX department). */
  center?: 'cost' | 'revenue';
  /** Shrinkage as fractions 0..1 by cause (holidays, sickness, training, ...). */
  shrinkage: { cause: string; fraction: number; loc: Loc }[];
  /** Paid hours of one full-time employee per week; 40 when not given. */
  hoursPerWeek?: number;
  /** Constraints such as GDPR or sector law, in words. */
  constraints: string[];
}

export interface Persona extends ElementBase {
  kind: 'persona';
  segment?: string;
  /** Preferred channels, most preferred first. */
  channels: Ref[];
  /** Share of customers, 0..1. */
  share?: number;
}

export interface Stage extends ElementBase {
  kind: 'stage';
  /** Position among the project's stages, from declaration order (0-based). */
  order: number;
}

/** Contacts per period; any combination may be given. */
export interface Volume {
  perDay?: number;
  perWeek?: number;
  perMonth?: number;
}

/** A share of the daily (or weekly) volume falling into one interval. */
export interface ProfilePoint {
  /** `HH:MM` for intraday points, or a weekday `mo`..`su` for weekly ones. */
  at: string;
  fraction: number;
}

export interface ServiceLevelTarget {
  /** 0..1 */
  fraction: number;
  seconds: number;
}

export interface Channel extends ElementBase {
  kind: 'channel';
  /** voice, email, chat, social, sms, web, letter, visit, app, video, ... */
  medium?: string;
  hours?: string;
  volume: Volume;
  /** Ratio of the busiest day/hour to the average, e.g. 1.4. */
  peakFactor?: number;
  /** Intraday distribution of a day's volume, per interval start. */
  intraday: ProfilePoint[];
  /** Weekly distribution of a week's volume, per weekday. */
  weekly: ProfilePoint[];
  /** Monthly seasonality as factors on the average month. */
  seasonality: ProfilePoint[];
  ahtSeconds?: number;
  serviceLevel?: ServiceLevelTarget;
  asaSeconds?: number;
  /** Average customer patience before abandoning, for Erlang A. */
  patienceSeconds?: number;
  /** 0..1 */
  maxOccupancy?: number;
  /** Highest acceptable share of contacts that abandon, 0..1 (Erlang A; a KPI may set it too). */
  abandonment?: number;
  /** Contacts one agent handles at once (chat, messaging); the Erlang model runs on aht / concurrency. */
  concurrency?: number;
  /** `outbound`: the center makes the contacts (staffed as deferred work within the hours); default inbound. */
  direction?: 'inbound' | 'outbound';
  /** Interval length for staffing, in seconds (default 1800). */
  intervalSeconds?: number;
  /** Roles that answer the channel. */
  handledBy: Ref[];
  /** Functions the channel offers customers themselves (self-service: IVR, portal, chatbot). */
  uses?: Ref[];
  /** Where the fields that rules check at the field were written: `hours` (its value) and the profiles. */
  fieldLocs?: Partial<Record<'hours' | 'intraday' | 'weekly' | 'seasonality', Loc>>;
}

export type Initiator = 'customer' | 'company';

export interface Touchpoint extends ElementBase {
  kind: 'touchpoint';
  channels: Ref[];
  initiator?: Initiator;
  stage?: Ref;
  reason?: string;
  volume: Volume;
  starts?: Ref;
  personas: Ref[];
  /** Inbound (the customer reaches the company) or outbound (the company reaches the customer). */
  direction?: 'inbound' | 'outbound';
  /** What a notification tells the customer (`informs: "Outage in your area"`): it needs no process. */
  informs?: string;
  /** Functions the customer uses at this touchpoint without an agent (self-service). */
  uses?: Ref[];
  /** The customer's satisfaction here, 1 (very unhappy) to 5 (delighted); the checker reports other values. */
  satisfaction?: number;
  /** Pain points the customer meets here, in words (`pain: "Waits 20 minutes"`). */
  pains?: string[];
  /** A moment of truth: the customer decides here whether to stay (`moment_of_truth: true`). */
  momentOfTruth?: boolean;
  /** Where the fields that rules check at the field were written. */
  fieldLocs?: Partial<Record<'satisfaction', Loc>>;
}

export type Sourcing = 'in_house' | 'outsourced' | 'hybrid';

export interface Process extends ElementBase {
  kind: 'process';
  owner?: Ref;
  sourcing?: Sourcing;
  vendor?: string;
  /** The in-house person responsible for an outsourced or hybrid process (DOMAIN.md, outsourcing 3). */
  internalOwner?: Ref;
  /** Deadlines in calendar time (seconds) or in business days (`resolve 20bd`). */
  sla: { reactionSeconds?: number; resolutionSeconds?: number; reactionBusinessDays?: number; resolutionBusinessDays?: number; loc?: Loc };
  variant: 'as_is' | 'to_be';
  /** The as-is process a to-be process replaces. */
  replaces?: Ref;
  /** sales, service, complaints, helpdesk, collections, hotline, ... */
  category?: string;
  /** Contacts per period that enter the process, when known. */
  volume: Volume;
  /** Quantities its decisions compare (`quantities: disputed_amount, claim_value`). */
  quantities?: string[];
  /** `outbound`: the center starts the cases (collections, callbacks); default inbound. */
  direction?: 'inbound' | 'outbound';
  steps: Step[];
}

/** `amount < 250 GBP`, `claim_value < handling_cost`: a declared quantity compared with a value or another quantity. */
export interface BranchComparison {
  /** The quantity compared (declared in the process's `quantities:`, or built in: value, handling_cost). */
  quantity: string;
  op: Comparison;
  /** A number, possibly with a unit or currency; absent when compared with another quantity. */
  value?: number;
  unit?: string;
  /** The other quantity, in `claim_value < handling_cost`. */
  other?: string;
  loc: Loc;
}

export interface DecisionBranch {
  /** The condition in words; undefined for `otherwise`. */
  condition?: string;
  otherwise: boolean;
  target: Ref;
  /** The condition as a comparison, when written as one. */
  comparison?: BranchComparison;
  /** The share of cases that take this branch, 0..1 (`30%` before the arrow). */
  share?: number;
  loc: Loc;
}

export interface Decision {
  branches: DecisionBranch[];
  loc: Loc;
}

export interface Step extends ElementBase {
  kind: 'step';
  /** Id of the process the step belongs to. */
  process: string;
  role?: Ref;
  uses: Ref[];
  reads: Ref[];
  writes: Ref[];
  next: Ref[];
  decision?: Decision;
  /** Explicit `end`: the process ends after this step. */
  end: boolean;
  /** A sub-process this step hands over to. */
  calls?: Ref;
  handlingSeconds?: number;
  /** What is at stake in the case handled by this step (for the review-cost rule). */
  valueAtStake?: Money;
  /**
   * Where the step sits in a service blueprint: `front` (the customer sees it), `back` (internal). When undefined,
   * blueprints derive it: a customer-facing role's step in a process a touchpoint starts is frontstage.
   */
  visibility?: StepVisibility;
}

export type StepVisibility = 'front' | 'back';

export type Access = 'read' | 'write';

export interface AccessGrant {
  /** A system or a data entity. */
  target: Ref;
  read: boolean;
  write: boolean;
  loc: Loc;
}

export interface Role extends ElementBase {
  kind: 'role';
  reportsTo?: Ref;
  /** People of the roles reporting to this one per person in it (span of control). */
  span?: number;
  headcount?: number;
  /** The (first) role that substitutes during holidays and sickness. */
  backup?: Ref;
  /** Every backup role, when more than one is given (`backup: senior_agent, supervisor`). */
  backups?: Ref[];
  competencies: string[];
  access: AccessGrant[];
  /** Systems or data the role may not access by policy (`deny: erp`): an integration must bring their data. */
  deny?: Ref[];
  hourlyRate?: Money;
  /** Employed by a vendor rather than in-house. */
  external: boolean;
}

export type Hosting = 'saas' | 'cloud' | 'private_cloud' | 'on_prem';

export interface System extends ElementBase {
  kind: 'system';
  /** crm, contact_center, pbx, erp, kb, wfm, ticketing, reporting, ... */
  systemKind?: string;
  hosting?: Hosting;
  status: 'existing' | 'planned';
  vendor?: string;
}

export interface DataEntity extends ElementBase {
  kind: 'data';
  system?: Ref;
  table?: string;
  personal: boolean;
  /** GDPR legal basis: consent, contract, legal_obligation, vital_interest, public_task, legitimate_interest. */
  legalBasis?: string;
  retention?: string;
  /** `retention:` in days when it reads as a duration (`90d`, `10y`, `90 dni`, `10 lat`); undefined for other text. */
  retentionDays?: number;
}

export type Priority = 'must' | 'nice';

/**
 * The built-in non-functional requirements of the vendor spec (`nfr.<key>` rows, derived from the design); a
 * function that `covers:` one of them replaces that row (one requirement, one row).
 */
export const nonFunctionalKeys = ['gdpr', 'recordings', 'reports', 'telecom', 'backups', 'continuity', 'finance'] as const;
export type NonFunctionalKey = (typeof nonFunctionalKeys)[number];

/** A requirement a vendor must meet, one row of the vendor spec. */
export interface FunctionReq extends ElementBase {
  kind: 'function';
  priority?: Priority;
  /** The kind of system that provides the function (area), e.g. `crm`, `contact_center`. */
  area?: string;
  /** Set when `system:` names a declared system rather than a kind. */
  system?: Ref;
  roles: Ref[];
  records: Ref[];
  acceptance: string[];
  /** functional (default), security, continuity, reporting, gdpr, integration, ... */
  category: string;
  /** Weight for vendor scoring; defaults by priority. */
  weight?: number;
  /** Built-in non-functional rows this function stands for (`covers: backups`): those rows are left out. */
  covers?: NonFunctionalKey[];
}

export type Comparison = '<=' | '>=' | '<' | '>' | '=';

export interface KpiTarget {
  op: Comparison;
  value: number;
  /** s, %, or a free unit */
  unit?: string;
  /** For a service level: the time within which the share of contacts is answered (`80% in 20s`). */
  withinSeconds?: number;
  /** True when the comparison was not written but follows from the KPI's measure (`target: 6m` on AHT). */
  implied?: boolean;
  text: string;
}

export interface Kpi extends ElementBase {
  kind: 'kpi';
  definition?: string;
  channel?: Ref;
  target?: KpiTarget;
  source?: Ref;
  /** satisfaction, efficiency, business, people */
  group?: string;
  /** The known measure (kpi-measures.ts: aht, asa, service_level, ...), from `measure:` or the KPI's id or name. */
  measure?: string;
}

export type ScenarioChange =
  | { type: 'volume'; channel: Ref; factor: number; loc: Loc }
  | { type: 'move'; from: Ref; to: Ref; fraction: number; loc: Loc }
  | { type: 'aht'; channel: Ref; seconds: number; loc: Loc };

export interface Scenario extends ElementBase {
  kind: 'scenario';
  changes: ScenarioChange[];
}

/** A shift pattern agents can be planned on (`ccp staffing --shifts`). */
export interface ShiftPattern extends ElementBase {
  kind: 'shift';
  /** Start times, minutes since midnight. */
  starts: number[];
  /** A start window, minutes since midnight: every interval boundary from `from` to `to`, both included. */
  startWindow?: { from: number; to: number };
  /** Length of the shift, paid breaks included (default 8 h). */
  lengthSeconds?: number;
  /** Paid break in the shift: paid, but not answering. */
  breakSeconds?: number;
  /** Weekdays it may be worked (`mo`..`su`); empty: every open day. */
  days: string[];
  /** Channels it staffs; empty: every channel. */
  channels: Ref[];
}

export type Element =
  | Project
  | Persona
  | Stage
  | Channel
  | Touchpoint
  | Process
  | Step
  | Role
  | System
  | DataEntity
  | FunctionReq
  | Kpi
  | Scenario
  | Tender
  | ShiftPattern;

/** The whole resolved project. Arrays keep declaration order (files in the order they were loaded). */
/** An answer a vendor may give to a requirement; `na` (not applicable) only where a tender gives it points. */
export type TenderAnswer = 'yes' | 'partial' | 'roadmap' | 'no' | 'na';

/**
 * The scoring rules of a tender, published on the spec's cover before any bid is opened (one per project). Without
 * a tender, vendors are scored by the defaults (docs/spec-xlsx.md): weights from `weight:` or 3 Must / 1 Nice,
 * Yes 100, Partial 50, Roadmap 25, No 0, a Must answered No excludes.
 */
export interface Tender extends ElementBase {
  kind: 'tender';
  /** Shares per priority (`must`, `nice`): each group's share is split over its requirements by their weight. */
  priorityWeights: { key: string; value: number; loc: Loc }[];
  /** Shares per area (a function's `system:` kind; `non_functional` for the derived rows), split the same way. */
  areaWeights: { key: string; value: number; loc: Loc }[];
  /** Points per answer, 0..100; answers not listed keep the default; `na` only when listed. */
  points: { answer: TenderAnswer; points: number; loc: Loc }[];
  /** A 0-5 scale instead of the answers: a definition for each score; points are score x 20. */
  scale: { score: number; definition: string; loc: Loc }[];
  /** Knock-out criteria: `musts` (every Must) and requirement ids; answered No, or 0 on the scale, excludes. */
  knockout: Ref[];
  /** Every Must is a knock-out criterion (the default without `knockout:`). */
  knockoutMusts: boolean;
  /** Years of yearly costs in the total cost; with it, the spec asks for a one-off and a yearly cost. */
  costYears?: number;
  /** Share of the final score given to price, 0..1 (lowest total cost / vendor's total cost x 100). */
  priceWeight?: number;
  currency?: string;
}

export interface Model {
  project?: Project;
  /** The tender's scoring rules, if declared. */
  tender?: Tender;
  personas: Persona[];
  stages: Stage[];
  channels: Channel[];
  touchpoints: Touchpoint[];
  processes: Process[];
  roles: Role[];
  systems: System[];
  data: DataEntity[];
  functions: FunctionReq[];
  kpis: Kpi[];
  scenarios: Scenario[];
  shifts: ShiftPattern[];
  /** Source files that make up the model, in load order (project-relative paths). */
  files: string[];
}

/** The text to show for an element: its display name, or its id. */
export function label(e: { id: string; name?: string }): string {
  return e.name ?? e.id;
}

export function emptyModel(): Model {
  return {
    personas: [],
    stages: [],
    channels: [],
    touchpoints: [],
    processes: [],
    roles: [],
    systems: [],
    data: [],
    functions: [],
    kpis: [],
    scenarios: [],
    shifts: [],
    files: [],
  };
}
