import { Position, getSmoothStepPath } from '@xyflow/react';

interface Ends {
  sourceX: number;
  sourceY: number;
  targetX: number;
  targetY: number;
  sourcePosition: Position;
  targetPosition: Position;
}

/** Rounded corners of an orthogonal path through `points`. */
function rounded(points: readonly [number, number][], radius: number): string {
  let d = `M${points[0]![0]},${points[0]![1]}`;
  for (let i = 1; i < points.length - 1; i++) {
    const [px, py] = points[i - 1]!;
    const [x, y] = points[i]!;
    const [nx, ny] = points[i + 1]!;
    const r = Math.min(radius, Math.hypot(x - px, y - py) / 2, Math.hypot(nx - x, ny - y) / 2);
    const a = [x - Math.sign(x - px) * r, y - Math.sign(y - py) * r];
    const b = [x + Math.sign(nx - x) * r, y + Math.sign(ny - y) * r];
    d += ` L${a[0]},${a[1]} Q${x},${y} ${b[0]},${b[1]}`;
  }
  const last = points[points.length - 1]!;
  return `${d} L${last[0]},${last[1]}`;
}

/**
 * The path of a link and where its label goes. A link with a detour leaves its card to the right, runs down
 * the gap beside the column at `detourX` and comes back in, so it never passes behind the cards in between.
 */
export function linkPath(ends: Ends, detourX: number | null): { d: string; labelX: number; labelY: number } {
  if (detourX !== null) {
    const x = Math.max(detourX, ends.sourceX + 4, ends.targetX + 4);
    const d = rounded(
      [
        [ends.sourceX, ends.sourceY],
        [x, ends.sourceY],
        [x, ends.targetY],
        [ends.targetX, ends.targetY],
      ],
      8,
    );
    return { d, labelX: x, labelY: (ends.sourceY + ends.targetY) / 2 };
  }
  const [d, labelX, labelY] = getSmoothStepPath({ ...ends, borderRadius: 10, offset: 16 });
  return { d, labelX, labelY };
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
