import type { MapLayout, Rect } from '../../../shared/layout';
import type { TandemDoc } from '../../../shared/schema/document';

/**
 * Where the keyboard cursor stands: a lane × stage cell, and in a cell that has cards, one of them (`index`, in
 * the cell's display order). An empty cell is a place of its own (`index` null), so N can make a card there.
 */
export interface Cursor {
  laneId: string;
  stageId: string;
  index: number | null;
}

/** The grid the cursor walks: lanes top to bottom, stages left to right, and each cell's cards in display order. */
export interface CursorGrid {
  lanes: readonly string[];
  stages: readonly string[];
  /** Card ids of each cell, keyed `laneId|stageId`; a missing key is an empty cell. */
  cells: ReadonlyMap<string, readonly string[]>;
}

/** A move of the cursor: the arrows, Home / End (along the lane) and first / last (Ctrl+Home / Ctrl+End). */
export type CursorMove = 'up' | 'down' | 'left' | 'right' | 'home' | 'end' | 'first' | 'last';

const byOrder = <T extends { order: number }>(a: T, b: T) => a.order - b.order;
const key = (laneId: string, stageId: string) => `${laneId}|${stageId}`;

/** The cursor's grid of a map; metrics lanes show computed figures, hold no cards, and are stepped over. */
export function cursorGrid(doc: Pick<TandemDoc, 'lanes' | 'stages' | 'cards'>): CursorGrid {
  const lanes = [...doc.lanes]
    .filter((l) => l.kind !== 'metrics')
    .sort(byOrder)
    .map((l) => l.id);
  const stages = [...doc.stages].sort(byOrder).map((s) => s.id);
  const lists = new Map<string, { id: string; order: number }[]>();
  for (const c of doc.cards) {
    const k = key(c.laneId, c.stageId);
    const list = lists.get(k);
    if (list) list.push(c);
    else lists.set(k, [c]);
  }
  const cells = new Map<string, string[]>();
  for (const [k, list] of lists)
    cells.set(
      k,
      list.sort(byOrder).map((c) => c.id),
    );
  return { lanes, stages, cells };
}

/** The card ids of one cell, in display order. */
export function cellOf(grid: CursorGrid, laneId: string, stageId: string): readonly string[] {
  return grid.cells.get(key(laneId, stageId)) ?? [];
}

/** A cursor in a cell, on its card `index` clamped to the cell (or on the cell itself when it is empty). */
function at(grid: CursorGrid, laneId: string, stageId: string, index: number): Cursor {
  const n = cellOf(grid, laneId, stageId).length;
  return { laneId, stageId, index: n === 0 ? null : Math.max(0, Math.min(n - 1, index)) };
}

/** The first cell of the grid (top left), or null for a map without lanes or stages. */
export function firstCursor(grid: CursorGrid): Cursor | null {
  const lane = grid.lanes[0];
  const stage = grid.stages[0];
  return lane && stage ? at(grid, lane, stage, 0) : null;
}

/**
 * The cursor made valid for the map as it is now: a lane or stage that went away puts it at the nearest
 * remaining one (else the first cell); a card index past the cell's end lands on its last card — so a deleted
 * card hands the cursor to its neighbour, never to nowhere.
 */
export function normalizeCursor(grid: CursorGrid, cursor: Cursor | null): Cursor | null {
  if (!cursor) return firstCursor(grid);
  if (!grid.lanes.includes(cursor.laneId) || !grid.stages.includes(cursor.stageId)) return firstCursor(grid);
  return at(grid, cursor.laneId, cursor.stageId, cursor.index ?? 0);
}

/** The cursor on a card, or null when the card is not on the grid (deleted, or on a metrics lane). */
export function cursorOnCard(grid: CursorGrid, cardId: string): Cursor | null {
  for (const [k, ids] of grid.cells) {
    const index = ids.indexOf(cardId);
    if (index < 0) continue;
    const [laneId = '', stageId = ''] = k.split('|');
    if (grid.lanes.includes(laneId) && grid.stages.includes(stageId)) return { laneId, stageId, index };
  }
  return null;
}

/** The card under the cursor, or null on an empty cell. */
export function cardAtCursor(grid: CursorGrid, cursor: Cursor | null): string | null {
  if (!cursor || cursor.index === null) return null;
  return cellOf(grid, cursor.laneId, cursor.stageId)[cursor.index] ?? null;
}

/**
 * Moves the cursor one step. Up and down walk the cards of a cell before leaving it (entering a cell from below
 * lands on its last card, from above on its first); left and right keep the lane and the place in the cell;
 * Home and End go to the lane's first and last stage; first and last to the grid's corners. At an edge it stays.
 */
export function moveCursor(grid: CursorGrid, from: Cursor | null, move: CursorMove): Cursor | null {
  const cursor = normalizeCursor(grid, from);
  if (!cursor) return null;
  const lane = grid.lanes.indexOf(cursor.laneId);
  const stage = grid.stages.indexOf(cursor.stageId);
  const n = cellOf(grid, cursor.laneId, cursor.stageId).length;
  const index = cursor.index ?? 0;
  const laneAt = (i: number) => grid.lanes[i];
  const stageAt = (i: number) => grid.stages[i];
  switch (move) {
    case 'up': {
      if (index > 0) return { ...cursor, index: index - 1 };
      const above = laneAt(lane - 1);
      return above ? at(grid, above, cursor.stageId, Number.MAX_SAFE_INTEGER) : cursor;
    }
    case 'down': {
      if (index < n - 1) return { ...cursor, index: index + 1 };
      const below = laneAt(lane + 1);
      return below ? at(grid, below, cursor.stageId, 0) : cursor;
    }
    case 'left':
    case 'right': {
      const next = stageAt(stage + (move === 'left' ? -1 : 1));
      return next ? at(grid, cursor.laneId, next, index) : cursor;
    }
    case 'home':
    case 'end': {
      const edge = stageAt(move === 'home' ? 0 : grid.stages.length - 1);
      return edge ? at(grid, cursor.laneId, edge, 0) : cursor;
    }
    case 'first':
      return firstCursor(grid);
    case 'last': {
      const l = laneAt(grid.lanes.length - 1);
      const s = stageAt(grid.stages.length - 1);
      return l && s ? at(grid, l, s, 0) : cursor;
    }
  }
}

/** Where the cursor is drawn: round its card, or round the whole cell when it stands on an empty one. */
export function cursorRect(layout: MapLayout, grid: CursorGrid, cursor: Cursor): Rect | null {
  const card = cardAtCursor(grid, cursor);
  const box = card ? layout.cards.get(card) : undefined;
  if (box) return { x: box.x, y: box.y, width: box.width, height: box.height };
  const stage = layout.stages.find((s) => s.id === cursor.stageId);
  const lane = layout.lanes.find((l) => l.id === cursor.laneId);
  return stage && lane ? { x: stage.x, y: lane.y, width: stage.width, height: lane.height } : null;
}
