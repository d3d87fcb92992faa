/**
 * Fragment ids for the documents' sections. An anchor is ASCII letters, digits, `_` and `-` only (so it is safe in
 * an `id`, an `href` and a Markdown link without escaping), derived from the element's kind and id: `role-agent`,
 * `step-complaint-register`. Letters with diacritics lose them (`obsługa` -> `obsluga`); other characters become
 * `_`. Clashes get `-2`, `-3`, ... in registration order, which is deterministic.
 */
export class Anchors {
  /** Anchors by kind, then key: no key string is built for a lookup. */
  private readonly byKind = new Map<string, Map<string, string>>();
  private readonly taken = new Set<string>();

  /** Registers `kind`/`key` (first registration wins) and returns its anchor, made from `slugSource`. */
  add(kind: string, key: string, slugSource: string = key): string {
    let ofKind = this.byKind.get(kind);
    if (!ofKind) this.byKind.set(kind, (ofKind = new Map()));
    const known = ofKind.get(key);
    if (known) return known;
    const base = `${kind}-${asciiSlug(slugSource)}`;
    let anchor = base;
    for (let n = 2; this.taken.has(anchor.toLowerCase()); n++) anchor = `${base}-${n}`;
    this.taken.add(anchor.toLowerCase());
    ofKind.set(key, anchor);
    return anchor;
  }

  /** The anchor of a registered element, or undefined (a reference to something not declared). */
  get(kind: string, key: string): string | undefined {
    return this.byKind.get(kind)?.get(key);
  }
}

const special: Record<string, string> = { ł: 'l', Ł: 'L', ß: 'ss', æ: 'ae', Æ: 'AE', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D' };

/** Slugs already made: the same ids come again with every version of a design that `ccp serve` shows. */
const slugs = new Map<string, string>();
const SLUGS_KEPT = 100_000;

/** An ASCII slug of any text: diacritics dropped, anything but `[A-Za-z0-9_-]` replaced by `_`, at most 80 chars. */
export function asciiSlug(text: string): string {
  const known = slugs.get(text);
  if (known !== undefined) return known;
  const slug = makeSlug(text);
  if (slugs.size >= SLUGS_KEPT) slugs.clear();
  slugs.set(text, slug);
  return slug;
}

function makeSlug(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x00-\x7f]/g, (c) => special[c] ?? '_')
    .replace(/[^A-Za-z0-9_-]/g, '_')
    .slice(0, 80);
  return slug === '' ? '_' : slug;
}
