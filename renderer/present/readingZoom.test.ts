import { describe, expect, it } from 'vitest';
import { computeLayout } from '../../shared/layout';
import { makeMap } from '../../test/helpers/makeMap';
import { cardTextPx, READING_FLOOR_PX, readingViewport } from './readingZoom';
import { readingView } from './fitForReading';

const PROJECTOR = { width: 1280, height: 720 };

describe('present/readingZoom', () => {
  it('blows a small part of the map up to fill the screen, centred, up to twice its size', () => {
    const v = readingViewport({ x: 100, y: 50, width: 400, height: 200 }, PROJECTOR, { padding: 0 });
    expect(v.zoom).toBe(2);
    expect(v.x + 100 * v.zoom).toBe((1280 - 800) / 2);
    expect(v.y + 50 * v.zoom).toBe((720 - 400) / 2);
  });

  it('never shrinks card text below the 14 px floor: a tall stage is shown from its top and the rest scrolls', () => {
    const v = readingViewport({ x: 510, y: 0, width: 280, height: 1674 }, PROJECTOR, { padding: 24 });
    expect(cardTextPx(v.zoom)).toBeCloseTo(READING_FLOOR_PX, 2);
    expect(cardTextPx(v.zoom)).toBeGreaterThanOrEqual(READING_FLOOR_PX);
    // Too tall to fit at the floor: its top sits at the padding; narrow enough: centred across.
    expect(v.y).toBe(24);
    expect(v.x + 510 * v.zoom + (280 * v.zoom) / 2).toBeCloseTo(640, 5);
  });

  it('shows a too-wide lane from its left end', () => {
    const v = readingViewport({ x: 0, y: 100, width: 3000, height: 100 }, PROJECTOR, { padding: 16 });
    expect(cardTextPx(v.zoom)).toBeCloseTo(READING_FLOOR_PX, 2);
    expect(cardTextPx(v.zoom)).toBeGreaterThanOrEqual(READING_FLOOR_PX);
    expect(v.x).toBe(16);
  });

  it('fits the sample map for reading at a projector size with card text at least 14 px, from the lane names', () => {
    const layout = computeLayout(makeMap());
    // As Fit leaves it: the whole map in view at about a quarter of its size.
    const fitted = { x: 400, y: 10, zoom: 0.4 };
    const v = readingView(layout, fitted, PROJECTOR);
    expect(cardTextPx(v.zoom)).toBeGreaterThanOrEqual(READING_FLOOR_PX - 1e-9);
    expect(v.zoom).toBeLessThanOrEqual(1);
    expect(v.x).toBe(16);
    expect(v.y).toBe(16);
  });

  it('fits the width of the stages in view when they fit readably, never past life size', () => {
    const layout = computeLayout(makeMap());
    const third = layout.stages[2];
    if (!third) throw new Error('the sample has five stages');
    // Zoomed out from the third stage on: it and the two after it are in view.
    const v = readingView(layout, { x: -third.x * 0.5, y: -300, zoom: 0.5 }, { width: 850, height: 720 });
    expect(v.zoom).toBeCloseTo((850 - 32) / (layout.width - third.x), 5);
    expect(cardTextPx(v.zoom)).toBeGreaterThan(READING_FLOOR_PX);
    expect(v.zoom).toBeLessThan(1);
    expect(v.x + third.x * v.zoom).toBeCloseTo(16, 5);
  });
});

describe('present/scrollWithin', () => {
  const stage = { x: 0, y: 0, width: 280, height: 1674 };
  it('scrolls down a tall stage by most of a screen and stops at its bottom, then back to its top', async () => {
    const { scrollWithin } = await import('./readingZoom');
    const top = readingViewport(stage, PROJECTOR);
    const once = scrollWithin(stage, top, PROJECTOR, 'y', 1);
    expect(once.y).toBeCloseTo(top.y - 720 * 0.6, 5);
    let v = once;
    for (let i = 0; i < 10; i++) v = scrollWithin(stage, v, PROJECTOR, 'y', 1);
    // The stage's bottom edge sits at the bottom padding: no further.
    expect(v.y + stage.height * v.zoom).toBeCloseTo(720 - 24, 5);
    for (let i = 0; i < 10; i++) v = scrollWithin(stage, v, PROJECTOR, 'y', -1);
    expect(v.y).toBeCloseTo(top.y, 5);
  });
});
