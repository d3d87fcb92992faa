import type { ElementKind } from '@ccp/core';
import type { SemanticTokensLegend } from 'vscode-languageserver';
import type { Positions } from './positions.js';
import type { SymbolIndex } from './symbols.js';

/**
 * One standard token type per kind of element, so every colour theme tells roles, processes, steps, systems, data,
 * functions, touchpoints and channels apart without extra theme rules (the TextMate grammar cannot: it sees only an
 * id). The legend's order is the protocol's: a token's type is its index here.
 */
export const tokenTypeOfKind: Record<ElementKind, string> = {
  role: 'class',
  process: 'namespace',
  step: 'method',
  system: 'interface',
  data: 'struct',
  function: 'function',
  touchpoint: 'event',
  channel: 'enum',
  persona: 'type',
  stage: 'enumMember',
  kpi: 'variable',
  scenario: 'typeParameter',
  project: 'macro',
  tender: 'decorator',
  shift: 'property',
};

const tokenTypes = [...new Set(Object.values(tokenTypeOfKind))];
const tokenModifiers = ['declaration'];

export const semanticTokensLegend: SemanticTokensLegend = { tokenTypes, tokenModifiers };

/** The semantic tokens of a file (LSP relative encoding): every declared id and every resolved reference. */
export function semanticTokens(index: SymbolIndex, file: string, pos: Positions): number[] {
  const data: number[] = [];
  let line = 0;
  let char = 0;
  for (const o of index.occurrences.get(file) ?? []) {
    const kind = index.symbols.get(o.key)?.element.kind;
    if (!kind || o.loc.end <= o.loc.start) continue;
    const start = pos.position(o.loc.start);
    const end = pos.position(o.loc.end);
    if (end.line !== start.line) continue; // ids never span lines
    if (start.line < line || (start.line === line && start.character < char)) continue; // overlapping: keep the first
    data.push(start.line - line, start.line === line ? start.character - char : start.character, end.character - start.character, tokenTypes.indexOf(tokenTypeOfKind[kind]), o.decl ? 1 : 0);
    line = start.line;
    char = start.character;
  }
  return data;
}
