import { closest, Codes, emptyModel, type Diagnostic, type Element, type ElementKind, type Model, type Step } from '@ccp/core';
import type { FileModel } from '../build/build-file.js';
import type { PendingRef } from '../build/build-context.js';
import type { DuplicateId, Links, UnresolvedRef } from './links.js';

export interface Resolved {
  model: Model;
  links: Links;
  diagnostics: Diagnostic[];
}

/**
 * Merges the files' elements into one model and binds every reference. Ids are global across kinds (a role and a
 * system cannot share an id); step ids are scoped to their process. The first declaration of an id wins, so a
 * duplicate never hides the original.
 */
export function resolveModel(files: FileModel[], fileOrder: string[]): Resolved {
  const model = emptyModel();
  model.files = fileOrder;
  const diagnostics: Diagnostic[] = [];
  const symbols = new Map<string, Element>();
  const duplicates: DuplicateId[] = [];
  const declare = (e: Element) => {
    const first = symbols.get(e.id);
    if (first) duplicates.push({ kind: e.kind, id: e.id, loc: e.idLoc, firstKind: first.kind, first: first.idLoc });
    else symbols.set(e.id, e);
  };

  for (const f of files) {
    for (const p of f.projects) {
      if (!model.project) {
        model.project = p;
        declare(p);
      } else
        diagnostics.push({
          code: Codes.duplicateProject,
          severity: 'error',
          message: `Only one project may be declared; '${p.id}' is a second one.`,
          loc: p.idLoc,
          related: [{ message: `The project '${model.project.id}' is declared here.`, loc: model.project.idLoc }],
        });
    }
    const m = f.model;
    for (const key of ['personas', 'stages', 'channels', 'touchpoints', 'processes', 'roles', 'systems', 'data', 'functions', 'kpis', 'scenarios'] as const) {
      const target = model[key] as Element[];
      for (const e of m[key] as Element[]) {
        declare(e);
        target.push(e);
      }
    }
  }
  model.stages.forEach((s, i) => (s.order = i));

  // steps: unique per process; a global list for references that cross processes
  const stepsByProcess = new Map<string, Map<string, Step>>();
  const stepHomes = new Map<string, string[]>();
  for (const process of model.processes) {
    if (stepsByProcess.has(process.id)) continue; // a duplicate process; its steps are ignored for lookups
    const steps = new Map<string, Step>();
    for (const step of process.steps) {
      const first = steps.get(step.id);
      if (first) {
        duplicates.push({ kind: 'step', id: step.id, loc: step.idLoc, firstKind: 'step', first: first.idLoc, process: process.id });
        continue;
      }
      steps.set(step.id, step);
      const homes = stepHomes.get(step.id);
      if (homes) homes.push(process.id);
      else stepHomes.set(step.id, [process.id]);
    }
    stepsByProcess.set(process.id, steps);
  }

  const unresolved: UnresolvedRef[] = [];
  const candidatesByKind = new Map<string, string[]>();
  const candidates = (kinds: readonly ElementKind[], process?: string): string[] => {
    if (kinds.includes('step')) return [...(stepsByProcess.get(process ?? '')?.keys() ?? [])];
    const key = kinds.join('|');
    let list = candidatesByKind.get(key);
    if (!list) {
      list = [];
      for (const [id, e] of symbols) if (kinds.includes(e.kind)) list.push(id);
      candidatesByKind.set(key, list);
    }
    return list;
  };
  const fail = (p: PendingRef, foundKind?: ElementKind) => {
    if (p.soft) {
      p.onUnresolved?.();
      return;
    }
    const suggestion = closest(p.ref.id, candidates(p.kinds, p.process));
    unresolved.push({ ref: p.ref, kinds: p.kinds, field: p.field, owner: p.owner, ...(foundKind ? { foundKind } : {}), ...(suggestion ? { suggestion } : {}) });
  };

  for (const f of files) {
    for (const p of f.ctx.refs) {
      if (p.kinds.includes('step')) {
        const own = stepsByProcess.get(p.process ?? '')?.get(p.ref.id);
        if (own) p.onResolve?.(own);
        else if (!stepHomes.has(p.ref.id)) fail(p);
        // found only in another process: the next-crosses-process rule reports it
        continue;
      }
      const target = symbols.get(p.ref.id);
      if (!target) fail(p);
      else if (!p.kinds.includes(target.kind)) fail(p, target.kind);
      else p.onResolve?.(target);
    }
    diagnostics.push(...f.ctx.diagnostics);
  }
  return { model, links: { unresolved, duplicates }, diagnostics };
}
