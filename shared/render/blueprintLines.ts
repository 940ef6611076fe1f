import { LANE_HEADER_WIDTH, type BlueprintLineKind, type Rect } from '../layout';
import { dashedLine } from './dash';
import { label } from '../vocabulary';
import { attrs, escapeXml, num } from './escape';
import type { RenderModel } from './model';
import { textWidth } from './text';

/** Stroke of each blueprint line; they differ in dash as well as colour. */
export const BLUEPRINT_STYLE: Record<BlueprintLineKind, { color: string; dash?: string }> = {
  interaction: { color: '#1d3557' },
  visibility: { color: '#c0392b', dash: '10 5' },
  internal: { color: '#6d597a', dash: '10 4 2 4' },
};

/** Room for a line's label in the lane-header column, right of the side's accent. */
const LABEL_ROOM = LANE_HEADER_WIDTH - 8 - 14;

/** The three blueprint lines across the map, between `fromX` and `toX`; labels go in the lane-header column. */
export function renderBlueprintLines(
  model: RenderModel,
  fromX: number,
  toX: number,
  withLabels: boolean,
  rows: Pick<Rect, 'y' | 'height'>,
): string {
  const out: string[] = [];
  for (const line of model.layout.lines) {
    // A label sits just above its line; skip lines (and labels) outside the rows being drawn.
    if (line.y < rows.y - 1 || line.y - 16 > rows.y + rows.height) continue;
    const style = BLUEPRINT_STYLE[line.kind];
    out.push(dashedLine(fromX, line.y, toX, line.y, style.dash, { stroke: style.color, 'stroke-width': 2 }));
    if (withLabels) {
      // The label speaks the map's language; a long one ("Лінія внутрішньої взаємодії") shrinks to fit the column.
      const text = label(`blueprintLine.${line.kind}`, { t: model.locale.t });
      const size = Math.min(10, (10 * LABEL_ROOM) / textWidth(text, 10));
      out.push(
        `<text${attrs({ x: LANE_HEADER_WIDTH - 8, y: line.y - 5, 'font-size': num(size), 'font-weight': 700, 'text-anchor': 'end', fill: style.color })}>${escapeXml(text)}</text>`,
      );
    }
  }
  return out.join('');
}
