/** One row of the staffing report: one channel in one interval. Keys in the contract come first. */
export interface StaffingRow {
  channel: string;
  /** `HH:MM`, `mo HH:MM`, `busy hour` or `mo busy hour`. */
  interval: string;
  intervalSeconds: number;
  /** Contacts offered in the interval. */
  volume: number;
  ahtSeconds: number;
  /** Service-level target in percent (80 for 80% in 20 s); null when the target is an ASA only. */
  targetPercent: number | null;
  /** Seconds of the service-level target, or of the ASA target when there is no service level. */
  targetSeconds: number | null;
  /** Occupancy cap, 0..1, only when the channel sets one. */
  maxOccupancy?: number;
  /** Highest share that may abandon, 0..1, when the channel or a KPI sets one. */
  maxAbandoned?: number;
  /** The fewest agents that meet the target and the cap. */
  agents: number;
  /** Achieved share answered within the target time, 0..1. */
  serviceLevel: number;
  /** Achieved average speed of answer of answered contacts, seconds. */
  asaSeconds: number;
  /** Achieved occupancy, 0..1. */
  occupancy: number;
  /** Agents grossed up for shrinkage: agents / (1 - shrinkage). */
  fte: number;
  /** Offered load in Erlangs (volume x AHT / interval). */
  erlangs: number;
  model: 'erlang-c' | 'erlang-a' | 'deferred';
  /** Share of contacts that abandon: 0 in Erlang C (callers wait as long as it takes) and in deferred work. */
  abandoned: number;
  /** Contacts one agent handles at once, when the channel says (the Erlang model runs on aht / concurrency). */
  concurrency?: number;
  /** Deferred work: work carried into the next interval (contacts), and the oldest item's age at the interval's end. */
  backlog?: number;
  oldestWaitSeconds?: number;
  /** The ASA target, when the channel sets one. */
  targetAsaSeconds?: number;
}

/** A sum of money in one currency ('' when no currency was written). */
export interface Amount {
  amount: number;
  currency: string;
}

/** A KPI the plan does not meet in one interval, with both figures. */
export interface KpiFinding {
  kpi: string;
  channel: string;
  interval: string;
  measure: 'serviceLevel' | 'asa' | 'abandonment' | 'occupancy' | 'deferredTarget';
  /** The KPI's target as written (`<= 5%`). */
  target: string;
  /** The plan's figure (a fraction, or seconds for ASA). */
  planned: number;
  message: string;
}

export interface ChannelSummary {
  channel: string;
  name: string;
  model: 'erlang-c' | 'erlang-a' | 'deferred';
  /** Contacts per week the rows add up to. */
  weeklyContacts: number;
  peakAgents: number;
  peakInterval: string;
  /** Agent hours on the phones (or inbox) per week, before shrinkage. */
  weeklyAgentHours: number;
  /** Full-time employees needed: weekly agent hours / hours per week / (1 - shrinkage). */
  fte: number;
  /** The role the FTE are counted against (the first of `handled_by`). */
  role?: string;
  /** AHT x hourly rate of the handling role. */
  handlingCostPerContact?: Amount;
  /** Paid hours of the FTE (incl. idle time and shrinkage) x rate / weekly contacts. */
  loadedCostPerContact?: Amount;
  /** Assumptions made for this channel, in words. */
  notes: string[];
}

export interface RoleSummary {
  role: string;
  name: string;
  /** Channels whose FTE count against this role. */
  channels: string[];
  /** FTE from channels handled by the role. */
  channelFte: number;
  /** FTE from process steps the role works in the back office (see `summary.backOffice`). */
  backOfficeFte?: number;
  /** People who report to this role (from the roles below it), when it has a span of control. */
  reports: number;
  span?: number;
  /** People needed: channel and back-office FTE, plus ceil(reports / span) for a supervising role. */
  required: number;
  headcount?: number;
  /** headcount - required; negative means short. */
  gap?: number;
}

export interface StepCost {
  step: string;
  role?: string;
  seconds?: number;
  cost?: Amount;
}

