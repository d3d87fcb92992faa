import type { SyntaxFile } from '../syntax/syntax-tree.js';

const positional = new Set(['loc', 'keywordLoc', 'idLoc', 'nameLoc', 'pathLoc', 'conditionLoc', 'closed']);

/** The syntax tree without source positions, as plain data: what the formatter must never change. */
export function syntaxShape(syntax: Pick<SyntaxFile, 'imports' | 'blocks'>): unknown {
  return strip({ imports: syntax.imports, blocks: syntax.blocks });
}

function strip(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(strip);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (!positional.has(k) && v !== undefined) out[k] = strip(v);
    return out;
  }
  return value;
}

/** True when two parses of a file have the same tree, ignoring where things are. */
export function sameSyntax(a: SyntaxFile, b: SyntaxFile): boolean {
  return JSON.stringify(syntaxShape(a)) === JSON.stringify(syntaxShape(b));
}
