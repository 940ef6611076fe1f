import { LANE_HEADER_WIDTH, type LaneBox, type MapLayout } from '../../../shared/layout';
import type { TandemDoc } from '../../../shared/schema/document';
import type { EmotionCurveFlowNode, EmotionPoint } from '../flowTypes';

/** How far right of its card an emotion point sits: in the gap between columns, where no card covers it. */
export const KNOB_OFFSET = 9;

/** The curve node of one emotion lane: a point at the right edge of each card, level with the card's centre. */
export function emotionCurveNode(
  doc: TandemDoc,
  layout: MapLayout,
  box: LaneBox,
): Omit<EmotionCurveFlowNode, 'draggable' | 'selectable' | 'focusable' | 'connectable' | 'handles'> {
  const points: EmotionPoint[] = [];
  for (const c of doc.cards) {
    if (c.laneId !== box.id) continue;
    const r = layout.cards.get(c.id);
    if (!r) continue;
    points.push({
      cardId: c.id,
      title: c.title,
      x: r.x + r.width + KNOB_OFFSET - LANE_HEADER_WIDTH,
      y: r.y + r.height / 2 - box.y,
      value: c.emotion,
    });
  }
  points.sort((a, b) => a.x - b.x);
  return {
    id: `curve:${box.id}`,
    type: 'emotionCurve',
    position: { x: LANE_HEADER_WIDTH, y: box.y },
    width: layout.width - LANE_HEADER_WIDTH + 2 * KNOB_OFFSET,
    height: box.height,
    zIndex: -1,
    data: { laneId: box.id, side: box.side, laneHeight: box.height, points },
  };
}
