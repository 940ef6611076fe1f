import { linkRoute, linkSides, type CardBox, type LinkRoute, type Rect } from '../layout';
import type { LinkKind } from '../schema/link';
import { cubicPoints, dashedPaths, dashPieces, parseDash, type DashPiece, type Point } from './dash';
import { attrs, escapeXml, num } from './escape';
import { intersects, type RenderModel } from './model';
import { COLORS, LINK_STYLE } from './palette';
import { textWidth } from './text';

type Side = 'top' | 'right' | 'bottom' | 'left';

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

/** The drawn shape of a link: its path, a polyline of it (for dashes), bounds, points along it and just outside its ends. */
interface LinkGeometry {
  d: string;
  points: Point[];
  /** The last stretch of the path, whose direction the arrowhead takes. */
  tail: [Point, Point];
  bounds: Rect;
  at: (t: number) => Point;
  ends: [Point, Point];
}

function boundsOf(points: readonly Point[]): Rect {
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  return {
    x: Math.min(...xs),
    y: Math.min(...ys),
    width: Math.max(...xs) - Math.min(...xs) + 1,
    height: Math.max(...ys) - Math.min(...ys) + 1,
  };
}

/** The cubic curve of a link between two card boxes, leaving and entering by the sides the canvas uses. */
export function linkGeometry(from: Rect, to: Rect): LinkGeometry {
  const { source, target } = linkSides(from, to);
  const a = anchor(from, source);
  const b = anchor(to, target);
  const pull = Math.max(24, Math.hypot(b.x - a.x, b.y - a.y) / 3);
  const c1 = push(a, source, pull);
  const c2 = push(b, target, pull);
  const at = (t: number): Point => {
    const u = 1 - t;
    const w = [u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t] as const;
    return {
      x: w[0] * a.x + w[1] * c1.x + w[2] * c2.x + w[3] * b.x,
      y: w[0] * a.y + w[1] * c1.y + w[2] * c2.y + w[3] * b.y,
    };
  };
  return {
    d: `M${num(a.x)},${num(a.y)} C${num(c1.x)},${num(c1.y)} ${num(c2.x)},${num(c2.y)} ${num(b.x)},${num(b.y)}`,
    // A 6 px chord strays under 0.2 px from the curve at the tightest bend a link has.
    points: cubicPoints(a, c1, c2, b, 6),
    tail: [c2, b],
    bounds: boundsOf([a, b, c1, c2]),
    at,
    ends: [push(b, target, 12), push(a, source, 12)],
  };
}

/**
 * A link routed round the cards between its ends (as the canvas draws it, see `linkRoute` in shared/layout.ts):
 * out of the source's right side, down the gap beside the column at `detourX`, into the target's right side,
 * with rounded corners.
 */
export function detourGeometry(from: Rect, to: Rect, detourX: number): LinkGeometry {
  const a = anchor(from, 'right');
  const b = anchor(to, 'right');
  const x = Math.max(detourX, a.x + 4, b.x + 4);
  const r = Math.min(8, (x - a.x) / 2, (x - b.x) / 2, Math.abs(b.y - a.y) / 2);
  const down = Math.sign(b.y - a.y) || 1;
  // Each corner is a quarter turn drawn as a quadratic through the corner point, like the canvas's `rounded`.
  const corner = (p: Point, q0: Point, q1: Point): Point[] =>
    [0, 0.25, 0.5, 0.75, 1].map((t) => ({
      x: (1 - t) * (1 - t) * q0.x + 2 * (1 - t) * t * p.x + t * t * q1.x,
      y: (1 - t) * (1 - t) * q0.y + 2 * (1 - t) * t * p.y + t * t * q1.y,
    }));
  const k1 = { x, y: a.y };
  const k2 = { x, y: b.y };
  const points = [
    a,
    ...corner(k1, { x: x - r, y: a.y }, { x, y: a.y + down * r }),
    ...corner(k2, { x, y: b.y - down * r }, { x: x - r, y: b.y }),
    b,
  ];
  const d =
    `M${num(a.x)},${num(a.y)} L${num(x - r)},${num(a.y)} Q${num(x)},${num(a.y)} ${num(x)},${num(a.y + down * r)}` +
    ` L${num(x)},${num(b.y - down * r)} Q${num(x)},${num(b.y)} ${num(x - r)},${num(b.y)} L${num(b.x)},${num(b.y)}`;
  return {
    d,
    points,
    tail: [{ x: x - r, y: b.y }, b],
    bounds: boundsOf(points),
    at: (t) => ({ x, y: a.y + (b.y - a.y) * t }),
    ends: [
      { x: b.x + 12, y: b.y },
      { x: a.x + 12, y: a.y },
    ],
  };
}

