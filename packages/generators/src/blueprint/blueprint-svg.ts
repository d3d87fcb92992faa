import { pushAll, maxOf } from '@ccp/core';
import { CUSTOMER, type BlueprintStage } from './blueprint-content.js';
import { BOX_WIDTH, boxHeight, cellHeight, columnText, headerHeight, headerText, ROWS, SIZE, stageTitle, type Box, type ColumnText, type RowKind } from './layout.js';
import { n, rect, textLines, xml } from './svg-builder.js';
import { shorten } from '../text/wrap-text.js';
import type { BlueprintWords } from './words.js';

/** A drawn blueprint: the SVG and what a reader (or a test) needs to know about its size. */
export interface BlueprintDrawing {
  svg: string;
  width: number;
  height: number;
  /** Bands the columns were split into (stacked top to bottom) to keep the page near A3 landscape. */
  bands: number;
  /** The smallest font size used, in px. */
  minFontSize: number;
}

const A3_RATIO = 420 / 297;
const FONT_FAMILY = "'DejaVu Sans', Verdana, Arial, sans-serif";
const FILL = {
  customer: 'fill="#fff4d6" stroke="#c08a00"',
  front: 'fill="#e3f0ff" stroke="#3a78b5"',
  back: 'fill="#f1f1f1" stroke="#777777"',
  support: 'fill="#eaf6ea" stroke="#4a8a4a"',
} as const;
const SCORE_COLOUR = ['#d64545', '#e8833a', '#9e9e9e', '#7bb661', '#2e9e4f'];

interface Slot {
  stage: BlueprintStage;
  continued: boolean;
  texts: ColumnText[];
}

/** Splits the columns into `count` bands of nearly equal width, keeping the stage of each column. */
function bandsOf(stages: BlueprintStage[], words: BlueprintWords, count: number): Slot[][] {
  const all = stages.flatMap((stage) => stage.columns.map((column) => ({ stage, text: columnText(column, words) })));
  const per = Math.ceil(all.length / count);
  const bands: Slot[][] = [];
  for (let start = 0; start < all.length; start += per) {
    const slots: Slot[] = [];
    for (const { stage, text } of all.slice(start, start + per)) {
      const last = slots[slots.length - 1];
      if (last && last.stage === stage) last.texts.push(text);
      else slots.push({ stage, continued: start > 0 && all[start - 1]!.stage === stage && slots.length === 0, texts: [text] });
    }
    bands.push(slots);
  }
  return bands;
}

function rowHeights(slots: Slot[], words: BlueprintWords): Record<RowKind, number> {
  const out = {} as Record<RowKind, number>;
  for (const row of ROWS) {
    let h = row === 'stage' ? 0 : headerHeight(row, words);
    for (const slot of slots) {
      const stageLines = stageTitle(slot.stage.title, slot.texts.length, slot.continued, words).length;
      for (const t of slot.texts) h = Math.max(h, cellHeight(row, t, stageLines));
    }
    out[row] = Math.max(h, row === 'stage' ? 0 : 44);
  }
  return out;
}

function bandHeight(h: Record<RowKind, number>): number {
  return ROWS.reduce((sum, r) => sum + h[r], 0);
}

/**
 * Draws the blueprint as SVG: a header column of row names, a column per touchpoint, the three lines (interaction,
 * visibility, internal interaction) across, boxes stacked in their cells, and arrows for the process flow routed in
 * each column's right-hand gutter so that they never pass behind a box. With many touchpoints the columns are split
 * into bands, stacked, choosing the number of bands whose page is closest to A3 landscape.
 */
