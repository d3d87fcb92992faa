import type { Model } from './model.js';

/** Which roles read and which write a data entity through the steps they own. */
export interface DataUse {
  /** Role ids, sorted, whose steps name the data in `reads:`. */
  readBy: string[];
  /** Role ids, sorted, whose steps name the data in `writes:`. */
  writtenBy: string[];
}

/**
 * Who reads and who writes each data entity, from every step's `reads:` and `writes:` and the step's `by:` role
 * (a step without a role adds nothing). Keyed by data id; an entity no step touches is absent. One pass over the
 * steps; the spec's Data sheet, the JSON model and the docs all show this same answer.
 */
export function dataUse(model: Model): Map<string, DataUse> {
  const sets = new Map<string, { read: Set<string>; write: Set<string> }>();
  const at = (id: string) => {
    let s = sets.get(id);
    if (!s) sets.set(id, (s = { read: new Set(), write: new Set() }));
    return s;
  };
  for (const p of model.processes) {
    for (const step of p.steps) {
      const role = step.role?.id;
      if (role === undefined) continue;
      for (const r of step.reads) at(r.id).read.add(role);
      for (const w of step.writes) at(w.id).write.add(role);
    }
  }
  const sorted = (s: Set<string>) => [...s].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const out = new Map<string, DataUse>();
  for (const [id, s] of sets) out.set(id, { readBy: sorted(s.read), writtenBy: sorted(s.write) });
  return out;
}
