import type { SiteStats } from '../metrics/surveySchemas';
import type { MapEvidence } from '../api/evidenceSchemas';
import { LANE_HEADER_WIDTH, type Rect } from '../layout';
import type { TandemDoc } from '../schema/document';
import type { MetricValue } from '../schema/metric';
import { renderBlueprintLines } from './blueprintLines';
import { renderCards } from './cards';
import { renderEmotionCurves } from './emotion';
import { attrs, escapeXml, num } from './escape';
import { renderBands, renderCorner, renderLaneHeaders, renderStageHeaders } from './grid';
import { legendHeight, renderLegend } from './legend';
import { linkMarkers, renderLinks } from './links';
import { buildModel, type RenderModel } from './model';
import { titleBlockHeight, renderTitleBlock } from './titleBlock';
import { FONT_FAMILY } from './text';

/** Options shared by every SVG the renderer makes. */
export interface RenderOptions {
  /** Date printed in the title block (default: now). */
  now?: Date;
  /** White (default) or transparent background. */
  background?: 'white' | 'transparent';
  /** Draw the title block above the map (default true). */
  titleBlock?: boolean;
  /** Draw the legend under the map (default true). */
  legend?: boolean;
  /** Metric values for the metrics lane; default the map's hand-entered `metricValues`. */
  metricValues?: readonly MetricValue[];
  /** Prefix for ids inside the SVG, so several SVGs can share one HTML page. */
  idPrefix?: string;
  /** Drawn size relative to the map's own pixels (the print page fits the map with it); default 1. */
  displayScale?: number;
  /** Survey figures per site, for the site comparison page of the PDF appendix; none, no page. */
  sites?: readonly SiteStats[];
  /** Touchpoint keys with a flagged perception gap → worst disagreement share (0–1); their cards get a "≠ 41%" badge. */
  perceptionGaps?: ReadonlyMap<string, number>;
  /** The map's promises and done actions judged by its answers, for the appendix's promises page. */
  evidence?: MapEvidence;
}

/** Where the parts of a whole-map SVG go, in SVG pixels. */
export interface MapMeasure {
  width: number;
  height: number;
  /** The lane × stage grid including its header column and row. */
  grid: Rect;
  titleHeight: number;
  legendHeight: number;
}

/** Space around the whole map. */
export const MAP_MARGIN = 24;
// The title block and legend need some room even on a map with one narrow stage.
const MIN_CONTENT_WIDTH = 720;

/** The overall size of `renderMapSvg(doc)` and where the grid sits in it. */
export function measureMap(doc: TandemDoc, options: RenderOptions = {}): MapMeasure {
  return measureModel(buildModel(doc), options);
}

function measureModel(model: RenderModel, options: RenderOptions): MapMeasure {
  const now = options.now ?? new Date();
  const contentWidth = Math.max(model.layout.width, MIN_CONTENT_WIDTH);
  const titleHeight = options.titleBlock === false ? 0 : titleBlockHeight(model.doc, contentWidth, now);
  const legend = options.legend === false ? 0 : legendHeight(model.doc, contentWidth);
  const grid = { x: MAP_MARGIN, y: MAP_MARGIN + titleHeight, width: model.layout.width, height: model.layout.height };
  // Whole pixels, so a PNG at scale 1 is exactly width × height.
  return {
    width: Math.ceil(contentWidth + 2 * MAP_MARGIN),
    height: Math.ceil(grid.y + grid.height + legend + MAP_MARGIN),
    grid,
    titleHeight,
    legendHeight: legend,
  };
}

/** Smallest size a link's dash pattern may shrink to on the page, relative to the canvas's. */
const MIN_DASH_SCALE = 0.35;

/**
 * How much to lengthen link dashes in a drawing shown at `displayScale`: below MIN_DASH_SCALE, enough to keep
 * them that large on paper. A 500-card map fitted to one A3 page is drawn at about a tenth of its size, where
 * the canvas's 5.5 px dotted rhythm would print as a grey blur of half-point dots — and cost a megabyte and a
 * half of dots to print (docs/performance.md).
 */
