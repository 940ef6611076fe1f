import { CELL_PADDING, type LinkRoute, type Rect } from './layout';

/** A side of a card a link leaves or enters by. */
export type Side = 'top' | 'right' | 'bottom' | 'left';

export interface Point {
  x: number;
  y: number;
}

/** Where a link meets a card: the middle of the side. */
export function sideAnchor(r: Rect, side: Side): Point {
  switch (side) {
    case 'top':
      return { x: r.x + r.width / 2, y: r.y };
    case 'bottom':
      return { x: r.x + r.width / 2, y: r.y + r.height };
    case 'left':
      return { x: r.x, y: r.y + r.height / 2 };
    default:
      return { x: r.x + r.width, y: r.y + r.height / 2 };
  }
}

const OUT: Record<Side, Point> = {
  top: { x: 0, y: -1 },
  bottom: { x: 0, y: 1 },
  left: { x: -1, y: 0 },
  right: { x: 1, y: 0 },
};

/** How far a link runs straight out of a card before it turns. */
const STEP_OFFSET = 16;

/** The two ends of a link and the sides they are on (on the canvas, React Flow's handle positions). */
export interface LinkEnds {
  source: Point;
  sourceSide: Side;
  target: Point;
  targetSide: Side;
}

/** The corners of a link's path without repeated or collinear points, so the corners are real turns. */
function tidy(points: Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const last = out.at(-1);
    if (last && Math.abs(last.x - p.x) < 1e-6 && Math.abs(last.y - p.y) < 1e-6) continue;
    const before = out.at(-2);
    if (
      before &&
      last &&
      ((Math.abs(before.x - last.x) < 1e-6 && Math.abs(last.x - p.x) < 1e-6) ||
        (Math.abs(before.y - last.y) < 1e-6 && Math.abs(last.y - p.y) < 1e-6))
    )
      out.pop();
    out.push(p);
  }
  return out;
}

/**
 * The corners of a link's path — the one router the canvas and every export draw with (orthogonal runs, turned at
 * rounded corners by `roundedPath`):
 * - a detour beside a column (`detourX`): out of the source's right side, along the gap, into the target's right side;
 * - a detour between rows (`detourY`): out sideways into the gap beside the source's column, along the free row at
 *   `detourY` past the cards in between, back into the target's side — so it never passes behind another card;
 * - otherwise a step: out of the source's side, across at the midpoint, into the target's side, going round the
 *   ends when the target lies behind the source.
 */
export function linkPoints(ends: LinkEnds, route: Pick<LinkRoute, 'detourX' | 'detourY'>): Point[] {
  const { source: s, target: t, sourceSide, targetSide } = ends;
  if (route.detourX !== null) {
    const x = Math.max(route.detourX, s.x + 4, t.x + 4);
    return tidy([s, { x, y: s.y }, { x, y: t.y }, t]);
  }
  if (route.detourY !== null) {
    const x1 = s.x + OUT[sourceSide].x * CELL_PADDING;
    const x2 = t.x + OUT[targetSide].x * CELL_PADDING;
    return tidy([s, { x: x1, y: s.y }, { x: x1, y: route.detourY }, { x: x2, y: route.detourY }, { x: x2, y: t.y }, t]);
  }
  const out = OUT[sourceSide];
  const into = OUT[targetSide];
  const horizontal = out.x !== 0;
  if (horizontal === (into.x !== 0)) {
    // Both ends sideways (or both up/down): forward when the target lies ahead of the source, else round the ends.
    const ahead = horizontal ? (t.x - s.x) * out.x : (t.y - s.y) * out.y;
    if (ahead > 0) {
      if (horizontal) {
        const mid = (s.x + t.x) / 2;
        return tidy([s, { x: mid, y: s.y }, { x: mid, y: t.y }, t]);
      }
      const mid = (s.y + t.y) / 2;
      return tidy([s, { x: s.x, y: mid }, { x: t.x, y: mid }, t]);
    }
    const s1 = { x: s.x + out.x * STEP_OFFSET, y: s.y + out.y * STEP_OFFSET };
    const t1 = { x: t.x + into.x * STEP_OFFSET, y: t.y + into.y * STEP_OFFSET };
    if (horizontal) {
      const mid = (s.y + t.y) / 2;
      return tidy([s, s1, { x: s1.x, y: mid }, { x: t1.x, y: mid }, t1, t]);
    }
    const mid = (s.x + t.x) / 2;
    return tidy([s, s1, { x: mid, y: s1.y }, { x: mid, y: t1.y }, t1, t]);
  }
  // One end sideways, the other up/down: a single corner.
  return tidy(horizontal ? [s, { x: t.x, y: s.y }, t] : [s, { x: s.x, y: t.y }, t]);
}

