import { linkSides, type Rect } from '../layout';
import type { LinkKind } from '../schema/link';
import { attrs, escapeXml, num } from './escape';
import { intersects, type RenderModel } from './model';
import { COLORS, LINK_STYLE } from './palette';
import { textWidth } from './text';

type Side = 'top' | 'right' | 'bottom' | 'left';
interface Point { x: number; y: number }

const KINDS: LinkKind[] = ['flow', 'support', 'handoff'];

/** Arrowhead markers, one per link kind (referenced only from inside the same SVG). */
export function linkMarkers(prefix: string): string {
  return KINDS.map(
    (k) =>
      `<marker${attrs({ id: `${prefix}arrow-${k}`, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse', markerUnits: 'userSpaceOnUse' })}>` +
      `<path${attrs({ d: 'M0,0 L10,5 L0,10 Z', fill: LINK_STYLE[k].color })}/></marker>`,
  ).join('');
}

function anchor(r: Rect, side: Side): Point {
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

function push(p: Point, side: Side, by: number): Point {
  const d = { top: [0, -by], bottom: [0, by], left: [-by, 0], right: [by, 0] }[side];
  return { x: p.x + (d[0] ?? 0), y: p.y + (d[1] ?? 0) };
}

/** The cubic curve of a link between two card boxes, leaving and entering by the sides the canvas uses. */
export function linkGeometry(from: Rect, to: Rect): { d: string; bounds: Rect; at: (t: number) => Point; ends: [Point, Point] } {
  const { source, target } = linkSides(from, to);
  const a = anchor(from, source);
  const b = anchor(to, target);
  const pull = Math.max(24, Math.hypot(b.x - a.x, b.y - a.y) / 3);
  const c1 = push(a, source, pull);
  const c2 = push(b, target, pull);
  const xs = [a.x, b.x, c1.x, c2.x];
  const ys = [a.y, b.y, c1.y, c2.y];
  const bounds = { x: Math.min(...xs), y: Math.min(...ys), width: Math.max(...xs) - Math.min(...xs) + 1, height: Math.max(...ys) - Math.min(...ys) + 1 };
  const at = (t: number): Point => {
    const u = 1 - t;
    const w = [u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t] as const;
    return { x: w[0] * a.x + w[1] * c1.x + w[2] * c2.x + w[3] * b.x, y: w[0] * a.y + w[1] * c1.y + w[2] * c2.y + w[3] * b.y };
  };
  return { d: `M${num(a.x)},${num(a.y)} C${num(c1.x)},${num(c1.y)} ${num(c2.x)},${num(c2.y)} ${num(b.x)},${num(b.y)}`, bounds, at, ends: [push(b, target, 12), push(a, source, 12)] };
}

// Where along a link its label may sit, best first: the middle, then towards either end.
const LABEL_POSITIONS = [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8, 0.12, 0.88];

/** The label box of a link: the first point along the curve where it covers no card, else the middle. */
function labelBox(model: RenderModel, g: Pick<ReturnType<typeof linkGeometry>, 'at' | 'ends'>, width: number): Rect {
  const box = (p: Point): Rect => ({ x: p.x - width / 2, y: p.y - 8, width, height: 16 });
  // Just outside either card is often the only free spot on a short link between stacked cards.
  const points = [g.at(0.5), ...g.ends, ...LABEL_POSITIONS.slice(1).map(g.at)];
  for (const p of points) {
    const candidate = box(p);
    let free = true;
    for (const card of model.layout.cards.values()) {
      if (intersects(card, candidate)) {
        free = false;
        break;
      }
    }
    if (free) return candidate;
  }
  return box(g.at(0.5));
}

/** Link curves (drawn under the cards) and their labels (drawn over them), for links that cross `region`. */
export function renderLinks(model: RenderModel, region: Rect, markerPrefix: string): { paths: string; labels: string } {
  const paths: string[] = [];
  const labels: string[] = [];
  for (const link of model.doc.links) {
    const from = model.layout.cards.get(link.fromId);
    const to = model.layout.cards.get(link.toId);
    if (!from || !to) continue;
    const g = linkGeometry(from, to);
    if (!intersects(g.bounds, region)) continue;
    const style = LINK_STYLE[link.kind];
    paths.push(
      `<path${attrs({ d: g.d, fill: 'none', stroke: style.color, 'stroke-width': 1.8, 'stroke-dasharray': style.dash, 'stroke-linecap': 'round', 'marker-end': `url(#${markerPrefix}arrow-${link.kind})` })}/>`,
    );
    if (link.label.trim() === '') continue;
    const box = labelBox(model, g, textWidth(link.label, 10) + 10);
    if (!intersects(box, region)) continue;
    labels.push(
      `<rect${attrs({ ...box, rx: 8, fill: '#ffffff', stroke: style.color, 'stroke-width': 0.8 })}/>` +
        `<text${attrs({ x: box.x + box.width / 2, y: box.y + 11.5, 'font-size': 10, 'text-anchor': 'middle', fill: COLORS.ink })}>${escapeXml(link.label)}</text>`,
    );
  }
  return { paths: paths.join(''), labels: labels.join('') };
}
