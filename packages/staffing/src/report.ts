import { pushAll, label, type Model, type OutputLanguage, type Role, type Volume } from '@ccp/core';
import { staffingNotes } from './notes.js';
import { round, staffChannel, type StaffingContext } from './channel-staffing.js';
import { addChannelCosts, processCosts } from './cost.js';
import { backOfficeWork } from './back-office.js';
import { channelKpis, kpiFindings } from './kpi-targets.js';
import type { BackOfficeWork, ChannelSummary, KpiFinding, RoleSummary, StaffingReport, StaffingRow } from './types.js';

/** Shrinkage and hours per week from the project, with their defaults (no shrinkage, 40 h; also for 0 h). */
export function staffingContext(model: Model): StaffingContext & { causes: { cause: string; fraction: number }[] } {
  const causes = (model.project?.shrinkage ?? []).map((s) => ({ cause: s.cause, fraction: s.fraction }));
  const total = causes.reduce((sum, s) => sum + s.fraction, 0);
  const hours = model.project?.hoursPerWeek;
  const language = model.project?.outputLanguage;
  return { shrinkage: Math.min(total, 0.95), hoursPerWeek: hours !== undefined && hours > 0 ? hours : 40, causes, ...(language ? { language } : {}) };
}

export interface StaffingOptions {
  /** Staff a month of the seasonality (`jan`..`dec`) instead of the average month. */
  month?: string;
  /** The language of the notes and reasons, over the project's output_language. */
  language?: OutputLanguage;
}

/** Months as seasonality profiles write them. */
export const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;

/**
 * The model with every channel's volume scaled by its seasonality factor for `month` (a month a channel does not
 * list counts as 100%); the seasonality itself is dropped from the copy, since it is now applied.
 */
export function forMonth(model: Model, month: string): Model {
  const m = month.toLowerCase();
  return {
    ...model,
    channels: model.channels.map((c) => {
      const factor = c.seasonality.find((p) => p.at === m)?.fraction ?? 1;
      const volume: Volume = {};
      if (c.volume.perDay !== undefined) volume.perDay = c.volume.perDay * factor;
      if (c.volume.perWeek !== undefined) volume.perWeek = c.volume.perWeek * factor;
      if (c.volume.perMonth !== undefined) volume.perMonth = c.volume.perMonth * factor;
      return { ...c, volume, seasonality: [] };
    }),
  };
}

/**
 * The staffing report of a model: rows per channel and interval, channel totals with cost per contact, people
 * per role up the reporting lines (supervisors from span of control) against declared headcount, and the cost
 * of one case per process. Pure: the same model gives the same report.
 */
export function staffingReport(model: Model, options: StaffingOptions = {}): StaffingReport {
  if (options.month) model = forMonth(model, options.month);
  const ctx = { ...staffingContext(model), ...(options.language ? { language: options.language } : {}) };
  const roles = new Map(model.roles.map((r) => [r.id, r]));
  const rows: StaffingRow[] = [];
  const channels: ChannelSummary[] = [];
  const skipped: { channel: string; reason: string }[] = [];
  const findings: KpiFinding[] = [];
  for (const channel of model.channels) {
    const kpis = channelKpis(model, channel.id);
    const result = staffOrSkip(channel, ctx, kpis);
    if ('skipped' in result) {
      skipped.push({ channel: channel.id, reason: result.skipped });
      continue;
    }
    pushAll(rows, result.rows);
    pushAll(findings, kpiFindings(result.rows, kpis, staffingNotes(ctx.language)));
    addChannelCosts(result.summary, channel.ahtSeconds! / (channel.concurrency! > 1 ? channel.concurrency! : 1), result.summary.role ? roles.get(result.summary.role) : undefined, ctx.hoursPerWeek);
    channels.push(result.summary);
  }
  const backOffice = backOfficeWork(model, ctx);
  return {
    rows,
    summary: {
      ...(options.month ? { month: options.month } : {}),
      shrinkage: round(ctx.shrinkage, 4),
      shrinkageCauses: ctx.causes,
      hoursPerWeek: ctx.hoursPerWeek,
      channels,
      roles: roleSummaries(model.roles, channels, backOffice),
      processes: processCosts(model),
      skipped,
      kpiFindings: findings,
      backOffice,
    },
  };
}

/**
 * People per role: the FTE of the channels it handles, plus, for a role with a span of control, one person per
 * `span` people reporting to it (rounded up), all the way up the reporting lines. Roles that report to a
 * supervisor but answer no channel count with their declared headcount. Only roles that answer a channel or
 * supervise someone are listed.
 */
