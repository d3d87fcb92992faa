import type { Element, ElementKind, Loc, Model } from '@ccp/core';
import type { AnalysisCache } from '@ccp/language';

/** One named thing: a declaration and everything that refers to it. Steps are keyed within their process. */
export interface SymbolInfo {
  key: string;
  element: Element;
  /** The declaration's id. */
  decl: Loc;
  refs: { loc: Loc; owner: string; field: string }[];
}

/** A place in a file where a symbol's id is written (its declaration or a reference). */
export interface Occurrence {
  loc: Loc;
  key: string;
  decl: boolean;
}

export interface SymbolIndex {
  symbols: Map<string, SymbolInfo>;
  /** Occurrences per project-relative file, sorted by start. */
  occurrences: Map<string, Occurrence[]>;
}

export const stepKey = (process: string, id: string) => `step:${process}:${id}`;

/** The references the builder recorded for each file (kept in the analysis cache). */
interface PendingRefLike {
  ref: { id: string; loc: Loc };
  kinds: readonly ElementKind[];
  field: string;
  owner: string;
  process?: string;
}

function pendingRefs(cache: AnalysisCache, file: string): readonly PendingRefLike[] {
  const entry = cache.entries.get(file) as { built?: { ctx: { refs: PendingRefLike[] } } } | undefined;
  return entry?.built?.ctx.refs ?? [];
}

/** Every declared element but steps, in the model's order (the design's order). */
export function declaredElements(model: Model): Element[] {
  return [
    ...(model.project ? [model.project] : []),
    ...model.personas,
    ...model.stages,
    ...model.channels,
    ...model.touchpoints,
    ...model.processes,
    ...model.roles,
    ...model.systems,
    ...model.data,
    ...model.functions,
    ...model.kpis,
    ...model.scenarios,
    ...(model.tender ? [model.tender] : []),
    ...model.shifts,
  ];
}

/**
 * Builds the cross-reference index of a project: every declaration (first one wins, as in the resolver) and every
 * reference bound to it. References to steps are looked up in their own process first, then in any process.
 */
export function indexSymbols(model: Model, cache: AnalysisCache): SymbolIndex {
  const symbols = new Map<string, SymbolInfo>();
  const occurrences = new Map<string, Occurrence[]>();
  const stepHomes = new Map<string, string>();
  const add = (o: Occurrence) => {
    let list = occurrences.get(o.loc.file);
    if (!list) occurrences.set(o.loc.file, (list = []));
    list.push(o);
  };
  const declare = (key: string, element: Element) => {
    if (!symbols.has(key)) symbols.set(key, { key, element, decl: element.idLoc, refs: [] });
    add({ loc: element.idLoc, key, decl: true });
  };
  const all = declaredElements(model);
  for (const e of all) declare(e.id, e);
  for (const p of model.processes) {
    for (const s of p.steps) {
      declare(stepKey(p.id, s.id), s);
      if (!stepHomes.has(s.id)) stepHomes.set(s.id, p.id);
    }
  }
  for (const file of model.files) {
    for (const r of pendingRefs(cache, file)) {
      let key = r.ref.id;
      if (r.kinds.includes('step')) {
        key = stepKey(r.process ?? '', r.ref.id);
        if (!symbols.has(key)) {
          const home = stepHomes.get(r.ref.id);
          if (home !== undefined) key = stepKey(home, r.ref.id);
        }
      }
      const symbol = symbols.get(key);
      if (!symbol) continue;
      symbol.refs.push({ loc: r.ref.loc, owner: r.owner, field: r.field });
      add({ loc: r.ref.loc, key, decl: false });
    }
  }
  for (const list of occurrences.values()) list.sort((a, b) => a.loc.start - b.loc.start);
  return { symbols, occurrences };
}

/** The occurrence under an offset (the cursor may stand just after the id). */
export function occurrenceAt(index: SymbolIndex, file: string, offset: number): Occurrence | undefined {
  const list = index.occurrences.get(file);
  if (!list) return undefined;
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const o = list[mid]!;
    if (offset < o.loc.start) hi = mid - 1;
    else if (offset > o.loc.end) lo = mid + 1;
    else return o;
  }
  return undefined;
}
