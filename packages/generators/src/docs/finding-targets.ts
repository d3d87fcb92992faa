import { stepKey, type Loc, type Model } from '@ccp/core';

/** An element a finding can point at: its kind and key as registered in Anchors, and where it is declared. */
export interface Declared {
  kind: string;
  key: string;
  loc: Loc;
}

/**
 * Finds, for a position in a file, the innermost declared element that contains it (a step before its process),
 * so a finding can link to the section that shows the element. Elements are sorted by start per file; the scan
 * walks back from the last element starting at or before the position and stops at the first that contains it.
 */
export class ElementLocator {
  private readonly byFile = new Map<string, Declared[]>();

  constructor(model: Model) {
    const add = (d: Declared) => {
      const list = this.byFile.get(d.loc.file);
      if (list) list.push(d);
      else this.byFile.set(d.loc.file, [d]);
    };
    for (const p of model.processes) {
      add({ kind: 'process', key: p.id, loc: p.loc });
      for (const s of p.steps) add({ kind: 'step', key: stepKey(p.id, s.id), loc: s.loc });
    }
    const simple: [string, { id: string; loc: Loc }[]][] = [
      ['role', model.roles],
      ['system', model.systems],
      ['touchpoint', model.touchpoints],
      ['function', model.functions],
      ['channel', model.channels],
      ['data', model.data],
      ['kpi', model.kpis],
    ];
    for (const [kind, list] of simple) for (const e of list) add({ kind, key: e.id, loc: e.loc });
    for (const list of this.byFile.values()) list.sort((a, b) => a.loc.start - b.loc.start || b.loc.end - a.loc.end);
  }

  /** The innermost element containing `offset` in `file`, or undefined. */
  at(file: string, offset: number): Declared | undefined {
    const list = this.byFile.get(file);
    if (!list) return undefined;
    let lo = 0;
    let hi = list.length - 1;
    let last = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]!.loc.start <= offset) {
        last = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    for (let i = last; i >= 0; i--) {
      const d = list[i]!;
      if (d.loc.start <= offset && offset < d.loc.end) return d;
    }
    return undefined;
  }
}
