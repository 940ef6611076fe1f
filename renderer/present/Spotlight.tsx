import { useViewport } from '@xyflow/react';
import type { Rect } from '../../shared/layout';

/** Dims everything but the step's part of the map: a clear window with the rest of the canvas shaded around it. */
export function Spotlight({ rect }: { rect: Rect }) {
  const { x, y, zoom } = useViewport();
  return (
    <div
      className="present-spotlight"
      data-testid="present-spotlight"
      aria-hidden="true"
      style={{ left: rect.x * zoom + x, top: rect.y * zoom + y, width: rect.width * zoom, height: rect.height * zoom }}
    />
  );
}
