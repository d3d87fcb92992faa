import { maxOf } from '@ccp/core';
import type { BpmnFlow, BpmnGraph, BpmnNode, NodeKind, PoolKey } from './bpmn-graph.js';
import { ranks } from './ranks.js';

export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Point {
  x: number;
  y: number;
}

/** Where everything of a BpmnGraph is drawn: bounds of shapes by BPMN id, waypoints of edges by BPMN id. */
export interface BpmnLayout {
  shapes: Map<string, Bounds>;
  edges: Map<string, Point[]>;
  /** Bounds of the labels placed on purpose (others are placed by the tool that opens the file). */
  labels: Map<string, Bounds>;
}

/** Sizes of the shapes, as bpmn-js draws them. */
const SIZE: Record<NodeKind | 'data', { width: number; height: number }> = {
  userTask: { width: 100, height: 80 },
  callActivity: { width: 100, height: 80 },
  exclusive: { width: 50, height: 50 },
  parallel: { width: 50, height: 50 },
  start: { width: 36, height: 36 },
  messageStart: { width: 36, height: 36 },
  end: { width: 36, height: 36 },
  messageEnd: { width: 36, height: 36 },
  catch: { width: 36, height: 36 },
  throw: { width: 36, height: 36 },
  data: { width: 36, height: 50 },
};

const ORIGIN = { x: 20, y: 20 };
/** Width of a pool's title band, and of a lane's. */
const HEADER = 30;
const PADDING = 20;
const COLUMN = 150;
const ROW = 140;
const DATA_ROW = 100;
const POOL_GAP = 80;
const DATA_PER_ROW = 2;
/** Distance between the centers of two data objects side by side (room for their names). */
const DATA_STEP = 76;
/** Height of a pool drawn without its process. */
const BLACK_BOX = 80;

/**
 * Our own deterministic layout, with real horizontal swimlanes: a column per rank of the flow (longest path from
 * the start events, loops broken where a depth-first walk meets them; message flows count as flow), a lane per
 * role, as many rows in a lane as it needs to keep two nodes of a column apart, then a row for its data objects.
 * Lanes span the whole pool; the center's pool is on top, the vendor's below it. Edges are orthogonal: forward
 * flows leave a node to the right (a gateway from the top or bottom towards a branch in another row), flows back
 * to an earlier column run below the rows, message flows cross the gap between the pools.
 */
