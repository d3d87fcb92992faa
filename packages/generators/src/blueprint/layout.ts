import { pushAll } from '@ccp/core';
import { shorten, wrapText } from '../text/wrap-text.js';
import type { BlueprintColumn, BlueprintStage } from './blueprint-content.js';
import type { BlueprintWords } from './words.js';

/** Sizes of a blueprint, in px (SVG user units). Text is never smaller than SMALL. */
export const SIZE = {
  font: 12,
  small: 11,
  title: 20,
  line: 15,
  smallLine: 14,
  headerWidth: 190,
  columnWidth: 176,
  pad: 8,
  gutter: 24,
  boxPad: 6,
  stackGap: 12,
  curve: 74,
  titleHeight: 46,
  bandGap: 24,
} as const;

export const BOX_WIDTH = SIZE.columnWidth - 2 * SIZE.pad - SIZE.gutter;
const TEXT_WIDTH = BOX_WIDTH - 2 * SIZE.boxPad;
const CELL_TEXT_WIDTH = SIZE.columnWidth - 2 * SIZE.pad;
const HEADER_TEXT_WIDTH = SIZE.headerWidth - 2 * SIZE.pad;

export type RowKind = 'stage' | 'emotion' | 'evidence' | 'customer' | 'front' | 'back' | 'support';
export const ROWS: readonly RowKind[] = ['stage', 'emotion', 'evidence', 'customer', 'front', 'back', 'support'];

/** A box with its text lines (bold first line when `title`), laid out in a column's cell. */
export interface Box {
  key: string;
  kind: 'customer' | 'front' | 'back' | 'support';
  lines: string[];
  /** Lines after the main ones, in the small font (role, initiator, functions). */
  smallLines: string[];
  boldFirst?: boolean;
  x: number;
  y: number;
  w: number;
  h: number;
}

/** What each column shows in its cells, wrapped to fit, before positions are known. */
export interface ColumnText {
  column: BlueprintColumn;
  evidence: string[];
  emotion: string[];
  boxes: Record<'customer' | 'front' | 'back' | 'support', Omit<Box, 'x' | 'y' | 'w' | 'h'>[]>;
}

export function boxHeight(box: { lines: string[]; smallLines: string[] }): number {
  return box.lines.length * SIZE.line + box.smallLines.length * SIZE.smallLine + 2 * SIZE.boxPad;
}

const wrap = (text: string, width: number, lines: number, size: number = SIZE.font) => wrapText(text, width, size, lines);
/** Bold DejaVu Sans runs about 12% wider than the regular weight the width table holds. */
const BOLD = 1.12;
const wrapBold = (text: string, width: number, lines: number) => wrapText(text, width, SIZE.font * BOLD, lines);

/** The wrapped texts of one column. */
export function columnText(column: BlueprintColumn, words: BlueprintWords): ColumnText {
  const emotion: string[] = [];
  if (column.momentOfTruth) pushAll(emotion, wrap(`★ ${words.momentOfTruth}`, CELL_TEXT_WIDTH, 2, SIZE.small));
  for (const pain of column.pains.slice(0, 3)) pushAll(emotion, wrap(`⚠ ${pain}`, CELL_TEXT_WIDTH, 3, SIZE.small));
  if (column.pains.length > 3) emotion.push(`… (+${column.pains.length - 3})`);
  const initiator = column.initiator === 'customer' ? words.byCustomer : column.initiator === 'company' ? words.byCompany : undefined;
  const customer = {
    key: 'customer',
    kind: 'customer' as const,
    lines: wrap(column.name, TEXT_WIDTH, 4),
    smallLines: initiator ? wrap(initiator, TEXT_WIDTH, 2, SIZE.small) : [],
  };
  const step = (s: BlueprintColumn['steps'][number]) => ({
    key: s.key,
    kind: s.front ? ('front' as const) : ('back' as const),
    lines: wrap((s.decision ? '◇ ' : '') + s.name, TEXT_WIDTH, 3),
    smallLines: [
      ...(s.role ? [shorten(s.role, TEXT_WIDTH, SIZE.small)] : []),
      ...(s.calls ? wrap(`→ ${s.calls}`, TEXT_WIDTH, 2, SIZE.small) : []),
    ],
  });
  return {
    column,
    evidence: column.channels.flatMap((c) => wrap(c, CELL_TEXT_WIDTH, 2)),
    emotion,
    boxes: {
      customer: [customer],
      front: column.steps.filter((s) => s.front).map(step),
      back: column.steps.filter((s) => !s.front).map(step),
      support: column.support.map((s, i) => ({
        key: `support/${i}`,
        kind: 'support' as const,
        lines: wrapBold(s.system, TEXT_WIDTH, 2),
        boldFirst: true,
        smallLines: s.functions.length > 0 ? wrap(s.functions.join(', '), TEXT_WIDTH, 4, SIZE.small) : [],
      })),
    },
  };
}

/** Row titles of the header column: the line drawn above the row (if any) and the row's name. */
export function headerText(row: RowKind, words: BlueprintWords): { line?: string; title: string[] } {
  const title = (t: string) => wrapBold(t, HEADER_TEXT_WIDTH, 3);
  switch (row) {
    case 'stage':
      return { title: [] };
    case 'emotion':
      return { title: title(words.emotion) };
    case 'evidence':
      return { title: title(words.evidence) };
    case 'customer':
      return { title: title(words.customer) };
    case 'front':
      return { line: words.lineOfInteraction, title: title(words.frontstage) };
    case 'back':
      return { line: words.lineOfVisibility, title: title(words.backstage) };
    case 'support':
      return { line: words.lineOfInternalInteraction, title: title(words.support) };
  }
}

export function headerHeight(row: RowKind, words: BlueprintWords): number {
  const h = headerText(row, words);
  return 2 * SIZE.pad + (h.line ? SIZE.smallLine + 4 : 0) + h.title.length * SIZE.line;
}

/** Height each row needs for one column. */
export function cellHeight(row: RowKind, text: ColumnText, stageLines: number): number {
  const stack = (boxes: { lines: string[]; smallLines: string[] }[]) =>
    boxes.length === 0 ? 0 : boxes.reduce((sum, b) => sum + boxHeight(b), 0) + SIZE.stackGap * (boxes.length - 1);
  switch (row) {
    case 'stage':
      return stageLines * SIZE.line + 2 * SIZE.pad;
    case 'emotion':
      return SIZE.curve + text.emotion.length * SIZE.smallLine + 2 * SIZE.pad;
    case 'evidence':
      return text.evidence.length * SIZE.line + 2 * SIZE.pad;
    default:
      return stack(text.boxes[row]) + 2 * SIZE.pad;
  }
}

export function stageTitle(title: string, columns: number, continued: boolean, words: BlueprintWords): string[] {
  const width = columns * SIZE.columnWidth - 2 * SIZE.pad;
  return wrapBold(continued ? `${title} (${words.continued})` : title, width, 2);
}

export type StageList = BlueprintStage[];
