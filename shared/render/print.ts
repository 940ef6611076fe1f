import { LANE_HEADER_WIDTH, STAGE_HEADER_HEIGHT, type Rect } from '../layout';
import { ApiFailure } from '../api/result';
import type { TandemDoc } from '../schema/document';
import { renderBlueprintLines } from './blueprintLines';
import { dashedLine, dashedPath, roundedRectPoints } from './dash';
import { attrs, escapeXml, num } from './escape';
import { renderCorner, renderLaneHeaders, renderStageHeaders } from './grid';
import { buildModel, type RenderModel } from './model';
import { renderAppendix } from './printAppendix';
import type { PrintTrend } from './printTrend';
import { measureMap, renderGridBody, renderModelSvg, svgOpen, type MapMeasure, type RenderOptions } from './svg';
import { tileHolds, runOf } from './overviewGrid';
import { ellipsize, FONT_FAMILY, textWidth } from './text';
import {
  paperMm,
  PX_PER_MM,
  balancedSegments,
  tilesFromSegments,
  type Orientation,
  type Paper,
  type Segment,
  type Tile,
} from './tiling';

/** How a map is laid out on paper. */
export interface PrintOptions extends RenderOptions {
  paper: Paper;
  orientation: Orientation;
  /** Margin on every side, in millimetres. */
  marginMm?: number;
  /** One page with the whole map, or tiles at `scale` with an overview page first. */
  fit: 'page' | 'tiles';
  /** Tiles only: CSS pixels per map pixel (1 = canvas size; 0.5 = half). */
  scale?: number;
  /** Tiles only: map pixels repeated on neighbouring pages, marked so pages can be joined. */
  overlap?: number;
  /** Tiles only: fit the map's stages on this many pages across, at the largest scale that does; overrides `scale`. */
  pagesWide?: number;
  /** Add the legend, CX + EX scorecard, pain point register and actions after the map. */
  appendix?: boolean;
  /** The survey figures per period for the appendix's trend tables (printed with two or more periods). */
  trend?: PrintTrend;
}

/** The map pages a print will have, before the appendix (whose length depends on the tables). */
export interface PrintPlan {
  paperMm: { width: number; height: number };
  /** Printable area in CSS px. */
  area: { width: number; height: number };
  rows: number;
  cols: number;
  /** Tiles of the grid body (map pixels, from the top-left of the body, right of and below the headers). */
  tiles: Tile[];
  /** Overview page (tiles) or the single page (fit) plus one page per tile. */
  mapPages: number;
  /** Tiles only: the scale the tiles are printed at (`scale`, or the one `pagesWide` chose). */
  scale: number;
  /** Scale of the whole map on the overview / single page. */
  fitScale: number;
  /** Map pixels shared by neighbouring tiles where a page had to cut through a stage or lane. */
  overlap: number;
  /** The body's columns and rows of tiles (map px from the body's top-left). */
  colSegments: Segment[];
  rowSegments: Segment[];
  /** Tiles only: the most of the body (map px) one page holds, and where pages may break (stage and lane edges). */
  tile: { width: number; height: number };
  breaks: { cols: number[]; rows: number[] };
}

/** Height of the line above every map page: bookmark heading and page number. */
const HEAD = 28;
const DEFAULT_MARGIN_MM = 10;
const DEFAULT_OVERLAP = 16;
// Below this a tile would show little more than its headers.
const MIN_TILE = 120;

function checkNumbers(o: PrintOptions): void {
  const margin = o.marginMm ?? DEFAULT_MARGIN_MM;
  if (!(margin >= 0 && margin <= 50))
    throw new ApiFailure('invalid_arguments', `margin must be 0–50 mm, not ${margin}`);
  const scale = o.scale ?? 1;
  if (!(scale >= 0.1 && scale <= 4))
    throw new ApiFailure('invalid_arguments', `scale must be between 0.1 and 4, not ${scale}`);
}

/** The most pages across `pagesWide` may ask for: beyond it a wall of paper, not a print. */
export const MAX_PAGES_WIDE = 20;

function planFor(model: RenderModel, measure: MapMeasure, o: PrintOptions): PrintPlan {
  if (o.fit === 'tiles' && o.pagesWide !== undefined) return planPagesWide(model, measure, o, o.pagesWide);
  return planAtScale(model, measure, o);
}

/**
 * The plan at the largest scale (to 1/100, at most 4) whose stages go on `pagesWide` pages across: a bisection over
 * the scale, since pages break at stage edges and the count is not a formula of it.
 */
