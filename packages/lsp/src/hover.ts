import { label, lspTexts, referenceText, type Element, type Loc, type OutputLanguage } from '@ccp/core';
import { allSpecs, type BlockNode, type SyntaxFile } from '@ccp/language';
import type { SymbolInfo } from './symbols.js';

/**
 * Markdown for a hover: kind, id and display name, the description, and where the element is used, in the
 * project's output language.
 */
export function hoverText(symbol: SymbolInfo, where: (loc: SymbolInfo['decl']) => string, language?: OutputLanguage): string {
  const t = lspTexts(language);
  const e: Element = symbol.element;
  const lines = [`**${t.kind({ kind: e.kind })}** \`${e.id}\`${e.name ? ` — ${label(e)}` : ''}`];
  if (e.kind === 'step') lines[0] += t.inProcess({ process: e.process });
  if (e.description) lines.push('', e.description);
  lines.push('', t.declaredAt({ where: where(symbol.decl) }));
  if (symbol.refs.length === 0) lines.push('', t.notUsed());
  else {
    lines.push('', t.usedTimes({ n: symbol.refs.length }));
    const shown = symbol.refs.slice(0, 20);
    for (const r of shown) lines.push(t.usedIn({ field: r.field, owner: r.owner, where: where(r.loc) }));
    if (symbol.refs.length > shown.length) lines.push(t.moreUses({ n: symbol.refs.length - shown.length }));
  }
  return lines.join('\n');
}

const specs = new Map(allSpecs.map((s) => [s.keyword, s]));
const inside = (loc: Pick<Loc, 'start' | 'end'>, offset: number) => loc.start <= offset && offset <= loc.end;

/**
 * Markdown for a declaration keyword or a field name under the cursor: what it means (the language reference in the
 * project's output language), with an example.
 */
export function syntaxHover(syntax: SyntaxFile, offset: number, language?: OutputLanguage): { text: string; loc: Loc } | undefined {
  const t = lspTexts(language);
  let blocks: readonly BlockNode[] = syntax.blocks;
  for (;;) {
    const block = blocks.find((b) => inside(b.loc, offset));
    if (!block) return undefined;
    const spec = specs.get(block.keyword);
    if (inside(block.keywordLoc, offset)) {
      return spec ? { text: `**${spec.keyword}**: ${referenceText(spec.keyword, spec.doc, language)}`, loc: block.keywordLoc } : undefined;
    }
    for (const item of block.items) {
      if (item.type !== 'field' || !inside(item.nameLoc, offset)) continue;
      const field = spec?.fields.find((f) => f.name === item.name || f.aliases?.includes(item.name));
      if (!spec || !field) return undefined;
      const doc = referenceText(`${spec.keyword}.${field.name}`, field.doc, language);
      const kinds = field.refKinds ? `\n\n${t.names({ kinds: field.refKinds })}` : '';
      const aliases = field.aliases?.length ? `\n\n${t.alsoWritten({ aliases: field.aliases.map((a) => `\`${a}\``).join(', ') })}` : '';
      return {
        text: `**${field.name}** (${block.keyword}): ${doc}${kinds}${aliases}\n\n\`\`\`ccp\n${field.name}: ${field.example}\n\`\`\``,
        loc: item.nameLoc,
      };
    }
    blocks = block.items.filter((i): i is BlockNode => i.type === 'block');
  }
}
