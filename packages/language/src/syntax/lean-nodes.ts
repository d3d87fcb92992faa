import type { Loc } from '@ccp/core';
import type { Atom, AtomType, FieldNode, ValueNode } from './syntax-tree.js';

/**
 * Syntax nodes of the fast path (fast-parser.ts) that keep offsets and make their `Loc` objects only when asked.
 *
 * A field and its values are most of a file: at 100k steps ~1.1 million fields and ~1.5 million values. As plain
 * objects each field with one value took ten objects (node, name location, location, list of values, value,
 * list of atoms, atom, atom location, ...), half of all the memory a run allocated, and all of it garbage as soon
 * as the file was built. These classes implement the same interfaces (syntax-tree.ts) with two: a field and an
 * atom that stands for the whole value when it is the only one.
 */

/**
 * A token of a value; when a value is this one atom, the atom is also the value (`atoms` is itself). Readers that
 * run for every value use `firstAtom` and `atomCount`, which need no list. Its file is a private field, so that
 * code walking a tree's own properties does not mistake it for a location.
 */
export class TokenAtom implements Atom, ValueNode {
  readonly #file: string;

  constructor(
    readonly type: AtomType,
    readonly text: string,
    file: string,
    /** Offsets of the token: `loc` without making it. */
    public start: number,
    public end: number,
  ) {
    this.#file = file;
  }

  get loc(): Loc {
    return { file: this.#file, start: this.start, end: this.end };
  }

  get atoms(): Atom[] {
    return [this];
  }

  /** Moves the atom by `delta` characters (the language server's incremental parse, after an edit above it). */
  moveBy(delta: number): void {
    this.start += delta;
    this.end += delta;
  }
}

/**
 * `name: value, value`: the name's and the field's locations are made when asked for, and so is the list of a
 * field with one value (most fields). Readers that run for every field use `valueCount` and `valueAt`.
 */
export class LeanField implements FieldNode {
  readonly type = 'field';
  /** The one value, or the list of several. */
  readonly #values: ValueNode | ValueNode[];
  readonly #file: string;
  #start: number;
  #nameEnd: number;
  #end: number;

  constructor(
    readonly name: string,
    values: ValueNode | ValueNode[],
    file: string,
    start: number,
    nameEnd: number,
    end: number,
  ) {
    this.#values = values;
    this.#file = file;
    this.#start = start;
    this.#nameEnd = nameEnd;
    this.#end = end;
  }

  get values(): ValueNode[] {
    const values = this.#values;
    return Array.isArray(values) ? values : [values];
  }

  valueCount(): number {
    const values = this.#values;
    return Array.isArray(values) ? values.length : 1;
  }

  valueAt(i: number): ValueNode | undefined {
    const values = this.#values;
    return Array.isArray(values) ? values[i] : i === 0 ? values : undefined;
  }

  get nameLoc(): Loc {
    return { file: this.#file, start: this.#start, end: this.#nameEnd };
  }

  get loc(): Loc {
    return { file: this.#file, start: this.#start, end: this.#end };
  }

  /** Moves the field and its values by `delta` characters (see TokenAtom.moveBy). */
  moveBy(delta: number): void {
    this.#start += delta;
    this.#nameEnd += delta;
    this.#end += delta;
  }
}

/** How many atoms a value has, without making the list of a one-atom value. */
export function atomCount(value: ValueNode): number {
  return value instanceof TokenAtom ? 1 : value.atoms.length;
}

/** The first atom of a value, without making the list of a one-atom value. */
export function firstAtom(value: ValueNode): Atom {
  return value instanceof TokenAtom ? value : value.atoms[0]!;
}

/** How many values a field has, without making the list of a one-value field. */
export function valueCount(field: FieldNode): number {
  return field instanceof LeanField ? field.valueCount() : field.values.length;
}

/** Value i of a field, without making the list of a one-value field. */
export function valueAt(field: FieldNode, i: number): ValueNode | undefined {
  return field instanceof LeanField ? field.valueAt(i) : field.values[i];
}
