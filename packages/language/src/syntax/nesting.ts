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
]);

const children: Readonly<Record<string, ReadonlySet<string>>> = {
  process: new Set(['step']),
  step: new Set(['decide']),
};

/** True when a block of kind `child` can never stand inside a block of kind `parent`. */
export function cannotNest(parent: string, child: string): boolean {
  if (topLevelKinds.has(child)) return true;
  const allowed = children[parent];
  if (allowed?.has(child)) return false;
  // `step` and `decide` are known to belong elsewhere; unknown kinds are left to the builder to report.
  return child === 'step' || child === 'decide';
}