export function drawBlueprint(stages: BlueprintStage[], title: string, idPrefix: string, words: BlueprintWords): BlueprintDrawing {
  const columns = stages.reduce((sum, s) => sum + s.columns.length, 0);
  let best: { bands: Slot[][]; heights: Record<RowKind, number>[]; width: number; height: number; score: number } | undefined;
  for (let count = 1; count <= Math.max(1, Math.min(6, columns)); count++) {
    const bands = bandsOf(stages, words, count);
    const heights = bands.map((b) => rowHeights(b, words));
    const widest = maxOf(bands.map((b) => b.reduce((sum, s) => sum + s.texts.length, 0)), 1);
    const width = SIZE.headerWidth + widest * SIZE.columnWidth + SIZE.pad;
    const height = SIZE.titleHeight + heights.reduce((sum, h) => sum + bandHeight(h), 0) + SIZE.bandGap * (bands.length - 1) + SIZE.pad;
    const score = Math.abs(Math.log(width / height / A3_RATIO));
    if (!best || score < best.score - 1e-9) best = { bands, heights, width, height, score };
  }
  const { bands, heights, width, height } = best!;
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${n(width)}" height="${n(height)}" viewBox="0 0 ${n(width)} ${n(height)}" font-family="${xml(FONT_FAMILY)}" role="img" aria-labelledby="${idPrefix}-title">`);
  out.push(`<title id="${idPrefix}-title">${xml(title)}</title>`);
  out.push(`<defs><marker id="${idPrefix}-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#444"/></marker></defs>`);
  out.push(rect(0, 0, width, height, 'fill="#ffffff"'));
  out.push(`<g class="cell">${rect(SIZE.pad, 6, width - 2 * SIZE.pad, SIZE.titleHeight - 10, 'class="cell" fill="none"')}${textLines([shorten(title, width - 4 * SIZE.pad, SIZE.title)], 2 * SIZE.pad, 34, 0, { size: SIZE.title, weight: 'bold', fill: '#1f2933' }).join('')}</g>`);
  let y = SIZE.titleHeight;
  bands.forEach((slots, i) => {
    pushAll(out, drawBand(slots, heights[i]!, y, width, idPrefix, words));
    y += bandHeight(heights[i]!) + SIZE.bandGap;
  });
  out.push('</svg>');
  return { svg: out.join('\n') + '\n', width, height, bands: bands.length, minFontSize: SIZE.small };
}

