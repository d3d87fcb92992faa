#!/usr/bin/env python3
"""ccp's shift plan (HiGHS, exact) beside OR-Tools CP-SAT solving the same requirement the way pyworkforce does.

pyworkforce's MinRequiredResources (pyworkforce/scheduling/min_required_resources.py) builds, per day d and shift s,
an integer variable resources[d][s] >= 0, asks that for every period p of every day the shifts covering it add up to
at least the requirement, minimises the sum of cost x resources (cost 1 per shift here, as ccp counts agents), and
solves it with CP-SAT (its defaults: 2 search workers, a 240 s limit). pyworkforce itself is not on this machine's
pip mirror (and pins an old ortools), so this script writes that model with OR-Tools directly, for the very same
candidates and requirement ccp used: it reads them from `ccp staffing --shifts --format json` (each candidate's
`covers`, each interval's `required`), so both solvers see the same matrix.

    python3 scripts/peers/shift-compare.py            # the bench instance (24/7 week, 50 patterns) and a 12 h week
Needs: `pip install ortools`, and a built worktree (`pnpm build`).
"""
import json
import os
import subprocess
import sys
import tempfile
import time

from ortools.sat.python import cp_model

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CCP = os.path.join(ROOT, "packages", "cli", "bin", "ccp.js")

PROFILE = ", ".join(f"{h:02d}:00 {share}%" for h, share in zip(range(8, 20), [5, 9, 11, 11, 9, 8, 9, 9, 8, 8, 7, 6]))
DEFAULT_SET = f"""channel phone {{
  volume: 1200/day
  aht: 5m
  hours: "Mo-Fr 08:00-20:00; Sa 09:00-13:00"
  intraday: {PROFILE}
  interval: 30m
  service_level: 80% in 20s
}}
"""


def ccp_plan(source):
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "model.ccp")
        with open(path, "w", encoding="utf-8") as f:
            f.write(source)
        t = time.perf_counter()
        out = subprocess.run(["node", CCP, "staffing", path, "--shifts", "--format", "json"], check=True, capture_output=True, text=True).stdout
        return json.loads(out)["shifts"], time.perf_counter() - t


def cp_sat(shifts):
    coverage = shifts["coverage"]
    index = {c["interval"]: i for i, c in enumerate(coverage)}
    model = cp_model.CpModel()
    top = max(c["required"] for c in coverage) or 1
    x = [model.NewIntVar(0, top, p["id"]) for p in shifts["patterns"]]
    covering = [[] for _ in coverage]
    for j, p in enumerate(shifts["patterns"]):
        for label in p["covers"]:
            covering[index[label]].append(x[j])
    for i, c in enumerate(coverage):
        if c["required"] > 0 and covering[i]:
            model.Add(sum(covering[i]) >= c["required"])
    model.Minimize(sum(x))
    solver = cp_model.CpSolver()
    solver.parameters.num_search_workers = 2
    solver.parameters.max_time_in_seconds = 240.0
    t = time.perf_counter()
    status = solver.Solve(model)
    return solver.StatusName(status), int(solver.ObjectiveValue()), time.perf_counter() - t


def main():
    bench = subprocess.run(["node", os.path.join(ROOT, "scripts", "bench", "shift-plan.mjs"), "--source"], check=True, capture_output=True, text=True).stdout
    cases = [("24/7 week, 30-min intervals, 50 declared patterns", bench), ("Mo-Fr 08-20 + Sa 09-13, default set", DEFAULT_SET)]
    print("| case | intervals | candidates | ccp (HiGHS) agents | ccp whole process | CP-SAT agents | CP-SAT status | CP-SAT solve |")
    print("|---|---:|---:|---:|---:|---:|---|---:|")
    for name, source in cases:
        shifts, ccp_seconds = ccp_plan(source)
        status, agents, seconds = cp_sat(shifts)
        print(f"| {name} | {len(shifts['coverage'])} | {len(shifts['patterns'])} | {shifts['total']} | {ccp_seconds:.2f} s | {agents} | {status} | {seconds:.2f} s |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
