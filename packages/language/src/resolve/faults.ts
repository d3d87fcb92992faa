import type { Element, ElementKind, Ref } from '@ccp/core';

/**
 * What was written wrong, so that rules say nothing more about it: one finding per mistake. A misspelled
 * `by: konsultant_l` is reported once, as an undefined reference; the rule that checks what the step's role may do
 * stays silent about that step, and so does the rule that wants a backup when `backup:` had a value of the wrong
 * form. The builder notes the fields whose value did not fit (under the field's own name, never an alias), the
 * resolver the references that did not resolve.
 */
export class Faults {
  private readonly refs = new Set<Ref>();
  private readonly fields = new Map<Element, string[]>();
  private readonly suggestions = new Set<string>();
  private readonly unknownKinds = new Set<string>();
  private readonly unknownIds = new Set<string>();
  /** Second declarations of an id by an element of the same kind (a step: in the same process). */
  readonly duplicates = new Set<Element>();

  /** Notes that the element's field had a value of the wrong form. */
  addField(element: Element, field: string): void {
    const list = this.fields.get(element);
    if (list) list.push(field);
    else this.fields.set(element, [field]);
  }

  addRef(ref: Ref): void {
    this.refs.add(ref);
  }

  /** Notes that an unresolved reference to one of `kinds` was probably meant for `id` (its did-you-mean). */
  addSuggestion(kinds: readonly ElementKind[], id: string): void {
    for (const kind of kinds) this.suggestions.add(`${kind}:${id}`);
  }

  /**
   * Whether an unresolved reference was probably meant for this element: then "nothing starts this process" or
   * "no step uses this function" is a follow-on of that typo, not a finding of its own.
   */
  suggested(kind: ElementKind, id: string): boolean {
    return this.suggestions.size > 0 && this.suggestions.has(`${kind}:${id}`);
  }

  /** Whether the element's field had a value of the wrong form (and so was left out of the model). */
  invalid(element: Element, field: string): boolean {
    return this.fields.get(element)?.includes(field) === true;
  }

  /** Whether the reference names nothing, or an element of the wrong kind. */
  unresolved(ref: Ref | undefined): boolean {
    return ref !== undefined && this.refs.size > 0 && this.refs.has(ref);
  }

  /** Whether any of the references names nothing, or an element of the wrong kind. */
  anyUnresolved(refs: readonly Ref[]): boolean {
    if (this.refs.size === 0) return false;
    for (const ref of refs) if (this.refs.has(ref)) return true;
    return false;
  }

  /** Whether the field was invalid or the reference it holds did not resolve: either way it was already reported. */
  broken(element: Element, field: string, ref?: Ref | readonly Ref[]): boolean {
    if (this.invalid(element, field)) return true;
    if (ref === undefined) return false;
    return Array.isArray(ref) ? this.anyUnresolved(ref) : this.unresolved(ref as Ref);
  }

  /**
   * Notes a declaration whose keyword is unknown (`projekt acme { ... }`, reported as such): what it was probably
   * meant as, and its id. "The design declares no project" and references to that id are follow-ons of that mistake.
   */
  addUnknownDeclaration(kind: string | undefined, id: string | undefined): void {
    if (kind !== undefined) this.unknownKinds.add(kind);
    if (id !== undefined) this.unknownIds.add(id);
  }

  /** Whether a declaration with an unknown keyword was probably meant as this kind. */
  misspelledKind(kind: ElementKind): boolean {
    return this.unknownKinds.has(kind);
  }

  /** Whether a declaration with an unknown keyword has this id (so a reference to it is no mistake of its own). */
  misspelledId(id: string): boolean {
    return this.unknownIds.size > 0 && this.unknownIds.has(id);
  }

  /** Takes in the faults one file's builder noted. */
  merge(fields: ReadonlyMap<Element, string[]>): void {
    for (const [element, list] of fields) for (const f of list) this.addField(element, f);
  }
}
