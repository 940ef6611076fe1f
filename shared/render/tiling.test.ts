import { describe, expect, it } from 'vitest';
import {
  paperMm,
  pngTiles,
  balancedSegments,
  snapSegments,
  tileCount,
  tileGrid,
  tilesFromSegments,
  PNG_TILE_SIDE,
} from './tiling';

describe('tileCount', () => {
  it('is ceil(content / tile) without overlap', () => {
    expect(tileCount(1000, 400)).toBe(3);
    expect(tileCount(800, 400)).toBe(2);
    expect(tileCount(801, 400)).toBe(3);
    expect(tileCount(10, 400)).toBe(1);
  });
  it('needs more tiles when neighbours overlap', () => {
    // Tiles of 400 with 50 shared: 0–400, 350–750, 700–1100.
    expect(tileCount(1000, 400, 50)).toBe(3);
    expect(tileCount(1100, 400, 50)).toBe(3);
    expect(tileCount(1101, 400, 50)).toBe(4);
  });
  it('refuses a tile no longer than its overlap', () => {
    expect(() => tileCount(100, 20, 20)).toThrow(RangeError);
  });
});

describe('tileGrid', () => {
  it('covers the content exactly: rows × columns tiles, the last ones shorter', () => {
    const { rows, cols, tiles } = tileGrid({ width: 1000, height: 500 }, { width: 400, height: 300 });
    expect([rows, cols]).toEqual([2, 3]);
    expect(tiles).toHaveLength(6);
    expect(tiles[2]).toEqual({ row: 0, col: 2, x: 800, y: 0, width: 200, height: 300 });
    expect(tiles[5]).toEqual({ row: 1, col: 2, x: 800, y: 300, width: 200, height: 200 });
  });
  it('shares the overlap between neighbours', () => {
    const { tiles } = tileGrid({ width: 1000, height: 100 }, { width: 400, height: 100 }, 50);
    expect(tiles.map((t) => [t.x, t.width])).toEqual([
      [0, 400],
      [350, 400],
      [700, 300],
    ]);
  });
});

describe('paperMm', () => {
  it('swaps the sides for landscape', () => {
    expect(paperMm('A3', 'portrait')).toEqual({ width: 297, height: 420 });
    expect(paperMm('A3', 'landscape')).toEqual({ width: 420, height: 297 });
    expect(paperMm('Letter', 'landscape')).toEqual({ width: 279.4, height: 215.9 });
  });
});

describe('pngTiles', () => {
  it('keeps a map that fits the bitmap limits in one file', () => {
    expect(pngTiles(1678, 1752, 3).tiles).toHaveLength(1);
  });
  it('splits a map too large for one bitmap into tiles of at most 8192 image pixels', () => {
    const { rows, cols, tiles } = pngTiles(12_000, 3_000, 2);
    expect(cols).toBe(Math.ceil(24_000 / PNG_TILE_SIDE));
    expect(rows).toBe(1);
    for (const t of tiles) expect(t.width * 2).toBeLessThanOrEqual(PNG_TILE_SIDE);
  });
  it('splits by area too, not only by side', () => {
    expect(pngTiles(9_000, 9_000, 1).tiles.length).toBeGreaterThan(1);
  });
});

describe('snapSegments', () => {
  it('without boundaries cuts like tileCount, sharing the overlap', () => {
    for (const [length, tile, overlap] of [
      [1000, 400, 0],
      [1100, 400, 50],
      [1101, 400, 50],
      [300, 400, 0],
    ] as const) {
      expect(snapSegments(length, tile, [], overlap)).toHaveLength(tileCount(length, tile, overlap));
    }
    expect(snapSegments(1000, 400, [], 50)).toEqual([
      { start: 0, end: 400 },
      { start: 350, end: 750 },
      { start: 700, end: 1000 },
    ]);
  });
  it('breaks at the last stage edge that fits in the back half of a tile', () => {
    // Stages 280 wide: edges at 280, 560, 840, 1120; pages 600 wide break at 560, then at 1120.
    expect(snapSegments(1400, 600, [280, 560, 840, 1120])).toEqual([
      { start: 0, end: 560 },
      { start: 560, end: 1120 },
      { start: 1120, end: 1400 },
    ]);
  });
  it('falls back to a hard break with overlap when a stage is wider than half a page', () => {
    expect(snapSegments(1000, 400, [100, 900], 20)).toEqual([
      { start: 0, end: 400 },
      { start: 380, end: 780 },
      { start: 760, end: 1000 },
    ]);
  });
});

describe('tilesFromSegments', () => {
  it('makes rows × columns tiles in reading order', () => {
    const { rows, cols, tiles } = tilesFromSegments(
      [
        { start: 0, end: 10 },
        { start: 10, end: 15 },
      ],
      [
        { start: 0, end: 7 },
        { start: 7, end: 9 },
      ],
    );
    expect([rows, cols, tiles.length]).toEqual([2, 2, 4]);
    expect(tiles[3]).toEqual({ row: 1, col: 1, x: 7, y: 10, width: 2, height: 5 });
  });
});

describe('balancedSegments', () => {
  it('shares five stages that need two pages as 3 + 2, not 4 + 1', () => {
    const edges = [100, 200, 300, 400, 500];
    expect(snapSegments(500, 420, edges).map((s) => s.end - s.start)).toEqual([400, 100]);
    expect(balancedSegments(500, 420, edges)).toEqual([
      { start: 0, end: 300 },
      { start: 300, end: 500 },
    ]);
  });

  it('never needs more pages than the greedy cut, and keeps each within a page', () => {
    const edges = [130, 250, 400, 520, 610, 790, 900];
    const greedy = snapSegments(900, 400, edges);
    const balanced = balancedSegments(900, 400, edges);
    expect(balanced).toHaveLength(greedy.length);
    for (const s of balanced) expect(s.end - s.start).toBeLessThanOrEqual(400);
    expect(balanced[0]?.start).toBe(0);
    expect(balanced.at(-1)?.end).toBe(900);
  });

  it('keeps the greedy cut where a stage wider than a page forces a break through it', () => {
    const edges = [100, 700, 800];
    expect(balancedSegments(800, 400, edges, 16)).toEqual(snapSegments(800, 400, edges, 16));
  });
});