export function linkDashScale(displayScale: number): number {
  return displayScale >= MIN_DASH_SCALE ? 1 : MIN_DASH_SCALE / displayScale;
}

/** The body of the grid (bands, curves, links, cards, blueprint lines) for the part inside `region`, in layout coordinates. */
export function renderGridBody(model: RenderModel, region: Rect, options: RenderOptions = {}): string {
  const prefix = options.idPrefix ?? 'tandem-';
  const links = renderLinks(model, region, prefix, linkDashScale(options.displayScale ?? 1));
  return (
    `<defs>${linkMarkers(prefix)}</defs>` +
    renderBands(model, region, options.metricValues ?? model.doc.metricValues) +
    renderBlueprintLines(model, LANE_HEADER_WIDTH, model.layout.width, false, region) +
    renderEmotionCurves(model, region) +
    `<g class="links">${links.paths}</g>` +
    `<g class="cards">${renderCards(model, region, options.perceptionGaps)}</g>` +
    `<g class="link-labels">${links.labels}</g>`
  );
}

/** The whole grid: corner, stage headers, lane headers and body, in layout coordinates. */
export function renderGrid(model: RenderModel, options: RenderOptions = {}): string {
  const all = { x: 0, y: 0, width: model.layout.width, height: model.layout.height };
  return (
    renderGridBody(model, all, options) +
    renderStageHeaders(model, all) +
    renderLaneHeaders(model, all) +
    renderBlueprintLines(model, 0, LANE_HEADER_WIDTH, true, all) +
    renderCorner([]) +
    `<rect${attrs({ x: 0.5, y: 0.5, width: model.layout.width - 1, height: model.layout.height - 1, fill: 'none', stroke: '#b8c0cc' })}/>`
  );
}

/** The opening tag of a standalone SVG: namespace, size, font stack; nothing external. */
export function svgOpen(
  width: number,
  height: number,
  viewBox: Rect,
  extra: Record<string, string | number | undefined> = {},
): string {
  return `<svg${attrs({
    xmlns: 'http://www.w3.org/2000/svg',
    version: '1.1',
    width,
    height,
    viewBox: `${num(viewBox.x)} ${num(viewBox.y)} ${num(viewBox.width)} ${num(viewBox.height)}`,
    'font-family': FONT_FAMILY,
    ...extra,
  })}>`;
}

/** Renders a whole map as one standalone SVG: title block, the grid and the legend. */
export function renderMapSvg(doc: TandemDoc, options: RenderOptions = {}): string {
  return renderModelSvg(buildModel(doc), options);
}

/** renderMapSvg for a model that is already built (the PDF and PNG exports reuse one model). */
export function renderModelSvg(model: RenderModel, options: RenderOptions = {}): string {
  const now = options.now ?? new Date();
  const m = measureModel(model, options);
  const contentWidth = m.width - 2 * MAP_MARGIN;
  const parts = [
    svgOpen(
      m.width * (options.displayScale ?? 1),
      m.height * (options.displayScale ?? 1),
      { x: 0, y: 0, width: m.width, height: m.height },
      { role: 'img', 'aria-label': model.doc.meta.title, 'xml:lang': model.locale.tag },
    ),
    `<title>${escapeXml(model.doc.meta.title)}</title>`,
  ];
  if (options.background !== 'transparent')
    parts.push(`<rect${attrs({ x: 0, y: 0, width: m.width, height: m.height, fill: '#ffffff' })}/>`);
  if (options.titleBlock !== false) parts.push(renderTitleBlock(model.doc, MAP_MARGIN, MAP_MARGIN, contentWidth, now));
  parts.push(`<g transform="translate(${num(m.grid.x)},${num(m.grid.y)})">${renderGrid(model, options)}</g>`);
  if (options.legend !== false) parts.push(renderLegend(model.doc, MAP_MARGIN, m.grid.y + m.grid.height, contentWidth));
  parts.push('</svg>');
  return parts.join('');
}
