import { lspTexts, type LspTexts, type OutputLanguage } from '@ccp/core';
import type { BlockNode, SyntaxFile } from '@ccp/language';
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import type { Positions } from './positions.js';

/** The symbol kind of each declaration keyword (also the model's element kind), for the outline and workspace symbols. */
export const symbolKinds: Record<string, SymbolKind> = {
  project: SymbolKind.Package,
  persona: SymbolKind.Object,
  stage: SymbolKind.EnumMember,
  channel: SymbolKind.Event,
  touchpoint: SymbolKind.Interface,
  process: SymbolKind.Module,
  step: SymbolKind.Method,
  decide: SymbolKind.Operator,
  role: SymbolKind.Class,
  system: SymbolKind.Interface,
  data: SymbolKind.Struct,
  function: SymbolKind.Function,
  kpi: SymbolKind.Constant,
  scenario: SymbolKind.Namespace,
  tender: SymbolKind.Object,
  shift: SymbolKind.Property,
};

function symbolOf(block: BlockNode, pos: Positions, t: LspTexts): DocumentSymbol {
  const children = block.items.filter((i): i is BlockNode => i.type === 'block').map((b) => symbolOf(b, pos, t));
  return {
    name: block.id ?? block.name ?? block.keyword,
    ...(block.name !== undefined || block.id !== undefined ? { detail: t.element({ kind: block.keyword, ...(block.name ? { name: block.name } : {}) }) } : {}),
    kind: symbolKinds[block.keyword] ?? SymbolKind.Object,
    range: pos.range(block.loc),
    selectionRange: pos.range(block.idLoc ?? block.keywordLoc),
    ...(children.length ? { children } : {}),
  };
}

/** The outline of a file: its declarations, with steps (and decisions) nested in their process; kinds in `language`. */
export function documentSymbols(syntax: SyntaxFile, pos: Positions, language?: OutputLanguage): DocumentSymbol[] {
  const t = lspTexts(language);
  return syntax.blocks.map((b) => symbolOf(b, pos, t));
}