export function roleSummaries(roles: Role[], channels: ChannelSummary[], backOffice: BackOfficeWork[] = []): RoleSummary[] {
  const channelFte = new Map<string, { fte: number; channels: string[] }>();
  for (const c of channels) {
    if (!c.role) continue;
    const entry = channelFte.get(c.role) ?? { fte: 0, channels: [] };
    entry.fte += c.fte;
    entry.channels.push(c.channel);
    channelFte.set(c.role, entry);
  }
  const backOfficeFte = new Map<string, number>();
  for (const b of backOffice) backOfficeFte.set(b.role, (backOfficeFte.get(b.role) ?? 0) + b.fte);
  // Roles by slot: one per id (the first role declared with it), so the walk below works on arrays, not maps.
  const slotOf = new Map<string, number>();
  const bySlot: Role[] = [];
  for (const r of roles) {
    if (!slotOf.has(r.id)) {
      slotOf.set(r.id, bySlot.length);
      bySlot.push(r);
    }
  }
  const n = bySlot.length;
  // Who reports to whom, as one array of child slots per parent slot (in declaration order), in compressed form.
  const parent = roles.map((r) => (r.reportsTo ? (slotOf.get(r.reportsTo.id) ?? -1) : -1));
  const first = new Int32Array(n + 1);
  for (const p of parent) if (p >= 0) first[p + 1]!++;
  for (let i = 0; i < n; i++) first[i + 1]! += first[i]!;
  const kids = new Int32Array(first[n]!);
  const fill = first.slice(0, n);
  roles.forEach((r, i) => {
    const p = parent[i]!;
    if (p >= 0) kids[fill[p]!++] = slotOf.get(r.id)!;
  });
  const required = new Float64Array(n);
  const reports = new Float64Array(n);
  const state = new Uint8Array(n); // 0 not seen, 1 on the stack, 2 done
  const stack = new Int32Array(n);
  const cursor = new Int32Array(n);
  /**
   * Required people of a role and of the people reporting to it, bottom-up: a depth-first walk with an explicit
   * stack (a reporting line thousands of levels deep cannot overflow the call stack), each role computed once, in
   * time linear in the roles. A role met again while it is on the stack closes a reporting cycle and counts as
   * nobody there.
   */
  const need = (root: number): void => {
    if (state[root] === 2) return;
    let depth = 0;
    stack[0] = root;
    state[root] = 1;
    cursor[root] = first[root]!;
    while (depth >= 0) {
      const s = stack[depth]!;
      if (cursor[s]! < first[s + 1]!) {
        const c = kids[cursor[s]!++]!;
        if (state[c] === 2) reports[s]! += required[c]!;
        else if (state[c] === 0) {
          state[c] = 1;
          cursor[c] = first[c]!;
          stack[++depth] = c;
        }
        continue;
      }
      const role = bySlot[s]!;
      // A role that answers channels or does back-office work needs that FTE; a role that supervises nobody yet
      // counts as declared.
      const work = channelFte.has(role.id) || backOfficeFte.has(role.id) ? (channelFte.get(role.id)?.fte ?? 0) + (backOfficeFte.get(role.id) ?? 0) : undefined;
      const own = work ?? (role.span ? 0 : (role.headcount ?? 0));
      const below = reports[s]!;
      required[s] = own + (role.span && role.span > 0 && below > 0 ? Math.ceil(below / role.span - 1e-9) : 0);
      state[s] = 2;
      depth--;
      if (depth >= 0) reports[stack[depth]!]! += required[s]!;
    }
  };
  const out: RoleSummary[] = [];
  for (const role of roles) {
    const s = slotOf.get(role.id)!;
    need(s);
    const needed = required[s]!;
    const below = reports[s]!;
    if (!channelFte.has(role.id) && !backOfficeFte.has(role.id) && !(role.span && below > 0)) continue;
    out.push({
      role: role.id,
      name: label(role),
      channels: channelFte.get(role.id)?.channels ?? [],
      channelFte: round(channelFte.get(role.id)?.fte ?? 0, 2),
      ...(backOfficeFte.has(role.id) ? { backOfficeFte: round(backOfficeFte.get(role.id)!, 2) } : {}),
      reports: round(below, 2),
      ...(role.span !== undefined ? { span: role.span } : {}),
      required: round(needed, 2),
      ...(role.headcount !== undefined ? { headcount: role.headcount, gap: round(role.headcount - needed, 2) } : {}),
    });
  }
  return out;
}

/** staffChannel, with a load too large to solve (RangeError from solveAgents) reported as a skipped channel. */
function staffOrSkip(channel: Parameters<typeof staffChannel>[0], ctx: StaffingContext, kpis: Parameters<typeof staffChannel>[2]): ReturnType<typeof staffChannel> {
  try {
    return staffChannel(channel, ctx, kpis);
  } catch (error) {
    if (error instanceof RangeError) return { skipped: error.message };
    throw error;
  }
}
