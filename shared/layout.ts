import type { Card } from './schema/card';
import type { TandemDoc } from './schema/document';
import type { Lane, LaneKind } from './schema/lane';
import type { Stage } from './schema/stage';
import { label } from './vocabulary';

/** Width of the lane-header column on the left, in canvas pixels. */
export const LANE_HEADER_WIDTH = 230;
/** Height of the stage-header row on top, in canvas pixels. */
export const STAGE_HEADER_HEIGHT = 64;
/** Space between a cell's edge and its cards. */
export const CELL_PADDING = 12;
/** Space between two cards stacked in one cell. */
export const CARD_GAP = 8;
/** Smallest card height: room for two lines of title and a footer at 14px. */
export const MIN_CARD_HEIGHT = 84;
/**
 * Tallest card: six lines of title and the footer. Cards share their cell's height up to this, so a lone card
 * beside a crowded cell in the same lane does not stretch into a column of white.
 */
export const MAX_CARD_HEIGHT = 180;
/** Height of a card on an emotion lane, which moves up and down with its value. */
export const EMOTION_CARD_HEIGHT = 64;
/**
 * Narrowest card on an emotion lane: its value and a short word. Up to four cards share a default-width stage
 * side by side; a fifth makes them fan out, overlapping.
 */
export const MIN_EMOTION_CARD_WIDTH = 56;

/** Which side of the organisation a lane belongs to, for tinting. */
export type LaneSide = 'customer' | 'organisation' | 'neutral';

/** The three lines of a service blueprint. */
export type BlueprintLineKind = 'interaction' | 'visibility' | 'internal';

export interface StageBox {
  id: string;
  x: number;
  width: number;
}
export interface LaneBox {
  id: string;
  kind: LaneKind;
  y: number;
  height: number;
  side: LaneSide;
}
export interface BlueprintLine {
  kind: BlueprintLineKind;
  y: number;
  label: string;
}
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface CardBox extends Rect {
  id: string;
  laneId: string;
  stageId: string;
}

/** Where everything of a map goes on the canvas; pure data shared by the canvas and the SVG export. */
export interface MapLayout {
  stages: StageBox[];
  lanes: LaneBox[];
  lines: BlueprintLine[];
  cards: Map<string, CardBox>;
  /** Total size including the header column and row. */
  width: number;
  height: number;
}

const byOrder = <T extends { order: number }>(a: T, b: T) => a.order - b.order;

/** Which side a lane is drawn on: customer-facing rows, the organisation's rows, or neither (metrics, notes). */
export function laneSide(lane: Pick<Lane, 'kind' | 'side'>): LaneSide {
  switch (lane.kind) {
    case 'customer':
    case 'touchpoint':
      return 'customer';
    case 'emotion':
      return lane.side === 'customer' ? 'customer' : 'organisation';
    case 'metrics':
    case 'notes':
      return 'neutral';
    default:
      return 'organisation';
  }
}

/** The cards of each lane × stage cell, keyed `laneId|stageId`, each list in display order. */
export function cardsByCell(cards: readonly Card[]): Map<string, Card[]> {
  const cells = new Map<string, Card[]>();
  for (const c of cards) {
    const key = cellKey(c.laneId, c.stageId);
    const list = cells.get(key);
    if (list) list.push(c);
    else cells.set(key, [c]);
  }
  for (const list of cells.values()) list.sort(byOrder);
  return cells;
}

/** The key of a lane × stage cell. */
export function cellKey(laneId: string, stageId: string): string {
  return `${laneId}|${stageId}`;
}

/** Height a lane needs so that `count` stacked cards fit without overlapping. */
export function laneHeightFor(kind: LaneKind, stored: number, count: number): number {
  if (kind === 'emotion' || count <= 1) return Math.max(stored, 2 * CELL_PADDING + MIN_CARD_HEIGHT);
  return Math.max(stored, 2 * CELL_PADDING + count * MIN_CARD_HEIGHT + (count - 1) * CARD_GAP);
}