export function layoutBpmn(graph: BpmnGraph): BpmnLayout {
  const rank = ranks(graph);
  const columns = Math.max(1, maxOf([...rank.values()].map((r) => r + 1), 0));
  const shapes = new Map<string, Bounds>();
  const edges = new Map<string, Point[]>();
  const labels = new Map<string, Bounds>();
  const width = HEADER * 2 + PADDING * 2 + columns * COLUMN;
  const contentX = ORIGIN.x + HEADER * 2 + PADDING;

  // rows inside each lane: a node takes over the row of a placed predecessor in its lane when that cell is free and
  // the predecessor has not handed its row on yet (so a gateway's second branch goes to another row)
  const row = new Map<string, number>();
  const handedOn = new Set<string>();
  const taken = new Map<string, Set<number>>();
  const cell = (lane: string, col: number): Set<number> => {
    const key = `${lane}\u0000${col}`;
    let set = taken.get(key);
    if (!set) taken.set(key, (set = new Set()));
    return set;
  };
  const laneKey = (n: { pool: PoolKey; lane: string }): string => `${n.pool}\u0000${n.lane}`;
  const nodeById = new Map(graph.nodes.map((n) => [n.id, n]));
  const ordered = [...graph.nodes].sort((a, b) => rank.get(a.id)! - rank.get(b.id)!);
  for (const n of ordered) {
    const used = cell(laneKey(n), rank.get(n.id)!);
    let r = -1;
    for (const f of graph.flows) {
      if (f.target !== n.id) continue;
      const p = nodeById.get(f.source)!;
      if (laneKey(p) === laneKey(n) && row.has(p.id) && !handedOn.has(p.id) && !used.has(row.get(p.id)!)) {
        r = row.get(p.id)!;
        handedOn.add(p.id);
        break;
      }
    }
    if (r < 0) for (r = 0; used.has(r); r++);
    used.add(r);
    row.set(n.id, r);
  }
  const rowsOf = new Map<string, number>();
  for (const n of graph.nodes) rowsOf.set(laneKey(n), Math.max(rowsOf.get(laneKey(n)) ?? 1, row.get(n.id)! + 1));
  // data object references: under their activity, two side by side; in the empty cell right below it when there is
  // one in the lane and two are enough, else in the lane's data rows at its bottom
  const dataCol = new Map<string, number>();
  const dataRow = new Map<string, number>();
  const dataSlot = new Map<string, number>();
  const dataRowsOf = new Map<string, number>();
  const perActivity = new Map<string, number>();
  for (const d of graph.data) perActivity.set(d.activity, (perActivity.get(d.activity) ?? 0) + 1);
  const inCellBelow = new Set<string>();
  for (const [activity, count] of perActivity) {
    const n = nodeById.get(activity)!;
    const below = row.get(activity)! + 1;
    if (count <= DATA_PER_ROW && below < (rowsOf.get(laneKey(n)) ?? 1) && !cell(laneKey(n), rank.get(activity)!).has(below)) inCellBelow.add(activity);
  }
  const seen = new Map<string, number>();
  for (const d of graph.data) {
    const k = seen.get(d.activity) ?? 0;
    seen.set(d.activity, k + 1);
    dataCol.set(d.id, rank.get(d.activity) ?? 0);
    dataRow.set(d.id, Math.floor(k / DATA_PER_ROW));
    dataSlot.set(d.id, k % DATA_PER_ROW);
    if (!inCellBelow.has(d.activity)) dataRowsOf.set(laneKey(d), Math.max(dataRowsOf.get(laneKey(d)) ?? 0, Math.floor(k / DATA_PER_ROW) + 1));
  }
  const laneTop = new Map<string, number>();
  const poolBottom = new Map<PoolKey, number>();
  let y = ORIGIN.y;
  for (const pool of graph.pools) {
    const top = y;
    for (const lane of graph.lanes.filter((l) => l.pool === pool.key)) {
      const key = laneKey({ pool: lane.pool, lane: lane.key });
      const height = (rowsOf.get(key) ?? 1) * ROW + (dataRowsOf.get(key) ?? 0) * DATA_ROW;
      shapes.set(lane.id, { x: ORIGIN.x + HEADER, y, width: width - HEADER, height });
      laneTop.set(key, y);
      y += height;
    }
    if (pool.blackBox) y += BLACK_BOX;
    shapes.set(pool.participantId, { x: ORIGIN.x, y: top, width, height: y - top });
    poolBottom.set(pool.key, y);
    y += POOL_GAP;
  }

  for (const n of graph.nodes) {
    const size = SIZE[n.kind];
    const cx = contentX + rank.get(n.id)! * COLUMN + COLUMN / 2;
    const cy = laneTop.get(laneKey(n))! + row.get(n.id)! * ROW + ROW / 2;
    shapes.set(n.id, { x: cx - size.width / 2, y: cy - size.height / 2, ...size });
  }
  for (const d of graph.data) {
    const slot = dataSlot.get(d.id)!;
    // two side by side; a row holding one is centred, so its association passes between the two above it
    const inRow = Math.min(DATA_PER_ROW, (perActivity.get(d.activity) ?? 1) - dataRow.get(d.id)! * DATA_PER_ROW);
    const pair = inRow > 1;
    const cx = contentX + dataCol.get(d.id)! * COLUMN + COLUMN / 2 + (pair ? (slot === 0 ? -DATA_STEP / 2 : DATA_STEP / 2) : 0);
    const top = inCellBelow.has(d.activity)
      ? laneTop.get(laneKey(d))! + (row.get(d.activity)! + 1) * ROW
      : laneTop.get(laneKey(d))! + (rowsOf.get(laneKey(d)) ?? 1) * ROW + dataRow.get(d.id)! * DATA_ROW;
    const y = top + 10;
    shapes.set(d.id, { x: cx - SIZE.data.width / 2, y, ...SIZE.data });
    labels.set(d.id, { x: cx - DATA_STEP / 2 + 2, y: y + SIZE.data.height + 4, width: DATA_STEP - 4, height: 27 });
  }

  const cellBottom = (id: string): number => {
    const n = nodeById.get(id)!;
    return laneTop.get(laneKey(n))! + (row.get(id)! + 1) * ROW;
  };
  const rowNodes = (n: BpmnNode): BpmnNode[] => graph.nodes.filter((x) => laneKey(x) === laneKey(n) && row.get(x.id) === row.get(n.id));
  for (const f of graph.flows) {
    const s = nodeById.get(f.source)!;
    const t = nodeById.get(f.target)!;
    const [a, b] = [rank.get(s.id)!, rank.get(t.id)!];
    const blocked = laneKey(s) === laneKey(t) && row.get(s.id) === row.get(t.id) && b > a + 1 && rowNodes(s).some((x) => rank.get(x.id)! > a && rank.get(x.id)! < b);
    edges.set(f.id, blocked ? routeBelow(f, shapes, cellBottom) : routeFlow(f, shapes, nodeById, rank, cellBottom, contentX));
  }
  const gapY = (poolBottom.get('center') ?? 0) + POOL_GAP / 2;
  // message flows: out of the source towards the other pool, at once aside into the gap between columns (so they
  // pass no node of the source's column), across the gap between the pools, and into the target from its side
  graph.messageFlows.forEach((f, i) => {
    const s = shapes.get(f.source)!;
    const t = shapes.get(f.target)!;
    const down = s.y < t.y;
    const my = gapY + ((i % 5) - 2) * 6;
    const sx = mid(s).x;
    const tx = mid(t).x;
    const sy = down ? s.y + s.height : s.y;
    const turn = down ? sy + 12 : sy - 12;
    const aside = contentX + (rank.get(f.source)! + 1) * COLUMN - 6 - (i % 3) * 4;
    edges.set(f.id, compact([{ x: sx, y: sy }, { x: sx, y: turn }, { x: aside, y: turn }, { x: aside, y: my }, { x: tx, y: my }, { x: tx, y: down ? t.y : t.y + t.height }]));
  });
  // data associations: straight up (or down) from the data object to its activity
  for (const d of graph.data) {
    const box = shapes.get(d.id)!;
    const t = shapes.get(d.activity)!;
    const below = box.y > t.y;
    const link = (dx: number): Point[] => {
      const x = Math.min(Math.max(mid(box).x + dx, t.x + 8), t.x + t.width - 8);
      const from = { x: mid(box).x + dx, y: below ? box.y : box.y + box.height };
      const to = { x, y: below ? t.y + t.height : t.y };
      return compact([from, { x: from.x, y: (from.y + to.y) / 2 }, { x, y: (from.y + to.y) / 2 }, to]);
    };
    const both = d.read && d.write;
    if (d.read) edges.set(`${d.id}_read`, link(both ? -6 : 0));
    if (d.write) edges.set(`${d.id}_write`, link(both ? 6 : 0).reverse());
  }
  // a gateway's name goes above it when a flow leaves it downwards (bpmn-js puts it below otherwise)
  for (const n of graph.nodes) {
    if ((n.kind !== 'exclusive' && n.kind !== 'parallel') || n.name === undefined) continue;
    const b = shapes.get(n.id)!;
    const down = graph.flows.some((f) => f.source === n.id && edges.get(f.id)![0]!.y > mid(b).y);
    if (down) labels.set(n.id, { x: b.x - 55, y: b.y - 34, width: 100, height: 27 });
  }
  // a flow's name beside the start of its first segment
  for (const f of graph.flows) {
    if (f.name === undefined) continue;
    const [p0, p1] = edges.get(f.id)!;
    if (!p0 || !p1) continue;
    const p2 = edges.get(f.id)![2];
    if (p0.y === p1.y) labels.set(f.id, { x: p0.x + 6, y: p0.y - 44, width: 88, height: 40 });
    else if (Math.abs(p1.y - p0.y) < 60 && p2) labels.set(f.id, { x: p1.x + 6, y: p1.y > p0.y ? p1.y + 4 : p1.y - 44, width: 88, height: 40 });
    else if (p1.y > p0.y) labels.set(f.id, { x: p0.x + 6, y: p0.y + 4, width: 88, height: 40 });
    // upwards: to the left of the segment, clear of a label above a flow that leaves to the right
    else labels.set(f.id, { x: p0.x - 94, y: p0.y - 44, width: 88, height: 40 });
  }
  return { shapes, edges, labels };
}

