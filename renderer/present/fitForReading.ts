import type { MapLayout } from '../../shared/layout';
import type { CanvasPort } from '../ui/actions/action';
import { readingViewport, type Screen, type Viewport } from './readingZoom';

/** Fit for reading never enlarges past life size, as Fit does not. */
const READING_MAX_ZOOM = 1;

/**
 * The view "Fit for reading" moves to: the stages now (partly) in view fitted by width, never with card text under
 * the floor; from the top of the view, or of the map when the headers are near. Where even one stage is too wide,
 * the first one in view starts at the left edge and the rest scrolls.
 */
export function readingView(layout: MapLayout, now: Viewport, screen: Screen): Viewport {
  const left = -now.x / now.zoom;
  const right = (screen.width - now.x) / now.zoom;
  const inView = layout.stages.filter((s) => s.x + s.width > left && s.x < right);
  const stages = inView.length > 0 ? inView : layout.stages;
  const first = stages[0];
  const last = stages[stages.length - 1];
  if (!first || !last) return now;
  // With the first stage in view, the lane names come along: they say what each row is.
  const x = first === layout.stages[0] ? 0 : first.x;
  const top = Math.max(0, -now.y / now.zoom);
  const y = top < layout.height / 4 ? 0 : top;
  return readingViewport({ x, y, width: last.x + last.width - x, height: Math.max(1, layout.height - y) }, screen, {
    widthOnly: true,
    maxZoom: READING_MAX_ZOOM,
    padding: 16,
  });
}

/** Runs Fit for reading on the canvas on screen. */
export function fitForReading(canvas: CanvasPort): void {
  const layout = canvas.layout();
  const el = canvas.element;
  if (!layout || !el || !canvas.view) return;
  canvas.view.show(readingView(layout, canvas.view.viewport(), { width: el.clientWidth, height: el.clientHeight }));
}
