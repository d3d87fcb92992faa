/**
 * The fewest agents on a set of candidate shifts that cover every interval's requirement: an integer program
 * (set covering with multiplicities) solved exactly by HiGHS, compiled to WebAssembly (the `highs` package).
 *
 *   minimise  Σ x_j   subject to  Σ_{j covers i} x_j ≥ r_i  for every interval i,  x_j ≥ 0 integer.
 *
 * The objective is a sum of integers, so a plan whose total is within 0.999 of the best bound is the optimum: the
 * solver runs with a relative gap of 0 and an absolute gap of 0.999, which proves the optimum, not approximates it
 * (an absolute gap of 0 asks it to close a fractional gap that no integer plan can, and takes twice as long).
 *
 * Many plans have the fewest agents; when candidates give their paid time, agents then move one by one from a
 * longer shift to a shorter one wherever every interval stays covered (see lessPaid). The agent count stays the
 * proven least; the paid time is improved by that local search, not proven least (an exact second objective made
 * the solve three times slower).
 */

/** One interval to cover: its label (the report's row label), and how many agents it needs. */
export interface CoverInterval {
  label: string;
  required: number;
}

/** One candidate shift: its id and the indexes of the intervals it covers (agents at work, not on a break). */
export interface CoverCandidate {
  id: string;
  covers: number[];
  /** Paid time (any unit): after the fewest agents are found, agents move to shorter shifts where cover allows. */
  paid?: number;
}

export interface CoverSolution {
  status: 'optimal' | 'infeasible';
  /** Agents per candidate, in the candidates' order. */
  agents: number[];
  total: number;
  /** Intervals with a requirement that no candidate covers (left out of the program, planned 0). */
  uncovered: number[];
}

type Highs = { solve(problem: string, options?: Record<string, unknown>): { Status: string; Columns: Record<string, { Primal: number }> } };
let loading: Promise<Highs> | undefined;

/** HiGHS, loaded once (the WebAssembly module is compiled on first use, about 50 ms). */
async function highs(): Promise<Highs> {
  loading ??= import('highs').then((m) => (m.default as unknown as () => Promise<Highs>)());
  return loading;
}

/** The program in CPLEX LP format, the text HiGHS reads. Variables x0..xN, rows r0..rM. */
export function coverProgram(intervals: CoverInterval[], candidates: CoverCandidate[]): { lp: string; uncovered: number[] } {
  const byInterval: number[][] = intervals.map(() => []);
  candidates.forEach((c, j) => c.covers.forEach((i) => byInterval[i]?.push(j)));
  const uncovered: number[] = [];
  const rows: string[] = [];
  intervals.forEach((iv, i) => {
    if (!(iv.required > 0)) return;
    if (!byInterval[i]!.length) return void uncovered.push(i);
    rows.push(` r${i}: ${byInterval[i]!.map((j) => `x${j}`).join(' + ')} >= ${Math.ceil(iv.required - 1e-9)}`);
  });
  const names = candidates.map((_, j) => `x${j}`);
  const objective = names.length ? names.join(' + ') : '0 x0';
  const lp = [
    'Minimize',
    ` agents: ${objective}`,
    'Subject To',
    ...(rows.length ? rows : [' r_none: x0 >= 0']),
    'Bounds',
    ...names.map((n) => ` ${n} >= 0`),
    'General',
    ` ${names.join(' ')}`,
    'End',
  ].join('\n');
  return { lp, uncovered };
}

/** Solves the covering program exactly. Intervals no candidate covers are listed in `uncovered`, not planned. */
export async function solveCover(intervals: CoverInterval[], candidates: CoverCandidate[]): Promise<CoverSolution> {
  if (!candidates.length) {
    return { status: 'optimal', agents: [], total: 0, uncovered: intervals.flatMap((iv, i) => (iv.required > 0 ? [i] : [])) };
  }
  const { lp, uncovered } = coverProgram(intervals, candidates);
  const solver = await highs();
  const result = solver.solve(lp, { mip_rel_gap: 0, mip_abs_gap: 0.999, output_flag: false, threads: 1, random_seed: 0 });
  if (result.Status !== 'Optimal') return { status: 'infeasible', agents: candidates.map(() => 0), total: 0, uncovered };
  const agents = candidates.map((_, j) => Math.round(result.Columns[`x${j}`]?.Primal ?? 0));
  if (candidates.some((c) => c.paid !== undefined)) lessPaid(intervals, candidates, agents);
  return { status: 'optimal', agents, total: agents.reduce((s, x) => s + x, 0), uncovered };
}

/**
 * Moves agents, one at a time, from a candidate to a shorter one (by `paid`) when every interval the first covers and
 * the second does not still has its requirement without that agent; longest shifts first, shortest targets first,
 * until no move is left. The number of agents never changes; every interval stays covered. In place.
 */
export function lessPaid(intervals: CoverInterval[], candidates: CoverCandidate[], agents: number[]): void {
  const planned = intervals.map(() => 0);
  candidates.forEach((c, j) => c.covers.forEach((i) => (planned[i]! += agents[j]!)));
  const need = intervals.map((iv) => Math.max(0, Math.ceil(iv.required - 1e-9)));
  const paid = (j: number) => candidates[j]!.paid ?? 0;
  const n = intervals.length;
  const coverMap = new Uint8Array(candidates.length * n);
  candidates.forEach((c, j) => c.covers.forEach((i) => (coverMap[j * n + i] = 1)));
  // For each candidate, the shorter ones sharing an interval with it, shortest first: the only useful targets (an
  // agent whose every interval can spare them is not in a plan with the fewest agents).
  const byInterval: number[][] = intervals.map(() => []);
  candidates.forEach((c, j) => c.covers.forEach((i) => byInterval[i]?.push(j)));
  const targets = (j: number) => {
    const near = new Set<number>();
    for (const i of candidates[j]!.covers) for (const k of byInterval[i] ?? []) if (paid(k) < paid(j)) near.add(k);
    return [...near].sort((a, b) => paid(a) - paid(b) || a - b);
  };
  const longest = candidates.map((_, j) => j).sort((a, b) => paid(b) - paid(a) || a - b);
  const near = new Map<number, number[]>();
  for (let moved = true; moved; ) {
    moved = false;
    for (const j of longest) {
      if (!(agents[j]! > 0)) continue;
      if (!near.has(j)) near.set(j, targets(j));
      for (const k of near.get(j)!) {
        // As many agents as every interval left behind can spare.
        let m = agents[j]!;
        for (const i of candidates[j]!.covers) if (!coverMap[k * n + i]) m = Math.min(m, planned[i]! - need[i]!);
        if (m <= 0) continue;
        agents[j]! -= m;
        agents[k]! += m;
        for (const i of candidates[j]!.covers) planned[i]! -= m;
        for (const i of candidates[k]!.covers) planned[i]! += m;
        moved = true;
        if (!agents[j]) break;
      }
    }
  }
}