/**
 * The blueprint lines between consecutive lanes, derived from lane order: interaction between a customer-side
 * lane and a frontstage lane, visibility between frontstage and backstage, internal interaction between
 * backstage and support. Each line is drawn once, at the first boundary where it applies.
 */
export function blueprintLines(lanes: readonly Pick<LaneBox, 'kind' | 'y' | 'height'>[]): BlueprintLine[] {
  const lines: BlueprintLine[] = [];
  const seen = new Set<BlueprintLineKind>();
  const isCustomer = (k: LaneKind) => k === 'customer' || k === 'touchpoint';
  for (let i = 1; i < lanes.length; i++) {
    const above = lanes[i - 1] as LaneBox;
    const below = lanes[i] as LaneBox;
    let kind: BlueprintLineKind | null = null;
    if (isCustomer(above.kind) && below.kind === 'frontstage') kind = 'interaction';
    else if (above.kind === 'frontstage' && below.kind === 'backstage') kind = 'visibility';
    else if (above.kind === 'backstage' && below.kind === 'support') kind = 'internal';
    if (kind && !seen.has(kind)) {
      seen.add(kind);
      lines.push({ kind, y: below.y, label: label(`blueprintLine.${kind}`) });
    }
  }
  return lines;
}

/**
 * Card rectangles within one cell. Cards stack top to bottom and share the cell's height; on emotion lanes a
 * card's height is fixed and its vertical position follows its value (+2 at the top, −2 at the bottom).
 */
export function cellCardRects(stage: StageBox, lane: LaneBox, cards: readonly Card[]): Rect[] {
  const x = stage.x + CELL_PADDING;
  const width = stage.width - 2 * CELL_PADDING;
  const inner = lane.height - 2 * CELL_PADDING;
  if (lane.kind === 'emotion') {
    const travel = inner - EMOTION_CARD_HEIGHT;
    const n = cards.length;
    // Side by side when they fit; a crowded cell fans its cards out, overlapping, rather than shrinking them
    // below a readable width (or, past about thirty cards, to nothing).
    const shared = n > 1 ? (width - (n - 1) * CARD_GAP) / n : width;
    const w = Math.min(width, Math.max(MIN_EMOTION_CARD_WIDTH, shared));
    const step = n > 1 ? Math.min(w + CARD_GAP, (width - w) / (n - 1)) : 0;
    return cards.map((c, i) => {
      const value = c.emotion ?? 0;
      return {
        x: x + i * step,
        y: lane.y + CELL_PADDING + ((2 - value) / 4) * travel,
        width: w,
        height: EMOTION_CARD_HEIGHT,
      };
    });
  }
  const n = cards.length;
  const height = n === 0 ? 0 : Math.min(MAX_CARD_HEIGHT, Math.max(MIN_CARD_HEIGHT, (inner - (n - 1) * CARD_GAP) / n));
  return cards.map((_, i) => ({ x, y: lane.y + CELL_PADDING + i * (height + CARD_GAP), width, height }));
}

/** Lays out a whole map: stage columns, lane rows (grown to fit their cards), blueprint lines and card boxes. */
export function computeLayout(doc: Pick<TandemDoc, 'stages' | 'lanes' | 'cards'>): MapLayout {
  const stagesSorted: Stage[] = [...doc.stages].sort(byOrder);
  const lanesSorted: Lane[] = [...doc.lanes].sort(byOrder);
  const cells = cardsByCell(doc.cards);

  const stages: StageBox[] = [];
  let x = LANE_HEADER_WIDTH;
  for (const s of stagesSorted) {
    stages.push({ id: s.id, x, width: s.width });
    x += s.width;
  }

  const lanes: LaneBox[] = [];
  let y = STAGE_HEADER_HEIGHT;
  for (const l of lanesSorted) {
    let most = 0;
    for (const s of stagesSorted) most = Math.max(most, cells.get(cellKey(l.id, s.id))?.length ?? 0);
    const height = laneHeightFor(l.kind, l.height, most);
    lanes.push({ id: l.id, kind: l.kind, y, height, side: laneSide(l) });
    y += height;
  }

  const cards = new Map<string, CardBox>();
  for (const lane of lanes) {
    for (const stage of stages) {
      const list = cells.get(cellKey(lane.id, stage.id));
      if (!list) continue;
      const rects = cellCardRects(stage, lane, list);
      list.forEach((c, i) => {
        cards.set(c.id, { id: c.id, laneId: lane.id, stageId: stage.id, ...(rects[i] as Rect) });
      });
    }
  }
  return { stages, lanes, lines: blueprintLines(lanes), cards, width: x, height: y };
}

