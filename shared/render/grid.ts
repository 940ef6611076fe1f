import {
  CELL_PADDING,
  EMOTION_CARD_HEIGHT,
  LANE_HEADER_WIDTH,
  STAGE_HEADER_HEIGHT,
  type LaneBox,
  type Rect,
} from '../layout';
import { figureText, STATUS_GLYPH, targetStatus } from '../metrics/targets';
import type { MetricValue } from '../schema/metric';
import { dashedLine } from './dash';
import { attrs, escapeXml } from './escape';
import { intersects, type RenderModel } from './model';
import { label } from '../vocabulary';
import { COLORS, LANE_FILL, STATUS_COLOR } from './palette';
import { wrapText } from './text';

/** A `<text>` element with one `<tspan>` per line; every line is escaped. */
export function textLines(
  lines: readonly string[],
  x: number,
  y: number,
  lineHeight: number,
  extra: Record<string, string | number | undefined>,
): string {
  if (lines.length === 0) return '';
  const spans = lines.map((l, i) => `<tspan${attrs({ x, y: y + i * lineHeight })}>${escapeXml(l)}</tspan>`).join('');
  return `<text${attrs(extra)}>${spans}</text>`;
}

/** The lane bands, stage column rules and metrics-lane values of the body (right of the headers, below them). */
export function renderBands(model: RenderModel, region: Rect, metricValues: readonly MetricValue[]): string {
  const { layout } = model;
  const out: string[] = [];
  const x0 = LANE_HEADER_WIDTH;
  const width = layout.width - LANE_HEADER_WIDTH;
  for (const [i, lane] of layout.lanes.entries()) {
    if (!intersects({ x: x0, y: lane.y, width, height: lane.height }, region)) continue;
    // Every other lane a shade deeper, as on the canvas (solid colours: no transparency for the PDF to flatten).
    const fill = i % 2 === 1 ? LANE_FILL[lane.side].striped : LANE_FILL[lane.side].band;
    out.push(`<rect${attrs({ x: x0, y: lane.y, width, height: lane.height, fill })}/>`);
    out.push(
      `<line${attrs({ x1: x0, y1: lane.y + lane.height, x2: layout.width, y2: lane.y + lane.height, stroke: COLORS.grid, 'stroke-width': 1 })}/>`,
    );
  }
  for (const stage of layout.stages) {
    out.push(
      `<line${attrs({ x1: stage.x + stage.width, y1: STAGE_HEADER_HEIGHT, x2: stage.x + stage.width, y2: layout.height, stroke: COLORS.grid, 'stroke-width': 1 })}/>`,
    );
  }
  for (const lane of layout.lanes) {
    if (lane.kind === 'metrics') out.push(renderMetricsLane(model, lane, region, metricValues));
    if (lane.kind === 'emotion') out.push(renderEmotionScale(model, lane, region));
  }
  return out.join('');
}

