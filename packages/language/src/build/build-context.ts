import { Codes, type Diagnostic, type Element, type ElementKind, type Loc, type Ref } from '@ccp/core';
import type { Atom, FieldNode } from '../syntax/syntax-tree.js';
import { ownerText, PendingRef, PendingRefs, type RefExtra } from './pending-refs.js';
import { sharedId } from './shared-ids.js';

export { PendingRef, type RefExtra } from './pending-refs.js';

/** Collects diagnostics and pending references while the syntax tree of one file is turned into model elements. */
export class BuildContext {
  readonly diagnostics: Diagnostic[] = [];
  readonly pending = new PendingRefs();
  /** The element being built (its fields are being read), if any. */
  element: Element | undefined = undefined;

  /** One string per distinct id of the file (see `id`). */
  private readonly ids = new Map<string, string>();

  constructor(readonly file: string) {}

  /**
   * The one string for an id (see shared-ids.ts). A file has a few hundred distinct ids but thousands of
   * occurrences: they are looked up here first, in a small table that stays in cache.
   */
  id(text: string): string {
    let id = this.ids.get(text);
    if (id === undefined) this.ids.set(text, (id = sharedId(text)));
    return id;
  }

  /** The file is built: what only building needed is let go. */
  finish(): void {
    this.pending.finish();
    this.ids.clear();
  }

  /** A reference to the id an atom spells, where it is written. */
  refTo(atom: Atom): Ref {
    return { id: this.id(atom.text), loc: atom.loc };
  }

  /** Every reference of the file, in the order written. */
  get refs(): readonly PendingRef[] {
    return this.pending.all;
  }

  /** Describes the element being built, for messages: "step 'assess'". */
  get owner(): string {
    return this.element ? ownerText(this.element) : '';
  }

  error(code: string, message: string, loc: Loc, extra?: Partial<Diagnostic>): void {
    this.diagnostics.push({ code, severity: 'error', message, loc, ...extra });
  }

  warn(code: string, message: string, loc: Loc, extra?: Partial<Diagnostic>): void {
    this.diagnostics.push({ code, severity: 'warning', message, loc, ...extra });
  }

  /** Reports a value of the wrong form, with an example of the right one. */
  invalid(field: FieldNode, expected: string, example: string, loc: Loc = field.loc): void {
    this.error(
      Codes.invalidValue,
      `Field '${field.name}' of ${this.owner} expects ${expected}, e.g. '${field.name}: ${example}'.`,
      loc,
    );
  }

  /** Records a reference of the element being built for the resolver, and returns it. */
  ref(ref: Ref, kinds: readonly ElementKind[], field: string, extra?: RefExtra): Ref {
    this.pending.add(new PendingRef(ref, kinds, field, this.element!, extra));
    return ref;
  }
}