function planPagesWide(model: RenderModel, measure: MapMeasure, o: PrintOptions, pagesWide: number): PrintPlan {
  if (!(Number.isInteger(pagesWide) && pagesWide >= 1 && pagesWide <= MAX_PAGES_WIDE))
    throw new ApiFailure(
      'invalid_arguments',
      `pages wide must be a whole number from 1 to ${MAX_PAGES_WIDE}, not ${pagesWide}`,
    );
  const at = (scale: number): PrintPlan | null => {
    try {
      const plan = planAtScale(model, measure, { ...o, scale });
      return plan.cols <= pagesWide ? plan : null;
    } catch {
      return null;
    }
  };
  const top = at(4);
  if (top) return top;
  let low = 0.1;
  let best = at(low);
  if (!best)
    throw new ApiFailure(
      'invalid_arguments',
      `The map does not fit ${pagesWide} ${o.paper} ${o.orientation} page(s) across even at scale 0.1; allow more pages or a larger paper.`,
    );
  let high = 4;
  for (let step = 0; step < 12 && high - low > 0.01; step++) {
    const mid = (low + high) / 2;
    const plan = at(mid);
    if (plan) {
      low = mid;
      best = plan;
    } else high = mid;
  }
  return best;
}

function planAtScale(model: RenderModel, measure: MapMeasure, o: PrintOptions): PrintPlan {
  checkNumbers(o);
  const paper = paperMm(o.paper, o.orientation);
  const margin = o.marginMm ?? DEFAULT_MARGIN_MM;
  const area = {
    width: (paper.width - 2 * margin) * PX_PER_MM,
    height: (paper.height - 2 * margin) * PX_PER_MM - HEAD,
  };
  const fitScale = Math.min(area.width / measure.width, area.height / measure.height, 2);
  if (o.fit === 'page')
    return {
      paperMm: paper,
      area,
      rows: 0,
      cols: 0,
      tiles: [],
      mapPages: 1,
      scale: fitScale,
      fitScale,
      overlap: 0,
      colSegments: [],
      rowSegments: [],
      tile: { width: 0, height: 0 },
      breaks: { cols: [], rows: [] },
    };
  const scale = o.scale ?? 1;
  const tile = {
    width: Math.floor(area.width / scale - LANE_HEADER_WIDTH),
    height: Math.floor(area.height / scale - STAGE_HEADER_HEIGHT),
  };
  if (tile.width < MIN_TILE || tile.height < MIN_TILE) {
    throw new ApiFailure(
      'invalid_arguments',
      `At scale ${scale} the map's headers leave no room on ${o.paper} ${o.orientation}; choose a smaller scale or a larger paper.`,
    );
  }
  const body = { width: measure.grid.width - LANE_HEADER_WIDTH, height: measure.grid.height - STAGE_HEADER_HEIGHT };
  const overlap = Math.max(
    0,
    Math.min(o.overlap ?? DEFAULT_OVERLAP, Math.floor(tile.width / 4), Math.floor(tile.height / 4)),
  );
  // Pages break at stage and lane edges where they can, so that cards are not cut in two.
  const stageEdges = model.layout.stages.map((st) => st.x + st.width - LANE_HEADER_WIDTH);
  const laneEdges = model.layout.lanes.map((l) => l.y + l.height - STAGE_HEADER_HEIGHT);
  // …and share the map out evenly over the pages it needs, so no page holds a remnant.
  const colSegments = balancedSegments(body.width, tile.width, stageEdges, overlap);
  const rowSegments = balancedSegments(body.height, tile.height, laneEdges, overlap);
  const grid = tilesFromSegments(rowSegments, colSegments);
  return {
    paperMm: paper,
    area,
    ...grid,
    mapPages: 1 + grid.tiles.length,
    scale,
    fitScale,
    overlap,
    colSegments,
    rowSegments,
    tile,
    breaks: { cols: stageEdges, rows: laneEdges },
  };
}

/** The map pages a print of `doc` will have with these options (pure arithmetic; used by tests and the export dialog). */
export function planPrint(doc: TandemDoc, options: PrintOptions): PrintPlan {
  return planFor(buildModel(doc), measureMap(doc, options), options);
}

function head(level: 'h1' | 'h2', title: string, right: string): string {
  return `<div class="head"><${level}>${escapeXml(title)}</${level}><span>${escapeXml(right)}</span></div>`;
}

