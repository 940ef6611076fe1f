/**
 * Dashed and dotted strokes drawn as plain geometry: every dash is its own short sub-path of one stroked,
 * undashed `<path>`. Chromium's PDF backend (Skia) cannot write a dash pattern into the PDF: it turns every
 * dashed stroke into filled outlines — a round-capped dot becomes a small Bézier circle — and repeats that on
 * every page the drawing touches. A 500-card map printed 45 MB of outlines in 15 s that way; the same dashes as
 * sub-paths print as native strokes (docs/performance.md, "Export and import"). Raster output gets faster too.
 */
import { attrs, num } from './escape';

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A point in SVG user units. */
export interface Point {
  x: number;
  y: number;
}

/** A dash pattern as in `stroke-dasharray`: "7 4" or [7, 4]; an odd list is repeated, as SVG does. */
export function parseDash(dash: string | readonly number[]): number[] {
  const list =
    typeof dash === 'string'
      ? dash
          .trim()
          .split(/[\s,]+/)
          .map(Number)
      : [...dash];
  if (list.length === 0 || list.some((n) => !(n >= 0)) || list.every((n) => n === 0)) return [];
  return list.length % 2 === 1 ? [...list, ...list] : list;
}

/** A whole number of tenths written as a compact decimal: 15 → "1.5", -3 → "-.3". */
function tenths(n: number): string {
  if (n === 0) return '0';
  const sign = n < 0 ? '-' : '';
  const a = Math.abs(n);
  const whole = Math.floor(a / 10);
  const frac = a % 10;
  return `${sign}${whole === 0 ? '' : whole}${frac === 0 ? '' : `.${frac}`}`;
}

/**
 * One dash: where it starts and ends (whole tenths of a pixel), its points after the first as relative `l`
 * steps, and its bounding box.
 */
