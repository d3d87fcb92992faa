import { indexModel, pushAll, type Element, type Loc, type Model } from '@ccp/core';
import type { Connection, Location, Position, TextDocumentIdentifier } from 'vscode-languageserver';
import type { FeatureContext } from './editor-features.js';

/**
 * What the VS Code preview (packages/vscode, src/preview-panel.ts) asks the server: the page anchor of the element
 * under the cursor, and the declaration of the element a page anchor names. The anchors are those of `ccp serve`'s
 * page and of the HTML docs: `process-complaint`, `step-complaint-register`, `role-agent`, as
 * `buildDocsView` (packages/generators/src/docs/docs-view.ts) registers them with `Anchors`
 * (packages/generators/src/docs/anchors.ts). The server does not depend on the generators (they would triple its
 * bundle), so the rules are repeated here; test/lsp/preview-anchors.spec.ts compares both on every example.
 */
export const PREVIEW_ANCHOR_AT = 'ccp/previewAnchorAt';
export const PREVIEW_ANCHOR_LOCATION = 'ccp/previewAnchorLocation';

export interface AnchorAtParams {
  textDocument: TextDocumentIdentifier;
  position: Position;
}

export interface AnchorLocationParams {
  /** Any file of the project (it chooses the project). */
  textDocument: TextDocumentIdentifier;
  anchor: string;
}

/** The page's section for the kinds without an element of their own. */
const SECTION_OF: Record<string, string> = {
  project: 'overview',
  persona: 'overview',
  stage: 'overview',
  scenario: 'staffing',
  shift: 'staffing',
  tender: 'vendor-spec',
};

const special: Record<string, string> = { ł: 'l', Ł: 'L', ß: 'ss', æ: 'ae', Æ: 'AE', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D' };

/** generators/docs `asciiSlug`: diacritics dropped, anything but `[A-Za-z0-9_-]` replaced by `_`, at most 80 chars. */
export function asciiSlug(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x00-\x7f]/g, (c) => special[c] ?? '_')
    .replace(/[^A-Za-z0-9_-]/g, '_')
    .slice(0, 80);
  return slug === '' ? '_' : slug;
}

/** The page's anchors of a model, both ways, registered in the order (and with the clash suffixes) of buildDocsView. */
export interface PageAnchors {
  anchorOf(e: Element): string | undefined;
  elementOf(anchor: string): Element | undefined;
}

export function pageAnchors(model: Model): PageAnchors {
  const index = indexModel(model);
  const taken = new Set<string>();
  // by kind and id, as the docs register them: a duplicate declaration gets the anchor of the one the page shows
  const keyOf = (e: Element) => (e.kind === 'step' ? `step\u0000${(e as { process: string }).process}\u0000${e.id}` : `${e.kind}\u0000${e.id}`);
  const byElement = new Map<string, string>();
  const byAnchor = new Map<string, Element>();
  const add = (kind: string, e: Element, slugSource: string) => {
    if (byElement.has(keyOf(e))) return;
    const base = `${kind}-${asciiSlug(slugSource)}`;
    let anchor = base;
    for (let n = 2; taken.has(anchor.toLowerCase()); n++) anchor = `${base}-${n}`;
    taken.add(anchor.toLowerCase());
    byElement.set(keyOf(e), anchor);
    byAnchor.set(anchor, e);
  };
  for (const p of index.processes.values()) {
    add('process', p, p.id);
    for (const s of index.steps(p.id).values()) add('step', s, `${p.id}-${s.id}`);
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
    for (const e of map.values()) add(kind, e, e.id);
  }
  return {
    anchorOf: (e) => byElement.get(keyOf(e)) ?? SECTION_OF[e.kind],
    elementOf: (anchor) => byAnchor.get(anchor),
  };
}

/** Every element of the model with a declaration (steps included), for finding the one at a place. */
function elements(model: Model): Element[] {
  const out: Element[] = [
    ...(model.project ? [model.project] : []),
    ...model.personas,
    ...model.stages,
    ...model.channels,
    ...model.touchpoints,
    ...model.processes,
    ...model.roles,
    ...model.systems,
    ...model.data,
    ...model.functions,
    ...model.kpis,
    ...model.scenarios,
    ...(model.tender ? [model.tender] : []),
    ...model.shifts,
  ];
  for (const p of model.processes) pushAll(out, p.steps);
  return out;
}

/** The innermost declaration of `file` whose text holds `offset` (a step rather than its process), or undefined. */
export function elementAt(model: Model, file: string, offset: number): Element | undefined {
  let best: Element | undefined;
  const inside = (l: Loc) => l.file === file && l.start <= offset && offset <= l.end;
  for (const e of elements(model)) {
    if (!inside(e.loc)) continue;
    if (!best || e.loc.end - e.loc.start < best.loc.end - best.loc.start) best = e;
  }
  return best;
}

/** Answers the preview's two requests. */
export function registerPreviewRequests(connection: Connection, ctx: FeatureContext): void {
  const cache = new WeakMap<Model, PageAnchors>();
  const anchorsOf = (model: Model) => {
    let a = cache.get(model);
    if (!a) cache.set(model, (a = pageAnchors(model)));
    return a;
  };
  connection.onRequest(PREVIEW_ANCHOR_AT, (params: AnchorAtParams): string | null => {
    const { state, file, pos } = ctx.current(params.textDocument.uri);
    const model = state.analysis.model;
    const e = elementAt(model, file, pos.offset(params.position));
    return (e && anchorsOf(model).anchorOf(e)) ?? null;
  });
  connection.onRequest(PREVIEW_ANCHOR_LOCATION, (params: AnchorLocationParams): Location | null => {
    if (typeof params.anchor !== 'string') return null;
    const { project, state } = ctx.current(params.textDocument.uri);
    const e = anchorsOf(state.analysis.model).elementOf(params.anchor);
    return e ? ctx.location(project.root, state, e.idLoc) : null;
  });
}
