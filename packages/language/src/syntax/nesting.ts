/** The most atoms before the arrow of a branch: `quantity op value unit share` and some room. */
export const MAX_BRANCH_ATOMS = 8;

/** Blocks nested deeper than this are skipped with one error: no real model needs it, and it bounds recursion. */
export const MAX_NESTING = 32;

/**
 * Which block kinds may stand inside which. The parser uses this only to recover from a missing `}`: when a
 * block that cannot nest here starts (a `process` inside a `step`, a `step` inside a `step`), the enclosing block
 * was not closed. The model builder (build/kinds) is the authority on what each kind contains.
 */
export const topLevelKinds: ReadonlySet<string> = new Set([
  'project',
  'persona',
  'stage',
  'channel',
  'touchpoint',
  'process',
  'role',
  'system',
  'data',
  'function',
  'kpi',
  'scenario',
  'tender',
  'shift',
]);

const children: Readonly<Record<string, ReadonlySet<string>>> = {
  process: new Set(['step']),
  step: new Set(['decide']),
};

/** True when a block of kind `child` can never stand inside a block of kind `parent`. */
export function cannotNest(parent: string, child: string): boolean {
  if (topLevelKinds.has(child)) return true;
  const allowed = Object.hasOwn(children, parent) ? children[parent] : undefined; // not `constructor`, `toString`
  if (allowed?.has(child)) return false;
  // A step in a step (or a decide in a decide) means the outer one was left open; anything else that does not
  // belong (a step in a role) is left to the builder, which says where it belongs.
  return (child === 'step' && (parent === 'step' || parent === 'decide')) || (child === 'decide' && parent === 'decide');
}

/** A keyword that opens a known kind of block (top-level, `step` or `decide`). */
export function isKnownKind(keyword: string): boolean {
  return topLevelKinds.has(keyword) || keyword === 'step' || keyword === 'decide';
}