/** The metrics lane: the hand-entered (or supplied) stage values of every metric, one line each. */
function renderMetricsLane(model: RenderModel, lane: LaneBox, region: Rect, values: readonly MetricValue[]): string {
  const out: string[] = [];
  const { locale } = model;
  const metrics = new Map(model.doc.metrics.map((m) => [m.id, m]));
  for (const stage of model.layout.stages) {
    const cell = { x: stage.x, y: lane.y, width: stage.width, height: lane.height };
    if (!intersects(cell, region)) continue;
    const here = values.filter((v) => v.stageId === stage.id && metrics.has(v.metricId));
    const maxLines = Math.max(1, Math.floor((lane.height - 2 * CELL_PADDING) / 30));
    if (here.length === 0) {
      out.push(
        textLines([locale.say('metrics.noValues')], stage.x + CELL_PADDING, lane.y + CELL_PADDING + 14, 16, {
          'font-size': 11,
          fill: COLORS.faint,
          'font-style': 'italic',
        }),
      );
      continue;
    }
    here.slice(0, maxLines).forEach((v, i) => {
      const m = metrics.get(v.metricId);
      if (!m) return;
      const y = lane.y + CELL_PADDING + 14 + i * 30;
      const target = m.target === null ? '' : ` · ${locale.say('metrics.target', { value: locale.number(m.target) })}`;
      const n = v.n === null ? '' : locale.say('metrics.respondents', { n: locale.number(v.n, 0) });
      const detail = [n, v.period].filter(Boolean).join(' · ') + target;
      const side = locale.say(m.side === 'customer' ? 'metrics.cx' : 'metrics.ex');
      const name = wrapText(`${m.name} (${side})`, stage.width * 0.6, 12, 1)[0] ?? '';
      // The value and its target mark as the canvas shows them (✓ met, ≈ near, ✗ below), the mark in words too.
      const status = targetStatus(m.kind, v.value, m.target);
      const mark =
        status === 'none'
          ? ''
          : `<tspan${attrs({ dx: 4, 'font-weight': 700, fill: STATUS_COLOR[status] })}>${STATUS_GLYPH[status]}<title>${escapeXml(locale.say(`metrics.status.${status}`))}</title></tspan>`;
      out.push(
        `<text${attrs({ x: stage.x + CELL_PADDING, y, 'font-size': 12, fill: COLORS.ink })}><tspan font-weight="600">${escapeXml(name)}</tspan><tspan${attrs({ dx: 6, 'font-weight': 700 })}>${escapeXml(figureText(m.kind, v.value, locale.number))}</tspan>${mark}</text>`,
      );
      if (detail)
        out.push(
          textLines(wrapText(detail, stage.width - 2 * CELL_PADDING, 10, 1), stage.x + CELL_PADDING, y + 13, 12, {
            'font-size': 10,
            fill: COLORS.muted,
          }),
        );
    });
  }
  return out.join('');
}

/** A faint neutral (0) line across an emotion lane, so the curve reads as above or below neutral. */
function renderEmotionScale(model: RenderModel, lane: LaneBox, region: Rect): string {
  const mid = emotionY(lane, 0);
  if (!intersects({ x: LANE_HEADER_WIDTH, y: lane.y, width: model.layout.width, height: lane.height }, region))
    return '';
  return dashedLine(LANE_HEADER_WIDTH, mid, model.layout.width, mid, '2 4', {
    stroke: COLORS.faint,
    'stroke-width': 1,
  });
}

/** The y of an emotion value's card centre on an emotion lane, matching cellCardRects in shared/layout.ts. */
export function emotionY(lane: Pick<LaneBox, 'y' | 'height'>, value: number): number {
  const travel = lane.height - 2 * CELL_PADDING - EMOTION_CARD_HEIGHT;
  return lane.y + CELL_PADDING + ((2 - value) / 4) * travel + EMOTION_CARD_HEIGHT / 2;
}

