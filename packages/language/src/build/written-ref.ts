import type { Loc, Ref } from '@ccp/core';

/**
 * A reference as the builder makes it: the id and the offsets where it was written, with the `Loc` made when
 * asked for. References are most of what a model holds (~700k at 100k steps) and all of them live to the end of
 * a run, so the garbage collector copies each one twice; without a `Loc` object of its own, a reference is one
 * object to copy instead of two. Rules and generators read `loc` only for the references they report or show.
 */
export class WrittenRef implements Ref {
  // private fields: code that walks a model's own properties (or JSON.stringify, through toJSON) sees `{ id, loc }`
  readonly #file: string;
  readonly #start: number;
  readonly #end: number;

  constructor(
    readonly id: string,
    file: string,
    start: number,
    end: number,
  ) {
    this.#file = file;
    this.#start = start;
    this.#end = end;
  }

  get loc(): Loc {
    return { file: this.#file, start: this.#start, end: this.#end };
  }

  toJSON(): Ref {
    return { id: this.id, loc: this.loc };
  }
}