function drawBand(slots: Slot[], h: Record<RowKind, number>, top: number, width: number, idPrefix: string, words: BlueprintWords): string[] {
  const out: string[] = ['<g class="band">'];
  const rowY = {} as Record<RowKind, number>;
  let y = top;
  for (const row of ROWS) {
    rowY[row] = y;
    y += h[row];
  }
  const bottom = y;
  const right = width - SIZE.pad;
  // row backgrounds and header column
  for (const row of ROWS) {
    const fill = row === 'front' ? '#f7fbff' : row === 'back' || row === 'support' ? '#fafafa' : '#ffffff';
    out.push(rect(SIZE.pad, rowY[row], right - SIZE.pad, h[row], `fill="${fill}" stroke="#d0d0d0" stroke-width="0.5"`));
    if (row === 'stage') continue;
    const head = headerText(row, words);
    const cell = [rect(SIZE.pad, rowY[row], SIZE.headerWidth - SIZE.pad, h[row], 'class="cell" fill="#f4f5f7" stroke="#d0d0d0" stroke-width="0.5"')];
    let ty = rowY[row] + SIZE.pad + SIZE.small;
    if (head.line) {
      pushAll(cell, textLines([head.line], 2 * SIZE.pad, ty, 0, { size: SIZE.small, italic: true, fill: '#a0361c' }));
      ty += SIZE.smallLine + 4;
    }
    pushAll(cell, textLines(head.title, 2 * SIZE.pad, ty + SIZE.font - SIZE.small, SIZE.line, { size: SIZE.font, weight: 'bold', fill: '#1f2933' }));
    out.push(`<g class="cell">${cell.join('')}</g>`);
  }
  // the three lines
  const lines: [RowKind, string][] = [['front', '#a0361c'], ['back', '#a0361c'], ['support', '#a0361c']];
  for (const [row, colour] of lines) {
    const dash = row === 'back' ? '8 4' : row === 'support' ? '2 3' : 'none';
    out.push(`<line class="line-${row}" x1="${n(SIZE.pad)}" y1="${n(rowY[row])}" x2="${n(right)}" y2="${n(rowY[row])}" stroke="${colour}" stroke-width="2"${dash === 'none' ? '' : ` stroke-dasharray="${dash}"`}/>`);
  }
  let x = SIZE.headerWidth;
  let prevScore: { x: number; y: number } | undefined;
  for (const slot of slots) {
    const w = slot.texts.length * SIZE.columnWidth;
    const stageLines = stageTitle(slot.stage.title, slot.texts.length, slot.continued, words);
    out.push(`<g class="cell">${rect(x, rowY.stage, w, h.stage, 'class="cell stage" fill="#dfe7f2" stroke="#9fb3cc"')}${textLines(stageLines, x + w / 2, rowY.stage + SIZE.pad + SIZE.font, SIZE.line, { size: SIZE.font, weight: 'bold', anchor: 'middle', fill: '#1f2933' }).join('')}</g>`);
    for (const text of slot.texts) {
      out.push(`<line x1="${n(x)}" y1="${n(rowY.emotion)}" x2="${n(x)}" y2="${n(bottom)}" stroke="#d0d0d0" stroke-width="0.5"/>`);
      prevScore = drawEmotion(out, text, x, rowY.emotion, h.emotion, prevScore);
      out.push(`<g class="cell">${rect(x + SIZE.pad, rowY.evidence + 2, SIZE.columnWidth - 2 * SIZE.pad, h.evidence - 4, 'class="cell" fill="none"')}${textLines(text.evidence, x + SIZE.pad, rowY.evidence + SIZE.pad + SIZE.font, SIZE.line, { size: SIZE.font, fill: '#1f2933' }).join('')}</g>`);
      const boxes: Box[] = [];
      for (const row of ['customer', 'front', 'back', 'support'] as const) {
        let by = rowY[row] + SIZE.pad;
        for (const b of text.boxes[row]) {
          const box: Box = { ...b, x: x + SIZE.pad, y: by, w: BOX_WIDTH, h: boxHeight(b) };
          boxes.push(box);
          by += box.h + SIZE.stackGap;
        }
      }
      pushAll(out, drawFlows(text, boxes, x, idPrefix));
      for (const box of boxes) out.push(drawBox(box));
      x += SIZE.columnWidth;
    }
  }
  out.push('</g>');
  return out;
}

/** The score as a dot on the emotion curve (joined to the previous column's), then the moment of truth and pains. */
function drawEmotion(out: string[], text: ColumnText, x: number, top: number, height: number, prev: { x: number; y: number } | undefined): { x: number; y: number } | undefined {
  const s = text.column.satisfaction;
  const valid = s !== undefined && Number.isInteger(s) && s >= 1 && s <= 5;
  let point: { x: number; y: number } | undefined;
  if (valid) {
    point = { x: x + SIZE.columnWidth / 2, y: top + SIZE.pad + 24 + ((5 - s) * (SIZE.curve - 32)) / 4 };
    if (prev) out.push(`<line x1="${n(prev.x)}" y1="${n(prev.y)}" x2="${n(point.x)}" y2="${n(point.y)}" stroke="#555" stroke-width="1.5"/>`);
    out.push(`<circle class="score score-${s}" cx="${n(point.x)}" cy="${n(point.y)}" r="7" fill="${SCORE_COLOUR[s - 1]}" stroke="#333"/>`);
    out.push(`<g class="cell">${rect(point.x - 15, point.y - 24, 30, 15, 'class="cell" fill="none"')}${textLines([`${s}/5`], point.x, point.y - 12, 0, { size: SIZE.small, fill: '#333', anchor: 'middle' }).join('')}</g>`);
  }
  if (text.emotion.length > 0) {
    const ty = top + SIZE.pad + SIZE.curve;
    out.push(`<g class="cell">${rect(x + SIZE.pad, ty, SIZE.columnWidth - 2 * SIZE.pad, height - SIZE.curve - SIZE.pad - 2, 'class="cell" fill="none"')}${textLines(text.emotion, x + SIZE.pad, ty + SIZE.small, SIZE.smallLine, { size: SIZE.small, fill: '#7a2e0e' }).join('')}</g>`);
  }
  return point;
}

