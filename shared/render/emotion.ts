import type { Rect } from '../layout';
import { attrs, num } from './escape';
import { intersects, type RenderModel } from './model';
import { COLORS } from './palette';

interface Point {
  x: number;
  y: number;
}

/**
 * A smooth path through points sorted by x (Catmull-Rom turned into cubic Béziers). Control points are clamped
 * to the neighbouring points' y range so the curve never overshoots a value beyond −2…+2.
 */
export function smoothPath(points: readonly Point[]): string {
  const first = points[0];
  if (!first) return '';
  let d = `M${num(first.x)},${num(first.y)}`;
  for (let i = 0; i < points.length - 1; i++) {
    const p0 = points[i - 1] ?? points[i]!;
    const p1 = points[i]!;
    const p2 = points[i + 1]!;
    const p3 = points[i + 2] ?? p2;
    const lo = Math.min(p1.y, p2.y);
    const hi = Math.max(p1.y, p2.y);
    const clamp = (y: number) => Math.min(hi, Math.max(lo, y));
    const c1 = { x: p1.x + (p2.x - p0.x) / 6, y: clamp(p1.y + (p2.y - p0.y) / 6) };
    const c2 = { x: p2.x - (p3.x - p1.x) / 6, y: clamp(p2.y - (p3.y - p1.y) / 6) };
    d += ` C${num(c1.x)},${num(c1.y)} ${num(c2.x)},${num(c2.y)} ${num(p2.x)},${num(p2.y)}`;
  }
  return d;
}

/** The emotion curve of every emotion lane crossing `region`: a line through its cards' centres, under the cards. */
export function renderEmotionCurves(model: RenderModel, region: Rect): string {
  const out: string[] = [];
  for (const box of model.layout.lanes) {
    if (box.kind !== 'emotion') continue;
    if (!intersects({ x: 0, y: box.y, width: model.layout.width, height: box.height }, region)) continue;
    const points = model.doc.cards
      .filter((c) => c.laneId === box.id && c.emotion !== null)
      .map((c) => model.layout.cards.get(c.id))
      .filter((r): r is NonNullable<typeof r> => r !== undefined)
      .map((r) => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 }))
      .sort((a, b) => a.x - b.x);
    if (points.length < 2) continue;
    const color = box.side === 'customer' ? COLORS.customerCurve : COLORS.employeeCurve;
    out.push(
      `<path${attrs({ d: smoothPath(points), fill: 'none', stroke: color, 'stroke-width': 3, 'stroke-opacity': 0.75, 'stroke-linecap': 'round' })}/>`,
    );
    for (const p of points) out.push(`<circle${attrs({ cx: p.x, cy: p.y, r: 4, fill: color })}/>`);
  }
  return out.join('');
}