/** A tile page's drawing: corner label, stage headers above, lane headers left, the body piece, overlap marks. */
function tileSvg(
  model: RenderModel,
  t: Tile,
  plan: PrintPlan,
  scale: number,
  page: number,
  options: PrintOptions,
): string {
  const L = LANE_HEADER_WIDTH;
  const S = STAGE_HEADER_HEIGHT;
  const region: Rect = { x: L + t.x, y: S + t.y, width: t.width, height: t.height };
  const nested = (x: number, y: number, view: Rect, body: string) =>
    `<svg${attrs({ x, y, width: view.width, height: view.height, viewBox: `${num(view.x)} ${num(view.y)} ${num(view.width)} ${num(view.height)}` })}>${body}</svg>`;
  const w = L + t.width;
  const h = S + t.height;
  const marks: string[] = [];
  const mark = (x1: number, y1: number, x2: number, y2: number) =>
    marks.push(dashedLine(x1, y1, x2, y2, '3 3', { stroke: '#c0392b', 'stroke-width': 1, 'stroke-opacity': 0.8 }));
  // Where a page had to cut through a stage or lane, the strip its neighbour repeats is marked.
  const shared = (a: Segment | undefined, b: Segment | undefined) => (a && b ? Math.max(0, a.end - b.start) : 0);
  const left = shared(plan.colSegments[t.col - 1], plan.colSegments[t.col]);
  const right = shared(plan.colSegments[t.col], plan.colSegments[t.col + 1]);
  const top = shared(plan.rowSegments[t.row - 1], plan.rowSegments[t.row]);
  const bottom = shared(plan.rowSegments[t.row], plan.rowSegments[t.row + 1]);
  if (left > 0) mark(L + left, S, L + left, h);
  if (right > 0) mark(w - right, S, w - right, h);
  if (top > 0) mark(L, S + top, w, S + top);
  if (bottom > 0) mark(L, h - bottom, w, h - bottom);
  return (
    svgOpen(w * scale, h * scale, { x: 0, y: 0, width: w, height: h }) +
    `<rect${attrs({ x: 0, y: 0, width: w, height: h, fill: '#ffffff' })}/>` +
    nested(L, S, region, renderGridBody(model, region, { ...options, idPrefix: `p${page}-` })) +
    nested(L, 0, { x: region.x, y: 0, width: t.width, height: S }, renderStageHeaders(model, region)) +
    nested(
      0,
      S,
      { x: 0, y: region.y, width: L, height: t.height },
      renderLaneHeaders(model, region) + renderBlueprintLines(model, 0, L, true, region),
    ) +
    renderCorner([
      model.locale.say('page.row', { row: t.row + 1, rows: plan.rows }),
      model.locale.say('page.column', { col: t.col + 1, cols: plan.cols }),
    ]) +
    marks.join('') +
    `<rect${attrs({ x: 0.5, y: 0.5, width: w - 1, height: h - 1, fill: 'none', stroke: '#b8c0cc' })}/>` +
    '</svg>'
  );
}

/** The whole map fitted to a page, with the tile grid drawn over it on the overview of a tiled print. */
/** Under a tile's page mark on the overview: the stages and the lanes that page holds, cut to the tile's width. */
function tileHoldsText(model: RenderModel, t: Tile, x0: number, y0: number, size: number, fitScale: number): string {
  const holds = tileHolds(model, t);
  const lines = [
    model.locale.say('page.tileStages', { stages: runOf(holds.stages) }),
    model.locale.say('page.tileLanes', { lanes: runOf(holds.lanes) }),
  ];
  const small = size * 0.85;
  const room = t.width - 12 / fitScale;
  return lines
    .map(
      (line, i) =>
        `<text${attrs({ class: 'tile-holds', x: x0 + t.x + 6 / fitScale, y: y0 + t.y + size + 4 / fitScale + (i + 1) * small * 1.3, 'font-size': small, fill: '#c0392b', stroke: '#ffffff', 'stroke-width': 3 / fitScale, 'paint-order': 'stroke' })}>${escapeXml(textWidth(line, small) <= room ? line : ellipsize(line, room, small))}</text>`,
    )
    .join('');
}

function overviewSvg(model: RenderModel, measure: MapMeasure, plan: PrintPlan, options: PrintOptions): string {
  const svg = renderModelSvg(model, { ...options, idPrefix: 'ov-', displayScale: plan.fitScale });
  if (plan.tiles.length === 0) return svg;
  const x0 = measure.grid.x + LANE_HEADER_WIDTH;
  const y0 = measure.grid.y + STAGE_HEADER_HEIGHT;
  const size = Math.max(12, 11 / plan.fitScale);
  const overlay = plan.tiles
    .map((t, i) => {
      const label = model.locale.say('page.tileMark', { page: i + 2 });
      return (
        dashedPath(
          roundedRectPoints(x0 + t.x, y0 + t.y, t.width, t.height, 0),
          `${6 / plan.fitScale} ${4 / plan.fitScale}`,
          true,
          { stroke: '#c0392b', 'stroke-width': 1.5 / plan.fitScale },
        ) +
        `<text${attrs({ x: x0 + t.x + 6 / plan.fitScale, y: y0 + t.y + size + 4 / plan.fitScale, 'font-size': size, 'font-weight': 700, fill: '#c0392b', stroke: '#ffffff', 'stroke-width': 3 / plan.fitScale, 'paint-order': 'stroke' })}>${escapeXml(label)}</text>` +
        tileHoldsText(model, t, x0, y0, size, plan.fitScale)
      );
    })
    .join('');
  return svg.replace(/<\/svg>$/, `<g class="tile-grid">${overlay}</g></svg>`);
}