export interface DashPiece {
  sx: number;
  sy: number;
  ex: number;
  ey: number;
  rest: string;
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** The dash as a sub-path on its own: an absolute move, then its steps. */
function pieceD(p: DashPiece): string {
  return `M${tenths(p.sx)},${tenths(p.sy)}${p.rest}`;
}

/**
 * The dashes of a polyline (closed: back to its first point), dash lengths measured along it from its first
 * point, as SVG measures `stroke-dasharray`. Corners inside one dash stay corners of that dash.
 */
export function dashPieces(points: readonly Point[], pattern: readonly number[], closed = false): DashPiece[] {
  const pts = closed && points.length > 0 ? [...points, points[0]!] : points;
  if (pts.length < 2 || pattern.length === 0) return [];
  const out: DashPiece[] = [];
  let cur: DashPiece | null = null;
  // Tenths of a pixel, and points after a dash's first relative to the one before: a dashed link has thousands
  // of dashes, and every byte is parsed again by the page that prints it.
  let px = 0;
  let py = 0;
  const extend = (p: Point, move: boolean) => {
    const x = Math.round(p.x * 10);
    const y = Math.round(p.y * 10);
    if (move || !cur) {
      cur = { sx: x, sy: y, ex: x, ey: y, rest: '', minX: p.x, minY: p.y, maxX: p.x, maxY: p.y };
      out.push(cur);
    } else {
      cur.rest += `l${tenths(x - px)},${tenths(y - py)}`;
      cur.ex = x;
      cur.ey = y;
      cur.minX = Math.min(cur.minX, p.x);
      cur.maxX = Math.max(cur.maxX, p.x);
      cur.minY = Math.min(cur.minY, p.y);
      cur.maxY = Math.max(cur.maxY, p.y);
    }
    px = x;
    py = y;
  };
  let i = 0; // index in the pattern
  let left = pattern[0]!; // length left in the current dash or gap
  let on = true;
  let open = false;
  for (let s = 0; s < pts.length - 1; s++) {
    const a = pts[s]!;
    const b = pts[s + 1]!;
    const len = Math.hypot(b.x - a.x, b.y - a.y);
    if (len === 0) continue;
    let at = 0;
    if (on && !open) {
      extend(a, true);
      open = true;
    }
    while (len - at > left) {
      at += left;
      const p = { x: a.x + ((b.x - a.x) * at) / len, y: a.y + ((b.y - a.y) * at) / len };
      extend(p, !on);
      open = !on;
      on = !on;
      i = (i + 1) % pattern.length;
      left = pattern[i]!;
    }
    left -= len - at;
    if (on) extend(b, false);
  }
  return out;
}

/** Joins dash pieces into one `d`, keeping only those that come within `margin` of `clip` when it is given. */
export function joinPieces(pieces: readonly DashPiece[], clip?: Rect, margin = 4): string {
  if (!clip) return pieces.map(pieceD).join('');
  const x0 = clip.x - margin;
  const y0 = clip.y - margin;
  const x1 = clip.x + clip.width + margin;
  const y1 = clip.y + clip.height + margin;
  let d = '';
  for (const p of pieces) if (p.maxX >= x0 && p.minX <= x1 && p.maxY >= y0 && p.minY <= y1) d += pieceD(p);
  return d;
}

/**
 * Dash pieces joined into several `d`s, each spanning at most `span` pixels. Chromium rasterises in small tiles
 * and skips a path whose bounds miss the tile; one path of a link across the whole map would be walked again
 * for every tile it crosses (a 2× PNG of a 500-card map spent most of its time there).
 */
export function chunkPieces(pieces: readonly DashPiece[], clip?: Rect, span = 192): string[] {
  const out: string[] = [];
  let d = '';
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  let prev: DashPiece | null = null;
  for (const p of pieces) {
    if (
      clip &&
      !(
        p.maxX >= clip.x - 4 &&
        p.minX <= clip.x + clip.width + 4 &&
        p.maxY >= clip.y - 4 &&
        p.minY <= clip.y + clip.height + 4
      )
    ) {
      prev = null;
      continue;
    }
    const x0 = Math.min(minX, p.minX);
    const y0 = Math.min(minY, p.minY);
    const x1 = Math.max(maxX, p.maxX);
    const y1 = Math.max(maxY, p.maxY);
    if (d !== '' && (x1 - x0 > span || y1 - y0 > span)) {
      out.push(d);
      d = pieceD(p);
      minX = p.minX;
      minY = p.minY;
      maxX = p.maxX;
      maxY = p.maxY;
    } else {
      // Within a chunk, a dash that follows the one before starts with a short relative move.
      d += prev ? `m${tenths(p.sx - prev.ex)},${tenths(p.sy - prev.ey)}${p.rest}` : pieceD(p);
      minX = x0;
      minY = y0;
      maxX = x1;
      maxY = y1;
    }
    prev = p;
  }
  if (d !== '') out.push(d);
  return out;
}

/** The `d` of the dashes of a polyline; see dashPieces. */
export function dashPolyline(points: readonly Point[], pattern: readonly number[], closed = false): string {
  return joinPieces(dashPieces(points, pattern, closed));
}

/** Points along a cubic Bézier, about every `step` user units (at least 4 pieces). */
export function cubicPoints(a: Point, c1: Point, c2: Point, b: Point, step = 3): Point[] {
  const rough =
    Math.hypot(c1.x - a.x, c1.y - a.y) + Math.hypot(c2.x - c1.x, c2.y - c1.y) + Math.hypot(b.x - c2.x, b.y - c2.y);
  const n = Math.max(4, Math.ceil(rough / step));
  const out: Point[] = [];
  for (let k = 0; k <= n; k++) {
    const t = k / n;
    const u = 1 - t;
    const w0 = u * u * u;
    const w1 = 3 * u * u * t;
    const w2 = 3 * u * t * t;
    const w3 = t * t * t;
    out.push({ x: w0 * a.x + w1 * c1.x + w2 * c2.x + w3 * b.x, y: w0 * a.y + w1 * c1.y + w2 * c2.y + w3 * b.y });
  }
  return out;
}

/** Points of a quarter-turn (or any) arc around `c`, from angle `from` to `to` (radians, SVG's y-down sense). */
function arcPoints(c: Point, r: number, from: number, to: number, pieces: number): Point[] {
  const out: Point[] = [];
  for (let k = 0; k <= pieces; k++) {
    const t = from + ((to - from) * k) / pieces;
    out.push({ x: c.x + r * Math.cos(t), y: c.y + r * Math.sin(t) });
  }
  return out;
}

/** The outline of a rounded rectangle, clockwise from the end of the top-left corner (where SVG starts its dashes). */
export function roundedRectPoints(x: number, y: number, width: number, height: number, rx: number): Point[] {
  const r = Math.max(0, Math.min(rx, width / 2, height / 2));
  const q = Math.PI / 2;
  if (r === 0)
    return [
      { x, y },
      { x: x + width, y },
      { x: x + width, y: y + height },
      { x, y: y + height },
    ];
  return [
    ...arcPoints({ x: x + width - r, y: y + r }, r, -q, 0, 6),
    ...arcPoints({ x: x + width - r, y: y + height - r }, r, 0, q, 6),
    ...arcPoints({ x: x + r, y: y + height - r }, r, q, 2 * q, 6),
    ...arcPoints({ x: x + r, y: y + r }, r, 2 * q, 3 * q, 6),
  ];
}

/** The outline of a circle, clockwise from its rightmost point (where SVG starts its dashes). */
export function circlePoints(cx: number, cy: number, r: number): Point[] {
  return arcPoints({ x: cx, y: cy }, r, 0, 2 * Math.PI, 24).slice(0, -1);
}

type Extra = Record<string, string | number | undefined>;

/**
 * Stroked `<path>`s that draw `points` with `dash` (solid when there is no dash), a long dashed outline cut into
 * several paths (see chunkPieces); `extra` adds stroke and other attributes.
 */
export function dashedPath(points: readonly Point[], dash: string | undefined, closed: boolean, extra: Extra): string {
  const pattern = dash === undefined ? [] : parseDash(dash);
  if (pattern.length === 0) {
    if (points.length < 2) return '';
    const d = points.map((p, k) => `${k === 0 ? 'M' : 'L'}${num(p.x)},${num(p.y)}`).join('') + (closed ? 'Z' : '');
    return `<path${attrs({ d, fill: 'none', ...extra })}/>`;
  }
  return dashedPaths(dashPieces(points, pattern, closed), undefined, extra);
}

/** The `<path>`s of dash pieces (only those near `clip` when given), cut into chunks (see chunkPieces). */
export function dashedPaths(pieces: readonly DashPiece[], clip: Rect | undefined, extra: Extra): string {
  return chunkPieces(pieces, clip)
    .map((d) => `<path${attrs({ d, fill: 'none', ...extra })}/>`)
    .join('');
}

/** A dashed straight line, as `<line stroke-dasharray>` would draw it. */
export function dashedLine(
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  dash: string | undefined,
  extra: Extra,
): string {
  if (dash === undefined) return `<line${attrs({ x1, y1, x2, y2, ...extra })}/>`;
  return dashedPath(
    [
      { x: x1, y: y1 },
      { x: x2, y: y2 },
    ],
    dash,
    false,
    extra,
  );
}