export interface ProcessCost {
  process: string;
  name: string;
  steps: StepCost[];
  /** Cost of one case if every costed step runs once, per currency. */
  total: Amount[];
  /** Cheapest and costliest way from the first step to an end (one currency only). */
  cheapest?: Amount;
  costliest?: Amount;
  /**
   * Expected cost of one case, weighting each decision's branches by their shares (`30% -> pay`); only when every
   * way through the process is weighted or single (one currency only).
   */
  expected?: Amount;
  /** Steps without a handling time or without a rate for their role. */
  uncosted: string[];
}

export interface StaffingSummary {
  /** The seasonality month staffed, when one was asked for. */
  month?: string;
  /** Sum of the project's shrinkage causes, 0..1. */
  shrinkage: number;
  shrinkageCauses: { cause: string; fraction: number }[];
  hoursPerWeek: number;
  channels: ChannelSummary[];
  roles: RoleSummary[];
  processes: ProcessCost[];
  /** Channels left out, with the reason. */
  skipped: { channel: string; reason: string }[];
  /** KPIs on a channel's service level, ASA, abandonment or occupancy that the plan misses, per interval. */
  kpiFindings: KpiFinding[];
  /** Back-office work per role from processes' volumes and their steps' times. */
  backOffice: BackOfficeWork[];
}

/** Back-office FTE of a role from one process: cases per week x the expected time of its steps for the role. */
export interface BackOfficeWork {
  process: string;
  role: string;
  casesPerWeek: number;
  /** Expected handling seconds per case for the role (branch shares applied). */
  secondsPerCase: number;
  weeklyHours: number;
  fte: number;
}

/** The staffing report: `rows` is the JSON contract; `summary` adds totals, roles and costs. */
export interface StaffingReport {
  rows: StaffingRow[];
  summary: StaffingSummary;
  /** Set by the caller when the design had errors and the report was made anyway (`--force`): every output says so. */
  designErrors?: number;
}

/** A baseline and a scenario side by side. */
export interface ScenarioComparison {
  scenario: { id: string; name: string; changes: string[] };
  baseline: StaffingReport;
  result: StaffingReport;
  channels: {
    channel: string;
    baselineVolume: number;
    scenarioVolume: number;
    baselinePeakAgents: number;
    scenarioPeakAgents: number;
    baselineFte: number;
    scenarioFte: number;
    deltaFte: number;
  }[];
}

/** One candidate shift of a channel's plan (also those left empty) and the agents planned on it. */
export interface ShiftPatternPlan {
  channel: string;
  /** `pattern day HH:MM`, e.g. `early mo 07:00` or `full-time tu 08:30`. */
  id: string;
  pattern: string;
  day: string;
  start: string;
  lengthSeconds: number;
  /** Paid break, in the middle of the shift: paid, not answering. */
  breakSeconds: number;
  /** Labels of the intervals it covers (`mo 08:00`). */
  covers: string[];
  agents: number;
}

export interface ShiftCoverage {
  channel: string;
  interval: string;
  required: number;
  planned: number;
}

/** `ccp staffing --shifts`: the fewest agents on shift patterns that cover every interval's requirement. */
export interface ShiftReport {
  /** Agents over every channel's plan. */
  total: number;
  channels: {
    channel: string;
    /** `declared` shift patterns, or the `default` set (full time 8 h, part time 4 h on every interval boundary). */
    source: 'declared' | 'default';
    status: 'optimal' | 'infeasible';
    total: number;
    /** Paid hours per week of the agents planned (paid breaks included). */
    paidHours: number;
    /** Intervals with a requirement that no candidate shift covers. */
    uncovered: string[];
    /**
     * `intraday`: each interval's requirement follows the intraday profile. `busy-hour`: the channel has no intraday
     * profile, so every open interval is planned at the busy hour's agents (an upper bound).
     */
    basis: 'intraday' | 'busy-hour';
  }[];
  patterns: ShiftPatternPlan[];
  coverage: ShiftCoverage[];
  skipped: { channel: string; reason: string }[];
}
