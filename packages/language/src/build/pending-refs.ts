import type { Element, ElementKind, Process, Ref, Step } from '@ccp/core';
import { ChunkedList } from './chunked-list.js';

/** What only a few references carry (e.g. `system:` of a function, which may name a kind instead of a system). */
export interface RefExtra {
  /** A soft reference is not an error when unresolved. */
  soft?: boolean;
  /** Called when the reference resolves (e.g. to fill a derived value). */
  onResolve?: (target: Element) => void;
  /** Called when a soft reference does not resolve. */
  onUnresolved?: () => void;
}

/** "step 'assess'": how messages name an element (every kind's keyword is its kind). */
export function ownerText(of: Element): string {
  return `${of.kind} '${of.id}'`;
}

/**
 * A reference waiting for the resolver: which kinds it may name, and who wrote it. It holds only what it must and
 * derives the rest: the owner's description and the process of a step reference are computed when asked for.
 */
export class PendingRef {
  constructor(
    readonly ref: Ref,
    readonly kinds: readonly ElementKind[],
    /** The field it was written in, for messages: "'by' of step 'assess'". */
    readonly field: string,
    /** The element whose field it is. */
    readonly of: Element,
    readonly extra: RefExtra | undefined,
  ) {}

  /** Describes the element that wrote it, for messages: "step 'assess'". */
  get owner(): string {
    return ownerText(this.of);
  }

  /** For step references: the process whose steps are searched first. */
  get process(): string | undefined {
    return this.of.kind === 'step' && this.kinds.includes('step') ? this.of.process : undefined;
  }

  get soft(): boolean | undefined {
    return this.extra?.soft;
  }
}

const kindBits: Readonly<Record<ElementKind, number>> = {
  project: 1 << 0,
  persona: 1 << 1,
  stage: 1 << 2,
  channel: 1 << 3,
  touchpoint: 1 << 4,
  process: 1 << 5,
  step: 1 << 6,
  role: 1 << 7,
  system: 1 << 8,
  data: 1 << 9,
  function: 1 << 10,
  kpi: 1 << 11,
  scenario: 1 << 12,
  tender: 1 << 13,
  shift: 1 << 14,
};

/** The mask of an id that no plain reference names (all bits: any kind would do). */
export const unnamed = -1;

/** A set of kinds as the bits of a number. */
export function kindMask(kinds: readonly ElementKind[]): number {
  let mask = 0;
  for (let i = 0; i < kinds.length; i++) mask |= kindBits[kinds[i]!];
  return mask;
}

export function kindBit(kind: ElementKind): number {
  return kindBits[kind];
}

/** A step id given a second time in one process. */
export interface StepDuplicate {
  step: Step;
  first: Step;
}

/**
 * The references of one file, in the order they were written, and a summary that lets the resolver check most of
 * them at once instead of one by one (at 100k steps there are ~700k references, but a file names only a few hundred
 * distinct ids):
 *
 * - plain references (to anything but steps, without callbacks) are summed up per id: the kinds that every
 *   reference to that id accepts. If the id's declaration has such a kind, all of them resolve;
 * - references to steps are looked up among the steps of their own process when that process is finished, while
 *   the file is being built; only those not found there are left to the resolver;
 * - references with callbacks are listed apart, to be resolved one by one.
 *
 * Each reference is kept as a row of parallel lists, not as an object of its own (they all live until the
 * resolver has run, so each object would be copied twice by the garbage collector); `all` and `withExtra` make
 * PendingRef objects only when asked for: by the resolver for a file where something does not resolve, and by
 * editor features.
 */
export class PendingRefs {
  /** Every distinct id of the file, declared or named, in first-use order. */
  readonly ids: string[] = [];
  /** For each of `ids`: the kinds every plain reference to it accepts, as bits; `unnamed` if none names it. */
  readonly masks: number[] = [];
  /** References to steps not found in their own process (or made outside one). */
  unboundSteps = 0;
  /** Step ids given twice, per process of the file (rarely any). */
  stepDuplicates: Map<Process, StepDuplicate[]> | undefined;

  /** Where each id is in `ids`, while the file is being built. */
  private readonly slots = new Map<string, number>();
  // one row per reference
  private readonly refs = new ChunkedList<Ref>();
  private readonly kinds = new ChunkedList<readonly ElementKind[]>();
  private readonly fields = new ChunkedList<string>();
  private readonly owners = new ChunkedList<Element>();
  /** Rows of references with callbacks. */
  private readonly extraRows: number[] = [];
  private extras: Map<number, RefExtra> | undefined;
  /** Rows of the step references of the process being built, bound when it is finished. */
  private readonly stepRows: number[] = [];
  private allRefs: PendingRef[] | undefined;

  /** Where an id is in `ids` (added if new). */
  slot(text: string): number {
    let slot = this.slots.get(text);
    if (slot === undefined) {
      slot = this.ids.length;
      this.slots.set(text, slot);
      this.ids.push(text);
      this.masks.push(unnamed);
    }
    return slot;
  }

  /**
   * Records a reference of `of`, written in `field`, to one of `kinds` (`mask`: the same as bits); `slot` is
   * where its id is in `ids`.
   */
  add(ref: Ref, kinds: readonly ElementKind[], mask: number, field: string, of: Element, extra: RefExtra | undefined, slot: number): void {
    const row = this.refs.length;
    this.refs.push(ref);
    this.kinds.push(kinds);
    this.fields.push(field);
    this.owners.push(of);
    if (extra) {
      (this.extras ??= new Map()).set(row, extra);
      this.extraRows.push(row);
    } else if (kinds.includes('step')) this.stepRows.push(row);
    else this.masks[slot] = this.masks[slot]! & mask;
  }

  /** Every reference, in the order written. */
  get all(): readonly PendingRef[] {
    if (!this.allRefs) {
      this.allRefs = [];
      for (let row = 0; row < this.refs.length; row++) this.allRefs.push(this.at(row));
    }
    return this.allRefs;
  }

  /** The references with callbacks, in the order written. */
  get withExtra(): PendingRef[] {
    return this.extraRows.map((row) => this.at(row));
  }

  private at(row: number): PendingRef {
    return new PendingRef(this.refs.at(row), this.kinds.at(row), this.fields.at(row), this.owners.at(row), this.extras?.get(row));
  }

  /** A process is finished: looks its step references up among its steps, and notes step ids given twice. */
  bindSteps(process: Process): void {
    const steps = process.steps;
    const byId = steps.length > 16 ? new Map<string, Step>() : undefined;
    for (let i = 0; i < steps.length; i++) {
      const step = steps[i]!;
      const first = byId ? byId.get(step.id) : findStep(steps, step.id, i);
      if (first && first !== step) {
        this.stepDuplicates ??= new Map();
        let list = this.stepDuplicates.get(process);
        if (!list) this.stepDuplicates.set(process, (list = []));
        list.push({ step, first });
      } else byId?.set(step.id, step);
    }
    for (const row of this.stepRows) {
      const id = this.refs.at(row).id;
      if (!(byId ? byId.has(id) : findStep(steps, id, steps.length))) this.unboundSteps++;
    }
    this.stepRows.length = 0;
  }

  /** The file is built: step references made outside a process are left to the resolver. */
  finish(): void {
    this.unboundSteps += this.stepRows.length;
    this.stepRows.length = 0;
    this.slots.clear();
  }
}

/** The first of `steps[0..end)` with the id. */
function findStep(steps: readonly Step[], id: string, end: number): Step | undefined {
  for (let i = 0; i < end; i++) if (steps[i]!.id === id) return steps[i];
  return undefined;
}
