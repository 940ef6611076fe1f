import type { Rect } from '../../../shared/layout';

/** A direction an arrow key moves the selection in. */
export type Direction = 'left' | 'right' | 'up' | 'down';

/** The arrow keys and the direction each stands for. */
export const ARROW_DIRECTIONS: Record<string, Direction> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

/** How far apart two spans are along one axis (0 when they overlap). */
function gap(a0: number, a1: number, b0: number, b1: number): number {
  return Math.max(0, b0 - a1, a0 - b1);
}

/**
 * The card nearest to `from` in a direction, by geometry. Only cards whose centre lies beyond `from`'s centre
 * that way count, and of those only the ones in line (overlapping sideways) or within a 45° cone — so Down from
 * a card goes to the card below it, not to one a column over that sits a little lower — unless there are none,
 * then any card that way. Among them the one closest along the direction wins, sideways distance weighing double.
 */
export function nearestCard(
  boxes: Iterable<Rect & { id: string }>,
  from: Rect & { id: string },
  dir: Direction,
): string | null {
  const cx = from.x + from.width / 2;
  const cy = from.y + from.height / 2;
  const horizontal = dir === 'left' || dir === 'right';
  const sign = dir === 'right' || dir === 'down' ? 1 : -1;
  let best: string | null = null;
  let bestScore = Infinity;
  let bestInCone = false;
  for (const b of boxes) {
    if (b.id === from.id) continue;
    const along = horizontal ? (b.x + b.width / 2 - cx) * sign : (b.y + b.height / 2 - cy) * sign;
    if (along <= 0.5) continue;
    const sideways = horizontal
      ? gap(from.y, from.y + from.height, b.y, b.y + b.height)
      : gap(from.x, from.x + from.width, b.x, b.x + b.width);
    const offCentre = horizontal ? Math.abs(b.y + b.height / 2 - cy) : Math.abs(b.x + b.width / 2 - cx);
    const inCone = sideways === 0 || offCentre <= along;
    if (bestInCone && !inCone) continue;
    // The centre offset breaks ties between cards that overlap sideways (the one most in line wins).
    const score = along + 2 * sideways + offCentre / 1000;
    if ((inCone && !bestInCone) || score < bestScore) {
      bestScore = score;
      best = b.id;
      bestInCone = inCone;
    }
  }
  return best;
}

/** The top-left card of a map (first stage, topmost), where arrow keys start when nothing is selected. */
export function firstCard(boxes: Iterable<Rect & { id: string }>): string | null {
  let best: (Rect & { id: string }) | null = null;
  for (const b of boxes) if (!best || b.x < best.x - 0.5 || (Math.abs(b.x - best.x) <= 0.5 && b.y < best.y)) best = b;
  return best?.id ?? null;
}