/** The lane × stage cell under a canvas point, or null outside the grid. */
export function cellAt(
  layout: Pick<MapLayout, 'stages' | 'lanes'>,
  px: number,
  py: number,
): { laneId: string; stageId: string } | null {
  const stage = layout.stages.find((s) => px >= s.x && px < s.x + s.width);
  const lane = layout.lanes.find((l) => py >= l.y && py < l.y + l.height);
  return stage && lane ? { laneId: lane.id, stageId: stage.id } : null;
}

/** Which sides of two card boxes a link between them should leave and enter by. */
export function linkSides(
  from: Rect,
  to: Rect,
): { source: 'top' | 'right' | 'bottom' | 'left'; target: 'top' | 'right' | 'bottom' | 'left' } {
  const dx = to.x + to.width / 2 - (from.x + from.width / 2);
  const dy = to.y + to.height / 2 - (from.y + from.height / 2);
  const sameRow = Math.abs(dy) < Math.min(from.height, to.height) / 2;
  if (sameRow || (Math.abs(dx) > from.width && Math.abs(dy) < from.height)) {
    return dx >= 0 ? { source: 'right', target: 'left' } : { source: 'left', target: 'right' };
  }
  return dy >= 0 ? { source: 'bottom', target: 'top' } : { source: 'top', target: 'bottom' };
}

/** How a link is drawn: the sides it leaves and enters by, and, when it must go round cards, the x of its detour. */
export interface LinkRoute {
  source: 'top' | 'right' | 'bottom' | 'left';
  target: 'top' | 'right' | 'bottom' | 'left';
  /** Canvas x of the vertical run beside the column, or null for a direct link. */
  detourX: number | null;
  /** Canvas y of the run between rows past the cards of the stages in between, or null. */
  detourY: number | null;
}

/**
 * The stage columns whose cards could stand between a link's two ends: its own column for a link within one, else
 * the columns between (a link across stages runs through the gaps beside its ends' columns and past those).
 */
export function linkObstacleStages(layout: Pick<MapLayout, 'stages'>, from: CardBox, to: CardBox): string[] {
  if (from.stageId === to.stageId) return [from.stageId];
  const left = Math.min(from.x, to.x);
  const right = Math.max(from.x + from.width, to.x + to.width);
  return layout.stages.filter((s) => s.x > left && s.x + s.width < right).map((s) => s.id);
}

/** True when two cards stand in different columns: neither spans the other's x. */
function apart(a: Rect, b: Rect): boolean {
  return a.x + a.width <= b.x || b.x + b.width <= a.x;
}

/** True when a straight run from `a` to `b` (horizontal or vertical) passes over a box of `boxes` other than the ends. */
function runBlocked(
  a: { x: number; y: number },
  b: { x: number; y: number },
  boxes: readonly Rect[],
  ends: readonly Rect[],
): boolean {
  const minX = Math.min(a.x, b.x) - 1;
  const maxX = Math.max(a.x, b.x) + 1;
  const minY = Math.min(a.y, b.y) - 1;
  const maxY = Math.max(a.y, b.y) + 1;
  return boxes.some(
    (r) => !ends.includes(r) && r.x < maxX && r.x + r.width > minX && r.y < maxY && r.y + r.height > minY,
  );
}