function drawBox(box: Box): string {
  const parts = [rect(box.x, box.y, box.w, box.h, `class="box ${box.kind}" rx="4" ${FILL[box.kind]}`)];
  const tx = box.x + SIZE.boxPad;
  let ty = box.y + SIZE.boxPad + SIZE.font - 1;
  box.lines.forEach((line) => {
    pushAll(parts, textLines([line], tx, ty, 0, { size: SIZE.font, fill: '#1f2933', ...(box.boldFirst ? { weight: 'bold' as const } : {}) }));
    ty += SIZE.line;
  });
  ty += SIZE.small - SIZE.font;
  pushAll(parts, textLines(box.smallLines, tx, ty, SIZE.smallLine, { size: SIZE.small, fill: '#4a5560', italic: box.kind !== 'support' }));
  return `<g class="${box.kind}">${parts.join('')}</g>`;
}

/**
 * The process flow of a column: customer action -> first step -> next steps and branches. A flow to the box right
 * below (nothing in between) is a straight vertical arrow; any other leaves the box's right side into the gutter,
 * runs vertically there on its own track, and enters the target's right side, so no arrow crosses a box.
 */
function drawFlows(text: ColumnText, boxes: Box[], columnX: number, idPrefix: string): string[] {
  const byKey = new Map(boxes.map((b) => [b.key, b]));
  const out: string[] = [];
  const right = columnX + SIZE.pad + BOX_WIDTH;
  const attach = new Map<string, number>();
  const routed: [Box, Box][] = [];
  for (const [fromKey, toKey] of text.column.flows) {
    const from = byKey.get(fromKey === CUSTOMER ? 'customer' : fromKey);
    const to = byKey.get(toKey);
    if (!from || !to) continue;
    const between = boxes.some((b) => b !== from && b !== to && b.y >= from.y + from.h && b.y + b.h <= to.y);
    if (to.y >= from.y + from.h && !between) {
      const cx = from.x + from.w / 2;
      out.push(`<path class="flow" d="M${n(cx)},${n(from.y + from.h)} V${n(to.y - 1)}" fill="none" stroke="#444" stroke-width="1.3" marker-end="url(#${idPrefix}-arrow)"/>`);
    } else routed.push([from, to]);
  }
  const slots = new Map<Box, number>();
  for (const [a, b] of routed) {
    slots.set(a, (slots.get(a) ?? 0) + 1);
    slots.set(b, (slots.get(b) ?? 0) + 1);
  }
  const yOn = (box: Box) => {
    const used = attach.get(box.key) ?? 0;
    attach.set(box.key, used + 1);
    return box.y + (box.h * (used + 1)) / ((slots.get(box) ?? 1) + 1);
  };
  const tracks = Math.max(1, routed.length);
  routed.forEach(([from, to], i) => {
    const gx = right + 5 + ((SIZE.gutter - 8) * (i % tracks)) / Math.max(1, tracks - 1 || 1);
    const sy = yOn(from);
    const ty = yOn(to);
    out.push(`<path class="flow" d="M${n(right)},${n(sy)} H${n(gx)} V${n(ty)} H${n(right + 1)}" fill="none" stroke="#444" stroke-width="1.3" marker-end="url(#${idPrefix}-arrow)"/>`);
  });
  return out;
}
