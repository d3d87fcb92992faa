import type { Comment } from '../syntax/scanner.js';

/** How an item boundary separates what comes next: nothing, a blank line if the source had one, or always one. */
export type Separation = 'none' | 'preserve' | 'blank';

const INDENT = '  ';

function hasBreak(text: string, from: number, to: number): boolean {
  const end = Math.min(to, text.length);
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
  }
  return false;
}

function hasBlankLine(text: string, from: number, to: number): boolean {
  let breaks = 0;
  const end = Math.min(to, text.length);
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 && text.charCodeAt(i + 1) === 10) continue;
    if (c === 10 || c === 13) breaks++;
  }
  return breaks >= 2;
}

/**
 * Writes tokens line by line and weaves the source's comments back in. Every token is emitted with its source
 * offsets, so each comment lands exactly between the same two tokens as before. Line breaks come from two places
 * only: item boundaries (one item per line) and comments (a line break next to a comment is kept where the source
 * had one, and a `//` comment always ends its line). Inside an item, tokens are otherwise joined on one line,
 * which the grammar reads the same way (see format-text.ts).
 */
export class Printer {
  private readonly lines: string[] = [];
  private line = '';
  private lineIndent = 0;
  private depth = 0;
  private inItem = false;
  private pendingBreak = false;
  private separation: Separation = 'none';
  private boundaryOpen = false;
  private lastEnd = 0;
  private next = 0;
  private afterComment = false;

  constructor(
    private readonly text: string,
    private readonly comments: readonly Comment[],
  ) {}

  /** Marks the start of an item (a field, block, branch, flag or import) at the current depth. */
  item(separation: Separation): void {
    this.pendingBreak = this.line !== '';
    this.separation = separation;
    this.boundaryOpen = true;
    this.inItem = false;
  }

  indent(): void {
    this.depth++;
  }

  dedent(): void {
    this.depth--;
  }

  /** Emits a token that starts at `start` in the source; `glue` joins it to the previous token without a space. */
  token(start: number, end: number, image: string, glue = false): void {
    this.flushComments(start);
    if (this.pendingBreak || this.line === '') this.startLine(start);
    else if (!glue || this.afterComment) this.line += ' ';
    this.afterComment = false;
    this.line += image;
    this.inItem = true;
    this.boundaryOpen = false;
    this.lastEnd = end;
  }

  /** Emits the comments that stand before `offset` in the source. */
  flushComments(offset: number): void {
    while (this.next < this.comments.length && this.comments[this.next]!.start < offset) {
      const c = this.comments[this.next++]!;
      if (this.line !== '' && !hasBreak(this.text, this.lastEnd, c.start)) {
        this.line += ' ' + c.text; // trailing: stays on the line of the token before it
      } else {
        this.startLine(c.start);
        this.line += c.text;
      }
      this.lastEnd = c.end;
      this.afterComment = true;
      const following = this.next < this.comments.length ? Math.min(this.comments[this.next]!.start, offset) : offset;
      if (!c.block || hasBreak(this.text, c.end, following)) this.pendingBreak = true;
    }
  }

  /** Ends the output: remaining comments, then a single final line break. */
  finish(): string {
    this.item('preserve');
    this.flushComments(Infinity);
    this.endLine();
    while (this.lines.length && this.lines[this.lines.length - 1] === '') this.lines.pop();
    return this.lines.length ? this.lines.join('\n') + '\n' : '';
  }

  private startLine(start: number): void {
    this.endLine();
    if (this.boundaryOpen) {
      const blank = this.separation === 'blank' || (this.separation === 'preserve' && hasBlankLine(this.text, this.lastEnd, start));
      if (blank && this.lines.length && this.lines[this.lines.length - 1] !== '') this.lines.push('');
      this.separation = 'preserve';
    }
    this.lineIndent = this.depth + (this.inItem && !this.boundaryOpen ? 1 : 0);
    this.pendingBreak = false;
  }

  private endLine(): void {
    if (this.line !== '') this.lines.push(INDENT.repeat(this.lineIndent) + this.line);
    this.line = '';
  }
}
