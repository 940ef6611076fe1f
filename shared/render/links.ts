import { linkObstacleStages, linkRoute, type CardBox, type LinkRoute, type Rect } from '../layout';
import { cornerRadius, linkPoints, pointAlong, roundedPath, roundedPolyline, sideAnchor } from '../linkPath';
import type { LinkKind } from '../schema/link';
import { dashedPaths, dashPieces, parseDash, type DashPiece, type Point } from './dash';
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

/**
 * The drawn shape of a link along its route, from the one router the canvas draws with (`shared/linkPath.ts`):
 * orthogonal runs with rounded corners, round the cards in between where the route detours.
 */
export function linkGeometry(from: Rect, to: Rect, route: LinkRoute): LinkGeometry {
  const a = sideAnchor(from, route.source);
  const b = sideAnchor(to, route.target);
  const corners = linkPoints({ source: a, sourceSide: route.source, target: b, targetSide: route.target }, route);
  const radius = cornerRadius(route);
  const points = roundedPolyline(corners, radius);
  return {
    d: roundedPath(corners, radius),
    points,
    tail: [points.at(-2) ?? a, b],
    bounds: boundsOf(points),
    at: (t) => pointAlong(points, t),
    ends: [push(b, route.target, 12), push(a, route.source, 12)],
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
  return linkRoute(
    from,
    to,
    linkObstacleStages(model.layout, from, to).flatMap((id) => columnOf(model, id)),
  );
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
    const g = linkGeometry(from, to, route);
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
