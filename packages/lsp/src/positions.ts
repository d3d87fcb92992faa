import { LineIndex, type Loc } from '@ccp/core';
import type { Position, Range } from 'vscode-languageserver';

/** Offsets <-> LSP positions (0-based lines, UTF-16 columns) over one text, with the line table built once. */
export class Positions {
  private readonly index: LineIndex;

  constructor(readonly text: string) {
    this.index = new LineIndex(text);
  }

  position(offset: number): Position {
    const p = this.index.position(offset);
    return { line: p.line - 1, character: p.column - 1 };
  }

  range(loc: Pick<Loc, 'start' | 'end'>): Range {
    return { start: this.position(loc.start), end: this.position(Math.max(loc.start, loc.end)) };
  }

  offset(position: Position): number {
    return this.index.offset(position.line + 1, position.character + 1);
  }
}
