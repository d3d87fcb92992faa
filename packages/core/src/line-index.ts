/** 1-based line and column of an offset. Columns count UTF-16 code units, as editors and LSP do. */
export interface Position {
  line: number;
  column: number;
}

/**
 * Maps offsets to lines and columns with a table of line starts, built on first use. The scanner tracks offsets
 * only (cheaper at scale); positions are computed when a diagnostic is shown.
 */
export class LineIndex {
  private starts: number[] | undefined;

  constructor(readonly text: string) {}

  private lineStarts(): number[] {
    if (this.starts) return this.starts;
    const starts = [0];
    const text = this.text;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    this.starts = starts;
    return starts;
  }

  get lineCount(): number {
    return this.lineStarts().length;
  }

  position(offset: number): Position {
    const starts = this.lineStarts();
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= clamped) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: clamped - starts[lo]! + 1 };
  }

  /** Offset of a 1-based line and column (clamped to the text). */
  offset(line: number, column: number): number {
    const starts = this.lineStarts();
    const l = Math.max(1, Math.min(line, starts.length));
    return Math.min(this.text.length, starts[l - 1]! + Math.max(0, column - 1));
  }

  /** The text of a 1-based line without its line break. */
  lineText(line: number): string {
    const starts = this.lineStarts();
    if (line < 1 || line > starts.length) return '';
    const start = starts[line - 1]!;
    const end = line < starts.length ? starts[line]! : this.text.length;
    return this.text.slice(start, end).replace(/\r?\n$|\r$/, '');
  }
}
