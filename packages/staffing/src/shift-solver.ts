/**
 * The fewest agents on a set of candidate shifts that cover every interval's requirement: an integer program
 * (set covering with multiplicities) solved exactly by HiGHS, compiled to WebAssembly (the `highs` package).
 *
 *   minimise  Σ x_j   subject to  Σ_{j covers i} x_j ≥ r_i  for every interval i,  x_j ≥ 0 integer.
 *
 * The objective is a sum of integers, so a plan whose total is within 0.999 of the best bound is the optimum: the
 * solver runs with a relative gap of 0 and an absolute gap of 0.999, which proves the optimum, not approximates it
 * (an absolute gap of 0 asks it to close a fractional gap that no integer plan can, and takes twice as long).
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
  return { status: 'optimal', agents, total: agents.reduce((s, x) => s + x, 0), uncovered };
}
