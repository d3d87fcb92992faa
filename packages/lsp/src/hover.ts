import { label, type Element } from '@ccp/core';
import type { SymbolInfo } from './symbols.js';

/** Markdown for a hover: kind, id and display name, the description, and where the element is used. */
export function hoverText(symbol: SymbolInfo, where: (loc: SymbolInfo['decl']) => string): string {
  const e: Element = symbol.element;
  const lines = [`**${e.kind}** \`${e.id}\`${e.name ? ` — ${label(e)}` : ''}`];
  if (e.kind === 'step') lines[0] += ` (in process \`${e.process}\`)`;
  if (e.description) lines.push('', e.description);
  lines.push('', `Declared at ${where(symbol.decl)}.`);
  if (symbol.refs.length === 0) lines.push('', 'Not used anywhere.');
  else {
    lines.push('', `Used ${symbol.refs.length} time${symbol.refs.length === 1 ? '' : 's'}:`);
    const shown = symbol.refs.slice(0, 20);
    for (const r of shown) lines.push(`- \`${r.field}\` of ${r.owner} (${where(r.loc)})`);
    if (symbol.refs.length > shown.length) lines.push(`- … and ${symbol.refs.length - shown.length} more`);
  }
  return lines.join('\n');
}
