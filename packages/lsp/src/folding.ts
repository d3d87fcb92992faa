import type { BlockNode, SyntaxFile } from '@ccp/language';
import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver';
import type { Positions } from './positions.js';

/** Folding ranges: every block over more than one line (processes, steps, decisions...), block comments and runs of line comments. */
export function foldingRanges(syntax: SyntaxFile, pos: Positions): FoldingRange[] {
  const out: FoldingRange[] = [];
  const visit = (b: BlockNode) => {
    const start = pos.position(b.loc.start).line;
    // the closing brace's line stays visible
    const end = pos.position(b.loc.end).line - (b.closed ? 1 : 0);
    if (end > start) out.push({ startLine: start, endLine: end });
    for (const item of b.items) if (item.type === 'block') visit(item);
  };
  for (const b of syntax.blocks) visit(b);
  let run: { start: number; end: number } | undefined;
  const flush = () => {
    if (run && run.end > run.start) out.push({ startLine: run.start, endLine: run.end, kind: FoldingRangeKind.Comment });
    run = undefined;
  };
  for (const c of syntax.comments) {
    const start = pos.position(c.start).line;
    const end = pos.position(c.end).line;
    if (c.block) {
      flush();
      if (end > start) out.push({ startLine: start, endLine: end, kind: FoldingRangeKind.Comment });
      continue;
    }
    // a line comment continues the run when it is on the next line and alone on it
    const alone = /^[ \t]*$/.test(pos.text.slice(pos.text.lastIndexOf('\n', c.start - 1) + 1, c.start));
    if (run && alone && start === run.end + 1) run.end = start;
    else {
      flush();
      if (alone) run = { start, end: start };
    }
  }
  flush();
  return out.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}
