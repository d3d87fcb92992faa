import { Codes, say, type Diagnostic, type Element, type ElementKind, type FormKey, type Loc, type Ref, type Said, type SingleKey } from '@ccp/core';
import { TokenAtom } from '../syntax/lean-nodes.js';
import type { Atom, FieldNode } from '../syntax/syntax-tree.js';
import { kindMask, ownerText, PendingRefs, type PendingRef, type RefExtra } from './pending-refs.js';
import { WrittenRef } from './written-ref.js';

export { PendingRef, type RefExtra } from './pending-refs.js';

/** Collects diagnostics and pending references while the syntax tree of one file is turned into model elements. */
export class BuildContext {
  readonly diagnostics: Diagnostic[] = [];
  readonly pending = new PendingRefs();
  /** The element being built (its fields are being read), if any. */
  element: Element | undefined = undefined;
  /** The own name (not an alias) of the field being read, if any. */
  field: string | undefined = undefined;
  /** Fields whose value did not fit, per element (see Faults). */
  readonly faults = new Map<Element, string[]>();

  constructor(readonly file: string) {}

  /** The id of an element, noted among the file's ids (see PendingRefs.ids). */
  id(text: string): string {
    this.pending.slot(text);
    return text;
  }

  /** The file is built: what only building needed is let go. */
  finish(): void {
    this.pending.finish();
  }

  /** Every reference of the file, in the order written. */
  get refs(): readonly PendingRef[] {
    return this.pending.all;
  }

  /** Describes the element being built, for messages: "step 'assess'". */
  get owner(): string {
    return this.element ? ownerText(this.element) : '';
  }

  /** Reports an error; `said` is a message from the catalog (`say(key, args)`), so it can follow the language. */
  error(code: string, said: Said, loc: Loc, extra?: Partial<Diagnostic>): void {
    this.diagnostics.push({ code, severity: 'error', message: said.message, loc, ...extra, text: said.text });
  }

  warn(code: string, said: Said, loc: Loc, extra?: Partial<Diagnostic>): void {
    this.diagnostics.push({ code, severity: 'warning', message: said.message, loc, ...extra, text: said.text });
  }

  /** Reports a value of the wrong form (a catalog form, `list` naming the values it may take), with an example. */
  invalid(field: FieldNode, form: FormKey, example: string, loc: Loc = field.loc, list?: string): void {
    this.fault(this.field ?? field.name);
    this.error(Codes.invalidValue, say('fieldExpects', { field: field.name, owner: this.owner, form, example, ...(list !== undefined ? { list } : {}) }), loc);
  }

  /** Reports several values where the field takes one. */
  invalidOne(field: FieldNode, what: SingleKey, example: string, loc: Loc): void {
    this.fault(this.field ?? field.name);
    this.error(Codes.invalidValue, say('fieldExpectsOne', { field: field.name, owner: this.owner, what, example }), loc);
  }

  /** Notes that a field of the element being built had a value of the wrong form (see Faults). */
  fault(field: string): void {
    const element = this.element;
    if (!element) return;
    const list = this.faults.get(element);
    if (list) list.push(field);
    else this.faults.set(element, [field]);
  }

  /**
   * A reference of the element being built to the id an atom spells, where it is written: recorded for the
   * resolver, and returned for the model.
   */
  ref(atom: Atom, kinds: readonly ElementKind[], field: string, extra?: RefExtra): Ref {
    const pending = this.pending;
    const mask = kindMask(kinds);
    const slot = pending.slot(atom.text);
    const id = pending.ids[slot]!;
    let ref: Ref;
    if (atom instanceof TokenAtom) ref = new WrittenRef(id, this.file, atom.start, atom.end);
    else {
      const at = atom.loc;
      ref = new WrittenRef(id, at.file, at.start, at.end);
    }
    pending.add(ref, kinds, mask, field, this.element!, extra, slot);
    return ref;
  }
}