/** The lane-header column: kind, title and, on emotion lanes, the −2…+2 scale. Only lanes within `region`'s rows. */
export function renderLaneHeaders(model: RenderModel, region: Pick<Rect, 'y' | 'height'>): string {
  const out: string[] = [];
  for (const box of model.layout.lanes) {
    if (box.y >= region.y + region.height || box.y + box.height <= region.y) continue;
    const lane = model.lanesById.get(box.id);
    if (!lane) continue;
    const fills = LANE_FILL[box.side];
    out.push(`<rect${attrs({ x: 0, y: box.y, width: LANE_HEADER_WIDTH, height: box.height, fill: fills.header })}/>`);
    // The side's accent down the left edge, as the canvas's lane header has.
    out.push(`<rect${attrs({ x: 0, y: box.y, width: 6, height: box.height, fill: fills.accent })}/>`);
    out.push(
      `<line${attrs({ x1: 0, y1: box.y + box.height, x2: LANE_HEADER_WIDTH, y2: box.y + box.height, stroke: COLORS.grid })}/>`,
    );
    const { t, tag } = model.locale;
    const kind =
      `${label(`laneKind.${lane.kind}`, { t })}${lane.kind === 'emotion' ? ` · ${label(`side.${lane.side}`, { t })}` : ''}`.toLocaleUpperCase(
        tag,
      );
    // Keep the title near the top of tall lanes but inside the visible part of a lane cut by a page edge.
    const top = Math.max(box.y, Math.min(region.y, box.y + box.height - 60));
    out.push(
      textLines([kind], 14, top + 20, 12, {
        'font-size': 10,
        fill: fills.kind,
        'letter-spacing': 0.8,
        'font-weight': 700,
      }),
    );
    const maxLines = Math.max(1, Math.floor((box.height - 40) / 17));
    const right = lane.kind === 'emotion' ? 48 : 18;
    out.push(
      textLines(wrapText(lane.title, LANE_HEADER_WIDTH - 14 - right, 13, Math.min(4, maxLines)), 14, top + 38, 17, {
        'font-size': 13,
        'font-weight': 700,
        fill: COLORS.ink,
      }),
    );
    if (lane.kind === 'emotion') {
      for (const v of [2, 0, -2]) {
        const y = emotionY(box, v);
        const label = v > 0 ? `+${v}` : v < 0 ? `−${-v}` : '0';
        out.push(
          `<line${attrs({ x1: LANE_HEADER_WIDTH - 8, y1: y, x2: LANE_HEADER_WIDTH, y2: y, stroke: COLORS.muted })}/>`,
        );
        out.push(
          textLines([label], LANE_HEADER_WIDTH - 12, y + 4, 12, {
            'font-size': 10,
            fill: COLORS.muted,
            'text-anchor': 'end',
          }),
        );
      }
    }
  }
  out.push(
    `<line${attrs({ x1: LANE_HEADER_WIDTH, y1: STAGE_HEADER_HEIGHT, x2: LANE_HEADER_WIDTH, y2: model.layout.height, stroke: COLORS.cardStroke })}/>`,
  );
  return out.join('');
}

/** The stage-header row: name and description of every stage within `region`'s columns. */
export function renderStageHeaders(model: RenderModel, region: Pick<Rect, 'x' | 'width'>): string {
  const out: string[] = [];
  for (const box of model.layout.stages) {
    if (box.x >= region.x + region.width || box.x + box.width <= region.x) continue;
    const stage = model.stagesById.get(box.id);
    if (!stage) continue;
    out.push(
      `<rect${attrs({ x: box.x, y: 0, width: box.width, height: STAGE_HEADER_HEIGHT, fill: COLORS.headerFill })}/>`,
    );
    out.push(
      `<line${attrs({ x1: box.x + box.width, y1: 0, x2: box.x + box.width, y2: STAGE_HEADER_HEIGHT, stroke: COLORS.grid })}/>`,
    );
    // A stage cut by a page edge keeps its name on the visible part.
    const left = Math.max(box.x, Math.min(region.x, box.x + box.width - 160)) + CELL_PADDING;
    const width = box.x + box.width - left - CELL_PADDING;
    out.push(
      textLines(wrapText(stage.name || model.locale.say('stage.untitled'), width, 15, 1), left, 26, 18, {
        'font-size': 15,
        'font-weight': 700,
        fill: COLORS.ink,
      }),
    );
    if (stage.description)
      out.push(
        textLines(wrapText(stage.description, width, 11, 2), left, 43, 13, { 'font-size': 11, fill: COLORS.muted }),
      );
  }
  out.push(
    `<line${attrs({ x1: 0, y1: STAGE_HEADER_HEIGHT, x2: model.layout.width, y2: STAGE_HEADER_HEIGHT, stroke: COLORS.cardStroke })}/>`,
  );
  return out.join('');
}

/** The top-left corner above the lane headers; tiled pages write their page label in it. */
export function renderCorner(label: readonly string[]): string {
  const rect = `<rect${attrs({ x: 0, y: 0, width: LANE_HEADER_WIDTH, height: STAGE_HEADER_HEIGHT, fill: COLORS.headerFill })}/>`;
  return rect + textLines(label, 14, 26, 16, { 'font-size': 12, fill: COLORS.muted, 'font-weight': 600 });
}
