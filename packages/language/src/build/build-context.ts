import { Codes, type Diagnostic, type Element, type ElementKind, type Loc, type Ref } from '@ccp/core';
import type { FieldNode } from '../syntax/syntax-tree.js';

/** A reference waiting for the resolver: which kinds it may name, and who wrote it. */
export interface PendingRef {
  ref: Ref;
  kinds: readonly ElementKind[];
  /** The field it was written in, for messages: "'by' of step 'assess'". */
  field: string;
  owner: string;
  /** For step references: the process whose steps are searched first. */
  process?: string;
  /** A soft reference is not an error when unresolved (e.g. `system:` of a function may name a kind instead). */
  soft?: boolean;
  /** Called when the reference resolves (e.g. to fill a derived value). */
  onResolve?: (target: Element) => void;
  /** Called when a soft reference does not resolve. */
  onUnresolved?: () => void;
}

/** Collects diagnostics and pending references while the syntax tree of one file is turned into model elements. */
export class BuildContext {
  readonly diagnostics: Diagnostic[] = [];
  readonly refs: PendingRef[] = [];
  /** Describes the element being built, for messages: "step 'assess'". */
  owner = '';
  /** The process whose steps are being built; step references are looked up there first. */
  process: string | undefined;

  constructor(readonly file: string) {}

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

  ref(ref: Ref, kinds: readonly ElementKind[], field: string, extra?: Partial<PendingRef>): Ref {
    // Built without object spreads: this runs for every reference (~700k at 100k steps).
    const pending: PendingRef = { ref, kinds, field, owner: this.owner };
    if (this.process !== undefined && kinds.includes('step')) pending.process = this.process;
    if (extra) Object.assign(pending, extra);
    this.refs.push(pending);
    return ref;
  }
}
