import { label, type Element, type Loc } from '@ccp/core';
import { allSpecs, type BlockNode, type SyntaxFile } from '@ccp/language';
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

const specs = new Map(allSpecs.map((s) => [s.keyword, s]));
const inside = (loc: Pick<Loc, 'start' | 'end'>, offset: number) => loc.start <= offset && offset <= loc.end;

/** Markdown for a declaration keyword or a field name under the cursor: what it means, with an example. */
export function syntaxHover(syntax: SyntaxFile, offset: number): { text: string; loc: Loc } | undefined {
  let blocks: readonly BlockNode[] = syntax.blocks;
  for (;;) {
    const block = blocks.find((b) => inside(b.loc, offset));
    if (!block) return undefined;
    const spec = specs.get(block.keyword);
    if (inside(block.keywordLoc, offset)) {
      return spec ? { text: `**${spec.keyword}**: ${spec.doc}`, loc: block.keywordLoc } : undefined;
    }
    for (const item of block.items) {
      if (item.type !== 'field' || !inside(item.nameLoc, offset)) continue;
      const field = spec?.fields.find((f) => f.name === item.name || f.aliases?.includes(item.name));
      if (!field) return undefined;
      const kinds = field.refKinds ? `\n\nNames ${field.refKinds.map((k) => `a ${k}`).join(' or ')}.` : '';
      const aliases = field.aliases?.length ? `\n\nAlso written: ${field.aliases.map((a) => `\`${a}\``).join(', ')}.` : '';
      return {
        text: `**${field.name}** (${block.keyword}): ${field.doc}${kinds}${aliases}\n\n\`\`\`ccp\n${field.name}: ${field.example}\n\`\`\``,
        loc: item.nameLoc,
      };
    }
    blocks = block.items.filter((i): i is BlockNode => i.type === 'block');
  }
}
