import type { ReactFlowInstance } from '@xyflow/react';
import type { Rect } from '../../../shared/layout';
import { motion } from '../../theme/motion';

/** Room kept between a revealed card and the edge of the canvas, in screen pixels. */
const MARGIN = 48;

/**
 * Pans the view so the card is in sight, when it is not already fully visible: centred on it at the current
 * zoom, animated briefly. `viewport` is the canvas element's size on screen.
 */
export function revealRect(
  flow: Pick<ReactFlowInstance, 'getViewport' | 'setCenter'>,
  rect: Rect,
  viewport: { width: number; height: number },
): boolean {
  const { x, y, zoom } = flow.getViewport();
  const left = rect.x * zoom + x;
  const top = rect.y * zoom + y;
  const right = left + rect.width * zoom;
  const bottom = top + rect.height * zoom;
  const inside =
    left >= MARGIN && top >= MARGIN && right <= viewport.width - MARGIN && bottom <= viewport.height - MARGIN;
  if (inside || viewport.width === 0) return false;
  void flow.setCenter(rect.x + rect.width / 2, rect.y + rect.height / 2, { zoom, duration: motion(200) });
  return true;
}
