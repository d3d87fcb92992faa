import type { Element } from './model.js';
import type { ModelIndex } from './model-index.js';

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

/** An element and its anchor, as registerAnchors registered them. */
export interface ElementAnchor {
  kind: string;
  element: Element;
  anchor: string;
}

/**
 * Registers the anchor of every element that has a section of its own in the HTML docs and on `ccp serve`'s page,
 * in their order (which decides the clash suffixes): each process and its steps, then roles, systems, touchpoints,
 * functions, channels, data and KPIs. The docs' view (buildDocsView) and the language server (the VS Code preview)
 * both call this, so the page and the editor agree on every anchor.
 */
export function registerAnchors(index: ModelIndex, anchors: Anchors): ElementAnchor[] {
  const out: ElementAnchor[] = [];
  for (const p of index.processes.values()) {
    out.push({ kind: 'process', element: p, anchor: anchors.add('process', p.id) });
    for (const s of index.steps(p.id).values()) out.push({ kind: 'step', element: s, anchor: anchors.add('step', stepKey(p.id, s.id), `${p.id}-${s.id}`) });
  }
  for (const [kind, map] of [
    ['role', index.roles],
    ['system', index.systems],
    ['touchpoint', index.touchpoints],
    ['function', index.functions],
    ['channel', index.channels],
    ['data', index.data],
    ['kpi', index.kpis],
  ] as const) {
    for (const e of map.values()) out.push({ kind, element: e, anchor: anchors.add(kind, e.id) });
  }
  return out;
}

/** The key a step is registered under in Anchors: its process and its id. */
export function stepKey(processId: string, stepId: string): string {
  return `${processId}\u0000${stepId}`;
}

