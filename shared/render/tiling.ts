/** Paper sizes in millimetres, portrait (width × height). */
export const PAPER_MM = {
  A4: { width: 210, height: 297 },
  A3: { width: 297, height: 420 },
  A2: { width: 420, height: 594 },
  Letter: { width: 215.9, height: 279.4 },
  Tabloid: { width: 279.4, height: 431.8 },
} as const;
export type Paper = keyof typeof PAPER_MM;
export type Orientation = 'portrait' | 'landscape';

/** CSS pixels per millimetre (96 px to the inch, as Chromium prints). */
export const PX_PER_MM = 96 / 25.4;

/** A paper's size in millimetres in the given orientation. */
export function paperMm(paper: Paper, orientation: Orientation): { width: number; height: number } {
  const { width, height } = PAPER_MM[paper];
  return orientation === 'landscape' ? { width: height, height: width } : { width, height };
}

/**
 * How many tiles of length `tile` cover `content` when neighbouring tiles share `overlap`:
 * 1 when it fits, else 1 + ceil((content − tile) / (tile − overlap)). With no overlap that is ceil(content / tile).
 */
export function tileCount(content: number, tile: number, overlap = 0): number {
  if (!(tile > overlap) || tile <= 0)
    throw new RangeError(`a tile (${tile}) must be longer than its overlap (${overlap})`);
  if (content <= tile) return 1;
  return 1 + Math.ceil((content - tile) / (tile - overlap) - 1e-9);
}

/** One tile: its row and column (from 0) and the part of the content it shows. */
export interface Tile {
  row: number;
  col: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Cuts a content area into rows × columns of tiles, left to right then top to bottom; the last row and column may be shorter. */
export function tileGrid(
  content: { width: number; height: number },
  tile: { width: number; height: number },
  overlap = 0,
): { rows: number; cols: number; tiles: Tile[] } {
  const cols = tileCount(content.width, tile.width, overlap);
  const rows = tileCount(content.height, tile.height, overlap);
  const tiles: Tile[] = [];
  for (let row = 0; row < rows; row++) {
    for (let col = 0; col < cols; col++) {
      const x = col * (tile.width - overlap);
      const y = row * (tile.height - overlap);
      tiles.push({
        row,
        col,
        x,
        y,
        width: Math.min(tile.width, content.width - x),
        height: Math.min(tile.height, content.height - y),
      });
    }
  }
  return { rows, cols, tiles };
}

/** Largest PNG side, and largest PNG area, written as one file; beyond either the image is split into tiles. */
export const PNG_MAX_SIDE = 16_384;
export const PNG_MAX_PIXELS = 64 * 1024 * 1024;
/** Side of each PNG tile (in image pixels) when a map is too large for one file. */
export const PNG_TILE_SIDE = 8_192;

/**
 * The PNG files a map of `width` × `height` (CSS px) becomes at `scale`: one file when it fits the limits, else
 * tiles of at most PNG_TILE_SIDE image pixels a side. Tile rectangles are in CSS px of the map.
 */
export function pngTiles(width: number, height: number, scale: number): { rows: number; cols: number; tiles: Tile[] } {
  const w = Math.ceil(width * scale);
  const h = Math.ceil(height * scale);
  if (w <= PNG_MAX_SIDE && h <= PNG_MAX_SIDE && w * h <= PNG_MAX_PIXELS) {
    return { rows: 1, cols: 1, tiles: [{ row: 0, col: 0, x: 0, y: 0, width, height }] };
  }
  const side = Math.floor(PNG_TILE_SIDE / scale);
  return tileGrid({ width, height }, { width: side, height: side });
}

/** A stretch of one axis shown by one row or column of tiles. */
export interface Segment {
  start: number;
  end: number;
}

/**
 * Cuts `length` into segments at most `tile` long, preferring to break at a `boundaries` position (stage or lane
 * edges, ascending) in the back half of a tile so that pages do not cut through cards; where none fits, a hard
 * break at the tile's end, and the next segment repeats `overlap`. Without boundaries this gives tileCount() segments.
 */
export function snapSegments(length: number, tile: number, boundaries: readonly number[] = [], overlap = 0): Segment[] {
  if (!(tile > overlap) || tile <= 0)
    throw new RangeError(`a tile (${tile}) must be longer than its overlap (${overlap})`);
  const segments: Segment[] = [];
  let start = 0;
  while (start < length - 1e-6) {
    const limit = start + tile;
    if (limit >= length - 1e-6) {
      segments.push({ start, end: length });
      break;
    }
    let snap: number | undefined;
    for (const b of boundaries) if (b > start + tile / 2 && b <= limit + 1e-6 && b < length) snap = b;
    if (snap !== undefined) {
      segments.push({ start, end: snap });
      start = snap;
    } else {
      segments.push({ start, end: limit });
      start = limit - overlap;
    }
  }
  return segments.length > 0 ? segments : [{ start: 0, end: length }];
}

/** Tiles for every row segment × column segment, left to right then top to bottom. */
export function tilesFromSegments(
  rows: readonly Segment[],
  cols: readonly Segment[],
): { rows: number; cols: number; tiles: Tile[] } {
  const tiles: Tile[] = [];
  rows.forEach((r, row) => {
    cols.forEach((c, col) => {
      tiles.push({ row, col, x: c.start, y: r.start, width: c.end - c.start, height: r.end - r.start });
    });
  });
  return { rows: rows.length, cols: cols.length, tiles };
}

/**
 * The same pages as `snapSegments`, shared out evenly: a greedy cut fills each page as far as it goes and leaves
 * the last one with a remnant (five stages as 4 + 1, a lone lane band on the last row). Where every greedy break
 * falls on a boundary, this chooses the same number of segments among the boundaries with the least spread of
 * lengths (least sum of squares: 3 + 2, not 4 + 1), each still at most `tile`. Where a stage or lane is wider than a
 * page and the greedy cut had to break through it, the greedy cut stands.
 */
export function balancedSegments(
  length: number,
  tile: number,
  boundaries: readonly number[] = [],
  overlap = 0,
): Segment[] {
  const greedy = snapSegments(length, tile, boundaries, overlap);
  const n = greedy.length;
  if (n <= 1) return greedy;
  const edges = new Set(boundaries);
  if (greedy.slice(0, -1).some((s) => !edges.has(s.end))) return greedy;
  // Cut points: the start, every boundary inside, the end. best[k][j]: least cost of k segments ending at points[j].
  const points = [0, ...[...edges].filter((b) => b > 1e-6 && b < length - 1e-6).sort((a, b) => a - b), length];
  const last = points.length - 1;
  const best: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(points.length).fill(Infinity));
  const from: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(points.length).fill(-1));
  (best[0] as number[])[0] = 0;
  for (let k = 1; k <= n; k++) {
    const row = best[k] as number[];
    const prev = best[k - 1] as number[];
    for (let j = 1; j <= last; j++) {
      const end = points[j] as number;
      for (let i = j - 1; i >= 0; i--) {
        const size = end - (points[i] as number);
        if (size > tile + 1e-6) break;
        const cost = (prev[i] as number) + size * size;
        if (cost < (row[j] as number)) {
          row[j] = cost;
          (from[k] as number[])[j] = i;
        }
      }
    }
  }
  if (!Number.isFinite((best[n] as number[])[last] as number)) return greedy;
  const segments: Segment[] = [];
  for (let k = n, j = last; k > 0; k--) {
    const i = (from[k] as number[])[j] as number;
    segments.unshift({ start: points[i] as number, end: points[j] as number });
    j = i;
  }
  return segments;
}