function mid(b: Bounds): Point {
  return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
}

function routeFlow(f: BpmnFlow, shapes: Map<string, Bounds>, nodes: Map<string, BpmnNode>, rank: Map<string, number>, cellBottom: (id: string) => number, contentX: number): Point[] {
  const s = shapes.get(f.source)!;
  const t = shapes.get(f.target)!;
  const sm = mid(s);
  const tm = mid(t);
  const forward = rank.get(f.target)! > rank.get(f.source)!;
  if (forward) {
    if (sm.y === tm.y) return [{ x: s.x + s.width, y: sm.y }, { x: t.x, y: tm.y }];
    const kind = nodes.get(f.source)!.kind;
    if (kind === 'exclusive' || kind === 'parallel') {
      return [{ x: sm.x, y: tm.y < sm.y ? s.y : s.y + s.height }, { x: sm.x, y: tm.y }, { x: t.x, y: tm.y }];
    }
    const bend = contentX + (rank.get(f.source)! + 1) * COLUMN;
    return [{ x: s.x + s.width, y: sm.y }, { x: bend, y: sm.y }, { x: bend, y: tm.y }, { x: t.x, y: tm.y }];
  }
  // back to an earlier column (a loop)
  return routeBelow(f, shapes, cellBottom);
}

/** Out of the bottom of the source, along the bottom of the rows, into the bottom of the target. */
function routeBelow(f: BpmnFlow, shapes: Map<string, Bounds>, cellBottom: (id: string) => number): Point[] {
  const s = shapes.get(f.source)!;
  const t = shapes.get(f.target)!;
  const below = Math.max(cellBottom(f.source), cellBottom(f.target)) - 12;
  return [{ x: mid(s).x, y: s.y + s.height }, { x: mid(s).x, y: below }, { x: mid(t).x, y: below }, { x: mid(t).x, y: t.y + t.height }];
}

/** Drops points that repeat the previous one (a bend of length 0). */
function compact(points: Point[]): Point[] {
  return points.filter((p, i) => i === 0 || p.x !== points[i - 1]!.x || p.y !== points[i - 1]!.y);
}
