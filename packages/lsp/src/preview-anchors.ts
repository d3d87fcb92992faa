import { Anchors, indexModel, pushAll, registerAnchors, stepKey, type Element, type Loc, type Model, type Step } from '@ccp/core';
import { declaredElements } from './symbols.js';
import type { Connection, Location, Position, TextDocumentIdentifier } from 'vscode-languageserver';
import type { FeatureContext } from './editor-features.js';

/**
 * What the VS Code preview (packages/vscode, src/preview-panel.ts) asks the server: the page anchor of the element
 * under the cursor, and the declaration of the element a page anchor names. The anchors are those of `ccp serve`'s
 * page and of the HTML docs: `process-complaint`, `step-complaint-register`, `role-agent`, as
 * `buildDocsView` (packages/generators/src/docs/docs-view.ts) registers them with `Anchors`
 * (`registerAnchors` of @ccp/core, which both call); test/lsp/preview-anchors.spec.ts compares both on every
 * example.
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

/** The page's anchors of a model, both ways, registered in the order (and with the clash suffixes) of buildDocsView. */
export interface PageAnchors {
  anchorOf(e: Element): string | undefined;
  elementOf(anchor: string): Element | undefined;
}

export function pageAnchors(model: Model): PageAnchors {
  // by kind and id, as the docs register them: a duplicate declaration gets the anchor of the one the page shows
  const keyOf = (e: Element) => (e.kind === 'step' ? `step\u0000${stepKey((e as Step).process, e.id)}` : `${e.kind}\u0000${e.id}`);
  const byElement = new Map<string, string>();
  const byAnchor = new Map<string, Element>();
  for (const { element, anchor } of registerAnchors(indexModel(model), new Anchors())) {
    byElement.set(keyOf(element), anchor);
    byAnchor.set(anchor, element);
  }
  return {
    anchorOf: (e) => byElement.get(keyOf(e)) ?? SECTION_OF[e.kind],
    elementOf: (anchor) => byAnchor.get(anchor),
  };
}

/** Every element of the model with a declaration (steps included), for finding the one at a place. */
function elements(model: Model): Element[] {
  const out = declaredElements(model);
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
