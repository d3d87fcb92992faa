/**
 * Appends every item of `items` to `target` and returns `target`. Use it instead of `target.push(...items)`: a
 * spread passes each item as a function argument, and past roughly 100,000 items (125,000 syntax errors, a
 * 100k-row staffing table) that overflows the call stack. `test/hardening/no-spread-arguments.spec.ts` enforces it.
 */
export function pushAll<T>(target: T[], items: readonly T[]): T[] {
  for (const item of items) target.push(item);
  return target;
}

/** The largest of `values` as `Math.max` gives it (NaN if any is NaN), or `empty` when there are none; `Math.max(...values)` overflows the stack on a long list. */
export function maxOf(values: Iterable<number>, empty = -Infinity): number {
  let max = -Infinity;
  let any = false;
  for (const v of values) {
    any = true;
    if (v > max || Number.isNaN(v)) max = v;
  }
  return any ? max : empty;
}

/** The smallest of `values` as `Math.min` gives it (NaN if any is NaN), or `empty` when there are none. */
export function minOf(values: Iterable<number>, empty = Infinity): number {
  let min = Infinity;
  let any = false;
  for (const v of values) {
    any = true;
    if (v < min || Number.isNaN(v)) min = v;
  }
  return any ? min : empty;
}
