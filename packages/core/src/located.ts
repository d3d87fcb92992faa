import type { Diagnostic } from './diagnostic.js';
import { LineIndex } from './line-index.js';

/** A diagnostic with 1-based line/column positions, as shown to people and written to reports. */
export interface LocatedDiagnostic extends Diagnostic {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/**
 * The texts of a run's files, with line indexes made on demand. Front ends fill it as they read files; reporters
 * use it to turn offsets into lines and columns and to show code frames.
 */
export class SourceTexts {
  private readonly texts = new Map<string, string>();
  private readonly indexes = new Map<string, LineIndex>();

  set(file: string, text: string): void {
    this.texts.set(file, text);
    this.indexes.delete(file);
  }

  get(file: string): string | undefined {
    return this.texts.get(file);
  }

  files(): string[] {
    return [...this.texts.keys()];
  }

  index(file: string): LineIndex {
    let index = this.indexes.get(file);
    if (!index) {
      index = new LineIndex(this.texts.get(file) ?? '');
      this.indexes.set(file, index);
    }
    return index;
  }

  locate(d: Diagnostic): LocatedDiagnostic {
    const index = this.index(d.loc.file);
    const start = index.position(d.loc.start);
    const end = index.position(Math.max(d.loc.start, d.loc.end));
    return { ...d, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
  }
}
