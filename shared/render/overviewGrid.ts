import { LANE_HEADER_WIDTH, STAGE_HEADER_HEIGHT } from '../layout';
import type { RenderModel } from './model';
import type { Tile } from './tiling';

/** The stages and lanes one page of a tiled PDF holds, by name, for the overview's grid. */
export interface TileHolds {
  stages: string[];
  lanes: string[];
}

/** How much of a span [a, a + size) lies inside [b, b + length). */
const within = (a: number, size: number, b: number, length: number) =>
  Math.max(0, Math.min(a + size, b + length) - Math.max(a, b));

/**
 * Which stages and lanes a tile holds: those at least half inside it, or — for one wider than a page — filling most
 * of it. The strip neighbouring pages repeat where a page cuts through a stage or lane does not count.
 */
export function tileHolds(model: RenderModel, tile: Tile): TileHolds {
  const holds = (start: number, size: number, from: number, length: number) => {
    const inside = within(start, size, from, length);
    return inside >= size / 2 || inside >= length * 0.6;
  };
  const stageName = new Map(model.stages.map((s) => [s.id, s.name]));
  const laneTitle = new Map(model.lanes.map((l) => [l.id, l.title]));
  return {
    stages: model.layout.stages
      .filter((s) => holds(s.x - LANE_HEADER_WIDTH, s.width, tile.x, tile.width))
      .map((s) => stageName.get(s.id) ?? ''),
    lanes: model.layout.lanes
      .filter((l) => holds(l.y - STAGE_HEADER_HEIGHT, l.height, tile.y, tile.height))
      .map((l) => laneTitle.get(l.id) ?? ''),
  };
}

/** "Buy", or "Buy – Receive" for a run of several. */
export function runOf(names: readonly string[]): string {
  const first = names[0] ?? '';
  const last = names.at(-1) ?? '';
  return names.length > 1 ? `${first} – ${last}` : first;
}
