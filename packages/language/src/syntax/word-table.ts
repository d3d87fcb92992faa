/**
 * One string per distinct word (identifier or keyword), across every file a process reads.
 *
 * A project names the same few thousand words over and over: field names (`by`, `uses`, `next`), the ids of the
 * catalogue, step ids. Cutting a new string for each of the ~2.5 million words at 100k steps cost an allocation
 * per word, and every map lookup of a new string (field tables, ids, the resolver, the rules) first had to hash its
 * characters. The scanner hashes each word while it reads it anyway, and looks it up here: a word seen before comes
 * back as the very same string, whose hash the engine has already cached, and map lookups compare addresses.
 *
 * The table only ever maps characters to an equal string, so forgetting it changes nothing but speed: it is emptied
 * when it holds `limit` words, so that a long-running language server does not keep every word ever typed. It keeps
 * copies, never views into a file's text, so it cannot keep old versions of edited files alive either.
 */

/** FNV-1a step: the scanner folds each character of a word into its hash with this. */
export function hashStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, 16777619);
}

export const HASH_SEED = 0x811c9dc5 | 0;

/** The hash of `text[start, end)` as the scanner folds it (for tools and tests; the scanner hashes as it reads). */
export function wordHash(text: string, start = 0, end = text.length): number {
  let hash = HASH_SEED;
  for (let i = start; i < end; i++) hash = hashStep(hash, text.charCodeAt(i));
  return hash;
}

const limit = 1 << 18;

let keys: (string | undefined)[] = new Array<string | undefined>(1 << 12).fill(undefined);
let hashes = new Int32Array(1 << 12);
let mask = (1 << 12) - 1;
let size = 0;

/** The one string for `text[start, end)`, whose hash (folded with hashStep from HASH_SEED) is `hash`. */
export function internWord(text: string, start: number, end: number, hash: number): string {
  const length = end - start;
  let i = hash & mask;
  for (;;) {
    const key = keys[i];
    if (key === undefined) break;
    if (hashes[i] === hash && key.length === length && text.startsWith(key, start)) return key;
    i = (i + 1) & mask;
  }
  const word = copyOf(text, start, end);
  if (size >= limit) {
    clear(keys.length);
    i = hash & mask;
  } else if ((size + 1) * 2 > keys.length) {
    grow();
    i = hash & mask;
    while (keys[i] !== undefined) i = (i + 1) & mask;
  }
  keys[i] = word;
  hashes[i] = hash;
  size++;
  return word;
}

/**
 * A copy of the characters, not a view: V8 makes a substring of 13 or more characters a view that keeps the whole
 * text alive; a concatenation, once sliced, is a string of its own.
 */
function copyOf(text: string, start: number, end: number): string {
  const s = text.slice(start, end);
  return end - start < 13 ? s : (' ' + s).slice(1);
}

function clear(capacity: number): void {
  keys = new Array<string | undefined>(capacity).fill(undefined);
  hashes = new Int32Array(capacity);
  mask = capacity - 1;
  size = 0;
}

function grow(): void {
  const oldKeys = keys;
  const oldHashes = hashes;
  clear(oldKeys.length * 2);
  for (let j = 0; j < oldKeys.length; j++) {
    const key = oldKeys[j];
    if (key === undefined) continue;
    let i = oldHashes[j]! & mask;
    while (keys[i] !== undefined) i = (i + 1) & mask;
    keys[i] = key;
    hashes[i] = oldHashes[j]!;
    size++;
  }
}
