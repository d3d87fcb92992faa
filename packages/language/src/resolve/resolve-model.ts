import { pushAll, closestWithNote, Codes, say, emptyModel, type Diagnostic, type Element, type ElementKind, type Model, type Process } from '@ccp/core';
import type { FileModel } from '../build/build-file.js';
import { kindBit, unnamed, type PendingRef } from '../build/pending-refs.js';
import { Faults } from './faults.js';
import type { DuplicateId, Links, UnresolvedRef } from './links.js';
import { StepLookup } from './step-lookup.js';

export interface Resolved {
  model: Model;
  links: Links;
  diagnostics: Diagnostic[];
}

const kindLists = ['personas', 'stages', 'channels', 'touchpoints', 'processes', 'roles', 'systems', 'data', 'functions', 'kpis', 'scenarios', 'shifts'] as const;

/**
 * Merges the files' elements into one model and binds every reference. Ids are global across kinds (a role and a
 * system cannot share an id); step ids are scoped to their process. The first declaration of an id wins, so a
 * duplicate never hides the original.
 *
 * References are checked a file at a time from the summary the builder made (see PendingRefs): one lookup per
 * distinct id, steps already looked up in their process. Only a file where something does not resolve, or whose
 * process repeats an earlier process's id, is gone through reference by reference, in the order written, so the
 * unresolved references come out in that order.
 */
export function resolveModel(files: FileModel[], fileOrder: string[]): Resolved {
  const model = emptyModel();
  model.files = fileOrder;
  const diagnostics: Diagnostic[] = [];
  const faults = new Faults();
  const symbols = new Map<string, Element>();
  const duplicates: DuplicateId[] = [];
  /** Elements whose id an earlier element of another kind already has: references of their kind still find them. */
  const shadowed = new Map<string, Element[]>();
  const declare = (e: Element) => {
    const first = symbols.get(e.id);
    if (first) {
      duplicates.push({ kind: e.kind, id: e.id, loc: e.idLoc, firstKind: first.kind, first: first.idLoc });
      if (first.kind === e.kind) faults.duplicates.add(e);
      else {
        const list = shadowed.get(e.id);
        if (list) list.push(e);
        else shadowed.set(e.id, [e]);
      }
    } else symbols.set(e.id, e);
  };


  for (const f of files) for (const u of f.unknown) faults.addUnknownDeclaration(u.kind, u.id);
  for (const f of files) {
    for (const p of f.projects) {
      if (!model.project) {
        model.project = p;
        declare(p);
      } else
        diagnostics.push({
          code: Codes.duplicateProject,
          severity: 'error',
          ...say('secondProject', { id: p.id }),
          loc: p.idLoc,
          related: [{ ...say('projectHere', { id: model.project.id }), loc: model.project.idLoc }],
        });
    }
    for (const t of f.tenders) {
      if (!model.tender) {
        model.tender = t;
        declare(t);
      } else
        diagnostics.push({
          code: Codes.duplicateProject,
          severity: 'error',
          ...say('secondTender', { id: t.id }),
          loc: t.idLoc,
          related: [{ ...say('tenderHere', { id: model.tender.id }), loc: model.tender.idLoc }],
        });
    }
    const m = f.model;
    for (const key of kindLists) {
      const target = model[key] as Element[];
      for (const e of m[key] as Element[]) {
        declare(e);
        target.push(e);
      }
    }
  }
  model.stages.forEach((s, i) => (s.order = i));

  // Steps are unique per process; the first process of an id holds the steps that references find.
  const firstProcess = new Map<string, Process>();
  for (const process of model.processes) if (!firstProcess.has(process.id)) firstProcess.set(process.id, process);
  for (const f of files) {
    const repeated = f.ctx.pending.stepDuplicates;
    if (!repeated) continue;
    for (const process of f.model.processes) {
      if (firstProcess.get(process.id) !== process) continue; // a duplicate process; its steps are ignored
      for (const { step, first } of repeated.get(process) ?? []) {
        faults.duplicates.add(step);
        duplicates.push({ kind: 'step', id: step.id, loc: step.idLoc, firstKind: 'step', first: first.idLoc, process: process.id });
      }
    }
  }
  const steps = new StepLookup(firstProcess);

  const unresolved: UnresolvedRef[] = [];
  const candidatesByKind = new Map<string, string[]>();
  const candidates = (kinds: readonly ElementKind[], process?: string): string[] => {
    if (kinds.includes('step')) return [...(steps.of(process ?? '')?.keys() ?? [])];
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
      p.extra?.onUnresolved?.();
      return;
    }
    faults.addRef(p.ref);
    // the id's declaration has an unknown keyword, already reported: the reference is no mistake of its own
    if (faults.misspelledId(p.ref.id)) return;
    const near = closestWithNote(p.ref.id, candidates(p.kinds, p.process));
    const u: UnresolvedRef = { ref: p.ref, kinds: p.kinds, field: p.field, owner: p.owner };
    if (foundKind) u.foundKind = foundKind;
    if (near) {
      u.suggestion = near.id;
      faults.addSuggestion(p.kinds, near.id);
    }
    if (near?.note) u.difference = near.note;
    if (near?.difference) u.differenceOf = near.difference;
    unresolved.push(u);
  };
  const resolveOne = (p: PendingRef) => {
    if (p.kinds.includes('step')) {
      const own = steps.of(p.process ?? '')?.get(p.ref.id);
      if (own) p.extra?.onResolve?.(own);
      else if (!steps.isDeclared(p.ref.id)) fail(p);
      // found only in another process: the next-crosses-process rule reports it
      return;
    }
    let target = symbols.get(p.ref.id);
    // an id declared twice, by elements of two kinds: the duplicate-id finding says it all, and a reference that
    // wants the second one's kind finds it
    if (target && !p.kinds.includes(target.kind)) target = shadowed.get(p.ref.id)?.find((e) => p.kinds.includes(e.kind)) ?? target;
    if (!target) fail(p);
    else if (!p.kinds.includes(target.kind)) fail(p, target.kind);
    else p.extra?.onResolve?.(target);
  };
  /** Whether every reference of the file resolves, judged from the builder's summary. */
  const allResolve = (f: FileModel) => {
    const pending = f.ctx.pending;
    if (pending.unboundSteps > 0) return false;
    for (const p of pending.withExtra) if (!p.soft) return false;
    for (const process of f.model.processes) if (firstProcess.get(process.id) !== process) return false;
    const { ids, masks } = pending;
    for (let i = 0; i < ids.length; i++) {
      const mask = masks[i]!;
      if (mask === unnamed) continue; // declared in the file, named by no plain reference
      const target = symbols.get(ids[i]!);
      if (!target || (mask & kindBit(target.kind)) === 0) return false;
    }
    return true;
  };

  for (const f of files) {
    const pending = f.ctx.pending;
    if (allResolve(f)) for (const p of pending.withExtra) resolveOne(p);
    else for (const p of pending.all) resolveOne(p);
    pushAll(diagnostics, f.ctx.diagnostics);
    faults.merge(f.ctx.faults);
  }
  return { model, links: { unresolved, duplicates, faults }, diagnostics };
}
