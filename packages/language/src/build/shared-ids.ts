/**
 * One string object per id across all files, for the catalogue's ids (see PendingRefs). The scanner cuts a new
 * string for every occurrence of an id; a file shares them first among its own occurrences (PendingRefs.slot) and
 * then through this table, so that a reference and the declaration it names hold the very same string. Their many
 * later comparisons (the resolver's and the rules' map lookups) then succeed on the address alone, without
 * reading characters from memory long out of cache.
 *
 * The table only ever maps a string to an equal one, so forgetting it changes nothing but speed: it is cleared
 * when it holds `limit` ids, so that a long-running language server does not keep every id ever typed. It keeps
 * copies, never views into a file's text, so it cannot keep old versions of edited files alive either.
 */
const shared = new Map<string, string>();
const limit = 1 << 18;

export function sharedId(text: string): string {
  const known = shared.get(text);
  if (known !== undefined) return known;
  if (shared.size >= limit) shared.clear();
  // V8 may make a substring a view into the text it was cut from; a concatenation, once sliced, is a copy.
  const copy = (' ' + text).slice(1);
  shared.set(copy, copy);
  return copy;
}