// Per model: the card boxes of each stage column, the only cards that can stand between a vertical link's ends.
const columns = new WeakMap<RenderModel, Map<string, CardBox[]>>();

function columnOf(model: RenderModel, stageId: string): CardBox[] {
  let byStage = columns.get(model);
  if (!byStage) {
    byStage = new Map();
    for (const box of model.layout.cards.values()) {
      const list = byStage.get(box.stageId);
      if (list) list.push(box);
      else byStage.set(box.stageId, [box]);
    }
    columns.set(model, byStage);
  }
  return byStage.get(stageId) ?? [];
}

/** The route the canvas gives a link between two card boxes. */
export function routeOf(model: RenderModel, from: CardBox, to: CardBox): LinkRoute {
  return linkRoute(from, to, from.stageId === to.stageId ? columnOf(model, from.stageId) : []);
}

// Where along a link its label may sit, best first: the middle, then towards either end.
const LABEL_POSITIONS = [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8, 0.12, 0.88];

/** The label box of a link: the first point along the curve where it covers no card, else the middle. */
function labelBox(model: RenderModel, g: Pick<LinkGeometry, 'at' | 'ends'>, width: number): Rect {
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

/** A link's shape, worked out once per model and reused by every page that shows a piece of it. */
interface LinkShape {
  kind: LinkKind;
  g: LinkGeometry;
  /** The dashes of a dashed kind (null for a solid one). */
  dashes: DashPiece[] | null;
  label: { text: string; box: Rect } | null;
}

// Per model and dash scale: a print draws the overview at one scale and every tile at another.
const shapes = new WeakMap<RenderModel, Map<number, LinkShape[]>>();

function linkShapes(model: RenderModel, dashScale: number): LinkShape[] {
  let byScale = shapes.get(model);
  if (!byScale) {
    byScale = new Map();
    shapes.set(model, byScale);
  }
  const cached = byScale.get(dashScale);
  if (cached) return cached;
  const out: LinkShape[] = [];
  for (const link of model.doc.links) {
    const from = model.layout.cards.get(link.fromId);
    const to = model.layout.cards.get(link.toId);
    if (!from || !to) continue;
    const route = routeOf(model, from, to);
    const g = route.detourX === null ? linkGeometry(from, to) : detourGeometry(from, to, route.detourX);
    const dash = LINK_STYLE[link.kind].dash;
    const text = link.label.trim() === '' ? null : link.label;
    out.push({
      kind: link.kind,
      g,
      dashes:
        dash === undefined
          ? null
          : dashPieces(
              g.points,
              parseDash(dash).map((n) => n * dashScale),
            ),
      label: text === null ? null : { text, box: labelBox(model, g, textWidth(text, 10) + 10) },
    });
  }
  byScale.set(dashScale, out);
  return out;
}

/**
 * Link curves (drawn under the cards) and their labels (drawn over them), for links that cross `region`.
 * `dashScale` lengthens dashes and gaps, for a drawing shrunk so far that they would blur into a line.
 */
export function renderLinks(
  model: RenderModel,
  region: Rect,
  markerPrefix: string,
  dashScale = 1,
): { paths: string; labels: string } {
  const paths: string[] = [];
  const labels: string[] = [];
  for (const { kind, g, dashes, label } of linkShapes(model, dashScale)) {
    if (!intersects(g.bounds, region)) continue;
    const style = LINK_STYLE[kind];
    const marker = `url(#${markerPrefix}arrow-${kind})`;
    if (dashes === null) {
      paths.push(
        `<path${attrs({ d: g.d, fill: 'none', stroke: style.color, 'stroke-width': 1.8, 'stroke-linecap': 'round', 'marker-end': marker })}/>`,
      );
    } else {
      // Dashes as geometry (see dash.ts), only those on this page; the arrowhead rides on an unstroked copy of the last stretch.
      paths.push(dashedPaths(dashes, region, { stroke: style.color, 'stroke-width': 1.8, 'stroke-linecap': 'round' }));
      const [p, q] = g.tail;
      paths.push(
        `<path${attrs({ d: `M${num(p.x)},${num(p.y)} L${num(q.x)},${num(q.y)}`, fill: 'none', stroke: 'none', 'marker-end': marker })}/>`,
      );
    }
    if (label === null || !intersects(label.box, region)) continue;
    labels.push(
      `<rect${attrs({ ...label.box, rx: 8, fill: '#ffffff', stroke: style.color, 'stroke-width': 0.8 })}/>` +
        `<text${attrs({ x: label.box.x + label.box.width / 2, y: label.box.y + 11.5, 'font-size': 10, 'text-anchor': 'middle', fill: COLORS.ink })}>${escapeXml(label.text)}</text>`,
    );
  }
  return { paths: paths.join(''), labels: labels.join('') };
}