const round = (n: number) => Math.round(n * 100) / 100;

/** The rounded turn at corner `i`: where it starts (`a`), the corner (`c`), where it ends (`b`). */
function turn(points: readonly Point[], i: number, radius: number): { a: Point; c: Point; b: Point } {
  const p = points[i - 1] as Point;
  const c = points[i] as Point;
  const n = points[i + 1] as Point;
  const r = Math.min(radius, Math.hypot(c.x - p.x, c.y - p.y) / 2, Math.hypot(n.x - c.x, n.y - c.y) / 2);
  const a = { x: c.x - Math.sign(c.x - p.x) * r, y: c.y - Math.sign(c.y - p.y) * r };
  const b = { x: c.x + Math.sign(n.x - c.x) * r, y: c.y + Math.sign(n.y - c.y) * r };
  return { a, c, b };
}

/** An SVG path through the corners with each turn rounded (a quadratic through the corner), in M, L and Q commands. */
export function roundedPath(points: readonly Point[], radius: number): string {
  const first = points[0];
  if (!first) return '';
  let d = `M${round(first.x)},${round(first.y)}`;
  for (let i = 1; i < points.length - 1; i++) {
    const { a, c, b } = turn(points, i, radius);
    d += ` L${round(a.x)},${round(a.y)} Q${round(c.x)},${round(c.y)} ${round(b.x)},${round(b.y)}`;
  }
  const last = points[points.length - 1] as Point;
  return points.length > 1 ? `${d} L${round(last.x)},${round(last.y)}` : d;
}

/** Corner radius of a link's turns: a detour's tighter, in the narrow gap beside a column. */
export function cornerRadius(route: Pick<LinkRoute, 'detourX' | 'detourY'>): number {
  return route.detourX !== null || route.detourY !== null ? 8 : 10;
}

/** The point `share` (0–1) of the way along a polyline. */
export function pointAlong(points: readonly Point[], share: number): Point {
  const lengths = points.slice(1).map((p, i) => Math.hypot(p.x - (points[i] as Point).x, p.y - (points[i] as Point).y));
  let left = Math.max(0, Math.min(1, share)) * lengths.reduce((a, b) => a + b, 0);
  for (let i = 0; i < lengths.length; i++) {
    const len = lengths[i] as number;
    if (left <= len || i === lengths.length - 1) {
      const a = points[i] as Point;
      const b = points[i + 1] as Point;
      const f = len === 0 ? 0 : left / len;
      return { x: a.x + (b.x - a.x) * f, y: a.y + (b.y - a.y) * f };
    }
    left -= len;
  }
  return points[0] ?? { x: 0, y: 0 };
}

/**
 * The drawn path as a polyline (each rounded corner sampled as `roundedPath` draws it), for what needs points along
 * the real line: dashes cut as geometry, bounds, where a label may sit.
 */
export function roundedPolyline(points: readonly Point[], radius: number): Point[] {
  const first = points[0];
  if (!first) return [];
  const out: Point[] = [first];
  for (let i = 1; i < points.length - 1; i++) {
    const { a, c, b } = turn(points, i, radius);
    for (const t of [0, 0.25, 0.5, 0.75, 1])
      out.push({
        x: (1 - t) * (1 - t) * a.x + 2 * (1 - t) * t * c.x + t * t * b.x,
        y: (1 - t) * (1 - t) * a.y + 2 * (1 - t) * t * c.y + t * t * b.y,
      });
  }
  if (points.length > 1) out.push(points[points.length - 1] as Point);
  return out;
}
