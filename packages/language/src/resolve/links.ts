import type { Faults } from './faults.js';
import type { ElementKind, IdDifference, Loc, Ref } from '@ccp/core';

/** A reference that names nothing, or something of the wrong kind. The `undefined-reference` rule reports these. */
export interface UnresolvedRef {
  ref: Ref;
  kinds: readonly ElementKind[];
  field: string;
  owner: string;
  /** When the id exists but names another kind of element. */
  foundKind?: ElementKind;
  /** A declared id of the right kind that is close in spelling. */
  suggestion?: string;
  /** When the suggestion differs only in letter case, Unicode form or accents: that difference, as a sentence. */
  difference?: string;
  /** The same difference, for a message in the project's language (the catalog's `difference`). */
  differenceOf?: IdDifference;
}

/** An id declared more than once. The `duplicate-id` rule reports these. */
export interface DuplicateId {
  kind: ElementKind;
  id: string;
  loc: Loc;
  firstKind: ElementKind;
  first: Loc;
  /** For steps: the process they belong to. */
  process?: string;
}

/** What the resolver found about names, for the rules that report it. */
export interface Links {
  unresolved: UnresolvedRef[];
  duplicates: DuplicateId[];
  /** What was already reported as written wrong, for rules to stay silent about (one finding per mistake). */
  faults: Faults;
}
