import { Position } from '@xyflow/react';
import type { LinkRoute } from '../../../shared/layout';
import { cornerRadius, linkPoints, pointAlong, roundedPath } from '../../../shared/linkPath';

interface Ends {
  sourceX: number;
  sourceY: number;
  targetX: number;
  targetY: number;
  sourcePosition: Position;
  targetPosition: Position;
}

/**
 * The path of a link and where its label goes, from the one router the exports draw with too
 * (`shared/linkPath.ts`): orthogonal runs with rounded corners; a detour beside the column (`detourX`) or between
 * rows (`detourY`) keeps it from passing behind the cards in between.
 */
export function linkPath(
  ends: Ends,
  route: Pick<LinkRoute, 'detourX' | 'detourY'>,
): { d: string; labelX: number; labelY: number } {
  const points = linkPoints(
    {
      source: { x: ends.sourceX, y: ends.sourceY },
      sourceSide: ends.sourcePosition,
      target: { x: ends.targetX, y: ends.targetY },
      targetSide: ends.targetPosition,
    },
    route,
  );
  const d = roundedPath(points, cornerRadius(route));
  if (route.detourX !== null)
    return { d, labelX: points[1]?.x ?? ends.sourceX, labelY: (ends.sourceY + ends.targetY) / 2 };
  const label = pointAlong(points, 0.5);
  return { d, labelX: label.x, labelY: label.y };
}

const INTO: Record<Position, [number, number]> = {
  [Position.Top]: [0, 1],
  [Position.Bottom]: [0, -1],
  [Position.Left]: [1, 0],
  [Position.Right]: [-1, 0],
};

/** An arrowhead (a closed triangle) whose tip is at (x, y), pointing into a card through side `side`. */
export function arrowHead(x: number, y: number, side: Position, back = 0, size = 11): string {
  const [dx, dy] = INTO[side];
  const tipX = x - dx * back;
  const tipY = y - dy * back;
  const baseX = tipX - dx * size;
  const baseY = tipY - dy * size;
  const half = size * 0.55;
  return `M${tipX},${tipY} L${baseX - dy * half},${baseY + dx * half} L${baseX + dy * half},${baseY - dx * half} Z`;
}

/** One straight run or rounded corner of a link path, and how far along the path it starts (for the dash phase). */
export interface PathPiece {
  d: string;
  offset: number;
}

/**
 * Splits an orthogonal link path (M, L and Q commands, as `linkPath` writes them) into its runs and corners.
 * Why: Chromium's rasteriser dashes a path along its whole length for every tile it touches, so a long dashed
 * link costs as much in a tile it merely crosses as in all of them; 200 such links on screen made each frame
 * of a card drag take over a second. Drawn as pieces, each piece is skipped by tiles it does not touch and a
 * straight piece is clipped to the tile before it is dashed. `offset` keeps the dashes continuous across pieces.
 */
export function pathPieces(d: string): PathPiece[] {
  const pieces: PathPiece[] = [];
  let x = 0;
  let y = 0;
  let along = 0;
  for (const [, cmd, args] of d.matchAll(/([MLQ])([^MLQ]*)/g)) {
    const n = (args!.match(/-?\d*\.?\d+(?:e[-+]?\d+)?/g) ?? []).map(Number);
    if (cmd === 'M') {
      [x, y] = [n[0]!, n[1]!];
      continue;
    }
    const [ex, ey] = cmd === 'L' ? [n[0]!, n[1]!] : [n[2]!, n[3]!];
    const length =
      cmd === 'L'
        ? Math.hypot(ex - x, ey - y)
        : // A quadratic corner's length lies between its chord and its control polygon; their mean is close enough for dashes.
          (Math.hypot(ex - x, ey - y) + Math.hypot(n[0]! - x, n[1]! - y) + Math.hypot(ex - n[0]!, ey - n[1]!)) / 2;
    if (length > 0) {
      pieces.push({
        d: cmd === 'L' ? `M${x},${y} L${ex},${ey}` : `M${x},${y} Q${n[0]},${n[1]} ${ex},${ey}`,
        offset: along,
      });
      along += length;
    }
    [x, y] = [ex, ey];
  }
  return pieces;
}