/**
 * A sideways link whose step would pass over cards of the stages in between (it would seem to end at one of them):
 * the y of a free row past them — a gap between cards or lanes — nearest its two ends, or null if it has a clear run
 * or no free row exists.
 */
function rowDetour(
  from: Rect,
  to: Rect,
  sides: { source: Side4; target: Side4 },
  others: readonly Rect[],
): number | null {
  const s = sideMid(from, sides.source);
  const t = sideMid(to, sides.target);
  const mid = (s.x + t.x) / 2;
  const ends = [from, to];
  const step = [s, { x: mid, y: s.y }, { x: mid, y: t.y }, t];
  if (!step.slice(1).some((p, i) => runBlocked(step[i] as typeof p, p, others, ends))) return null;
  const x1 = s.x + (sides.source === 'right' ? CELL_PADDING : -CELL_PADDING);
  const x2 = t.x + (sides.target === 'left' ? -CELL_PADDING : CELL_PADDING);
  const candidates = others.flatMap((r) => [
    r.y - CARD_GAP / 2,
    r.y + r.height + CARD_GAP / 2,
    r.y - CELL_PADDING,
    r.y + r.height + CELL_PADDING,
  ]);
  // Nearest first: the first free row is the answer, usually after a check or two.
  const cost = (y: number) => Math.abs(y - s.y) + Math.abs(y - t.y);
  candidates.sort((p, q) => cost(p) - cost(q));
  for (const y of candidates) {
    const path = [s, { x: x1, y: s.y }, { x: x1, y }, { x: x2, y }, { x: x2, y: t.y }, t];
    if (!path.slice(1).some((p, i) => runBlocked(path[i] as typeof p, p, others, ends))) return y;
  }
  return null;
}

type Side4 = 'top' | 'right' | 'bottom' | 'left';

function sideMid(r: Rect, side: Side4): { x: number; y: number } {
  if (side === 'top') return { x: r.x + r.width / 2, y: r.y };
  if (side === 'bottom') return { x: r.x + r.width / 2, y: r.y + r.height };
  if (side === 'left') return { x: r.x, y: r.y + r.height / 2 };
  return { x: r.x + r.width, y: r.y + r.height / 2 };
}

/**
 * The route of a link given the other cards nearby (`others`, typically those of the same stage column).
 * A vertical link whose straight run would pass behind another card leaves by the right side, runs down the
 * gap beside the column (half a cell padding right of the widest card) and enters the target from the right;
 * every other link is routed exactly as `linkSides` says.
 */
export function linkRoute(from: Rect, to: Rect, others: Iterable<Rect>): LinkRoute {
  if (apart(from, to)) {
    // Cards in different stage columns: out sideways into the gap beside the column, never down through the cards
    // below the source (a link into a lane further down turns in the gap between the columns).
    const sides =
      to.x > from.x ? ({ source: 'right', target: 'left' } as const) : ({ source: 'left', target: 'right' } as const);
    return { ...sides, detourX: null, detourY: rowDetour(from, to, sides, [...others]) };
  }
  const sides = linkSides(from, to);
  if (sides.source === 'left' || sides.source === 'right')
    return { ...sides, detourX: null, detourY: rowDetour(from, to, sides, [...others]) };
  const upper = from.y <= to.y ? from : to;
  const lower = upper === from ? to : from;
  const top = upper.y + upper.height;
  const bottom = lower.y;
  const left = Math.min(from.x, to.x);
  const right = Math.max(from.x + from.width, to.x + to.width);
  let edge = right;
  let blocked = false;
  for (const r of others) {
    if (r === from || r === to) continue;
    const between = r.y < bottom && r.y + r.height > top;
    const overlaps = r.x < right && r.x + r.width > left;
    if (between && overlaps) {
      blocked = true;
      edge = Math.max(edge, r.x + r.width);
    }
  }
  return blocked
    ? { source: 'right', target: 'right', detourX: edge + CELL_PADDING / 2, detourY: null }
    : { ...sides, detourX: null, detourY: null };
}
