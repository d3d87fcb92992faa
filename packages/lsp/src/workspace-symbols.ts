import { SymbolKind, type WorkspaceSymbol } from 'vscode-languageserver';
import type { SymbolIndex } from './symbols.js';
import { symbolKinds } from './outline.js';
import type { Location } from 'vscode-languageserver';
import { lspTexts, type Loc, type OutputLanguage } from '@ccp/core';

/** Does every character of the query appear in the text, in order (case-insensitive)? As editors filter symbols. */
export function fuzzyMatch(query: string, text: string): boolean {
  const q = query.toLowerCase();
  const t = text.toLowerCase();
  let i = 0;
  for (const ch of t) if (i < q.length && ch === q[i]) i++;
  return i === q.length;
}

/**
 * The declarations of one project that match a workspace/symbol query, by id or display name; steps name their
 * process, the others their kind (in `language`).
 */
export function workspaceSymbols(
  index: SymbolIndex,
  query: string,
  location: (loc: Loc) => Location,
  limit = 500,
  language?: OutputLanguage,
): WorkspaceSymbol[] {
  const t = lspTexts(language);
  const out: WorkspaceSymbol[] = [];
  for (const symbol of index.symbols.values()) {
    const e = symbol.element;
    if (!fuzzyMatch(query, e.id) && !(e.name !== undefined && fuzzyMatch(query, e.name))) continue;
    out.push({
      name: e.name ? `${e.id} — ${e.name}` : e.id,
      kind: symbolKinds[e.kind] ?? SymbolKind.Object,
      location: location(symbol.decl),
      ...(e.kind === 'step' ? { containerName: (e as { process: string }).process } : { containerName: t.kind({ kind: e.kind }) }),
    });
    if (out.length >= limit) break;
  }
  return out;
}
