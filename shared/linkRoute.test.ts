import { describe, expect, it } from 'vitest';
import { CARD_GAP, CELL_PADDING, linkRoute, linkSides } from './layout';

const card = (x: number, y: number, width = 100, height = 50) => ({ x, y, width, height });

describe('linkRoute', () => {
  it('routes a link exactly as linkSides does when nothing stands between its cards', () => {
    const a = card(0, 0);
    const b = card(0, 200);
    expect(linkRoute(a, b, [a, b])).toEqual({ ...linkSides(a, b), detourX: null, detourY: null });
    const c = card(300, 0);
    expect(linkRoute(a, c, [a, c])).toEqual({ source: 'right', target: 'left', detourX: null, detourY: null });
  });

  it('takes a link between columns out sideways, even to a lane further down', () => {
    expect(linkRoute(card(0, 0), card(130, 400), [])).toEqual({
      source: 'right',
      target: 'left',
      detourX: null,
      detourY: null,
    });
    expect(linkRoute(card(130, 400), card(0, 0), []).source).toBe('left');
  });

  it('sends a sideways link past a card of a stage in between along a free row, not behind it', () => {
    const a = card(0, 0);
    const middle = card(150, 0);
    const c = card(300, 0);
    const route = linkRoute(a, c, [middle]);
    expect(route).toMatchObject({ source: 'right', target: 'left', detourX: null });
    // The nearest free row: just below the card in the way (half a card gap), or above it.
    expect([50 + CARD_GAP / 2, -CARD_GAP / 2]).toContain(route.detourY);
  });

  it('sends a vertical link round a card between its ends, through the gap right of the column', () => {
    const top = card(0, 0);
    const middle = card(0, 100);
    const bottom = card(0, 200);
    expect(linkRoute(bottom, top, [top, middle, bottom])).toEqual({
      source: 'right',
      target: 'right',
      detourX: 100 + CELL_PADDING / 2,
      detourY: null,
    });
  });

  it('clears the widest card in the way', () => {
    const top = card(10, 0, 80);
    const wide = card(0, 100, 140);
    const bottom = card(10, 200, 80);
    expect(linkRoute(top, bottom, [wide]).detourX).toBe(140 + CELL_PADDING / 2);
  });

  it('ignores cards beside the run or outside the span between the two ends', () => {
    const top = card(0, 0);
    const bottom = card(0, 200);
    expect(linkRoute(top, bottom, [card(400, 100), card(0, 300)]).detourX).toBeNull();
  });
});