/**
 * The HTML that Chromium prints to PDF (Electron's printToPDF or Playwright's page.pdf): map pages as inline SVG
 * so text stays text, `<h1>`/`<h2>` headings that become PDF bookmarks, then the optional appendix.
 */
export function renderPrintHtml(doc: TandemDoc, options: PrintOptions): { html: string; plan: PrintPlan } {
  const model = buildModel(doc);
  const measure = measureMap(doc, options);
  const plan = planFor(model, measure, options);
  const margin = options.marginMm ?? DEFAULT_MARGIN_MM;
  const { say, tag } = model.locale;
  const title = doc.meta.title.trim() || say('map.untitled');
  const sheets: string[] = [];
  const total = plan.mapPages;
  sheets.push(
    `<section class="sheet">${head('h1', title, plan.tiles.length > 0 ? say('page.overview', { total }) : say('page.wholeMap'))}` +
      `<div class="body center">${overviewSvg(model, measure, plan, options)}</div></section>`,
  );
  plan.tiles.forEach((t, i) => {
    const heading = say('page.tileHeading', { row: t.row + 1, col: t.col + 1, title });
    sheets.push(
      `<section class="sheet">${head('h2', heading, say('page.mapPage', { page: i + 2, total }))}` +
        `<div class="body">${tileSvg(model, t, plan, plan.scale, i + 2, options)}</div></section>`,
    );
  });
  const paper = plan.paperMm;
  const css = `
@page { size: ${num(paper.width)}mm ${num(paper.height)}mm; margin: ${num(margin)}mm; }
html, body { margin: 0; padding: 0; background: #ffffff; }
body { font-family: ${FONT_FAMILY}; color: #1f2933; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.sheet { width: ${num(paper.width - 2 * margin)}mm; height: ${num(paper.height - 2 * margin - 0.5)}mm; overflow: hidden; display: flex; flex-direction: column; }
.sheet + .sheet, .appendix { break-before: page; }
.head { height: ${HEAD}px; flex: none; display: flex; align-items: baseline; justify-content: space-between; gap: 12px; font-size: 11px; color: #5f6b7a; }
.head h1, .head h2 { font-size: 13px; margin: 0; color: #1f2933; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.body { flex: 1; display: flex; align-items: flex-start; justify-content: flex-start; overflow: hidden; }
.body.center { justify-content: center; }
.body svg { display: block; flex: none; }
${APPENDIX_CSS}`;
  const html =
    `<!DOCTYPE html><html lang="${escapeXml(tag)}"><head><meta charset="utf-8"><title>${escapeXml(title)}</title>` +
    `<meta name="generator" content="Tandem"><style>${css}</style></head><body>` +
    sheets.join('') +
    (options.appendix ? renderAppendix(doc, options) : '') +
    `</body></html>`;
  return { html, plan };
}

const APPENDIX_CSS = `
.appendix h2 { font-size: 16px; margin: 0 0 8px; }
.appendix h3 { font-size: 13px; margin: 12px 0 6px; }
.appendix p.note { font-size: 11px; color: #5f6b7a; margin: 0 0 10px; }
.appendix .by { font-size: 9px; color: #5f6b7a; }
.appendix table { border-collapse: collapse; width: 100%; font-size: 10px; }
.appendix th, .appendix td { border-bottom: 1px solid #d5dae1; padding: 4px 6px; text-align: left; vertical-align: top; }
.appendix th { background: #e9edf2; font-weight: 700; }
.appendix td.num, .appendix th.num { text-align: right; white-space: nowrap; }
.appendix tr { break-inside: avoid; }
.appendix thead { display: table-header-group; }
.appendix dl { font-size: 11px; margin: 12px 0 0; }
.appendix dt { font-weight: 700; margin-top: 8px; }
.appendix dd { margin: 2px 0 0 0; color: #3b4754; }
.sev { display: inline-block; min-width: 16px; padding: 0 4px; border-radius: 7px; text-align: center; font-weight: 700; }
`;
