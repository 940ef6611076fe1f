import type { Rect } from '../../shared/layout';

/** A card's title is set at 15 px on the canvas at zoom 1 (`.card__title` in card.css). */
export const CARD_TEXT_PX = 15;
/**
 * The smallest card text Tandem shows when it fits for reading: 14 px on screen. On a 1280 × 720 projector that
 * is about the size of a slide's body text read from the back of a room; smaller text is why a fitted sample map
 * (about 4 px) cannot be presented.
 */
export const READING_FLOOR_PX = 14;
/** The zoom at which card text is at the floor: rounded up, so the canvas's rounded transform never dips under it. */
export const READING_MIN_ZOOM = Math.ceil((READING_FLOOR_PX / CARD_TEXT_PX) * 1e4) / 1e4;
/** Presenting a narrow stage never blows it up past this: cards twice their size are plenty on a wall. */
export const PRESENT_MAX_ZOOM = 2;

/** A React Flow viewport: screen = flow × zoom + (x, y). */
export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

/** The size of the canvas on screen, in CSS pixels. */
export interface Screen {
  width: number;
  height: number;
}

export interface ReadingOptions {
  /** Space kept around the rectangle, in screen pixels. */
  padding?: number;
  /** Largest zoom, however small the rectangle. */
  maxZoom?: number;
  /** Fit the width only (the rest scrolls), instead of the whole rectangle. */
  widthOnly?: boolean;
}

/**
 * The viewport that shows `rect` as large as fits, but never so small that card text falls below the reading
 * floor: when the whole would need less, it is shown at the floor from its top left and the rest scrolls. Where it
 * fits on an axis it is centred on that axis.
 */
export function readingViewport(rect: Rect, screen: Screen, options: ReadingOptions = {}): Viewport {
  const padding = options.padding ?? 24;
  const maxZoom = Math.max(READING_MIN_ZOOM, options.maxZoom ?? PRESENT_MAX_ZOOM);
  const room = { width: Math.max(1, screen.width - 2 * padding), height: Math.max(1, screen.height - 2 * padding) };
  const byWidth = room.width / Math.max(1, rect.width);
  const fit = options.widthOnly ? byWidth : Math.min(byWidth, room.height / Math.max(1, rect.height));
  const zoom = Math.min(maxZoom, Math.max(READING_MIN_ZOOM, fit));
  const place = (start: number, size: number, available: number) =>
    size * zoom <= available ? (available - size * zoom) / 2 + padding - start * zoom : padding - start * zoom;
  return {
    x: place(rect.x, rect.width, room.width),
    y: place(rect.y, rect.height, room.height),
    zoom,
  };
}

/** Card text's height on screen at a zoom, in CSS pixels. */
export function cardTextPx(zoom: number): number {
  return CARD_TEXT_PX * zoom;
}

/**
 * The view moved on by most of a screen along the step's long side (down a tall stage, along a wide lane), without
 * leaving the step: `direction` 1 goes on (down, right), -1 back.
 */
export function scrollWithin(
  rect: Rect,
  now: Viewport,
  screen: Screen,
  axis: 'y' | 'x',
  direction: 1 | -1,
  padding = 24,
): Viewport {
  const size = axis === 'y' ? screen.height : screen.width;
  const start = axis === 'y' ? rect.y : rect.x;
  const length = axis === 'y' ? rect.height : rect.width;
  // The offset that puts the step's start at the padding, and the one that puts its end at the far edge.
  const first = padding - start * now.zoom;
  const last = Math.min(first, size - padding - (start + length) * now.zoom);
  const moved = now[axis] - direction * size * 0.6;
  return { ...now, [axis]: Math.min(first, Math.max(last, moved)) };
}
