import { describe, expect, it } from 'vitest';
import { CELL_PADDING, linkRoute, linkSides } from './layout';

const card = (x: number, y: number, width = 100, height = 50) => ({ x, y, width, height });

describe('linkRoute', () => {
  it('routes a link exactly as linkSides does when nothing stands between its cards', () => {
    const a = card(0, 0);
    const b = card(0, 200);
    expect(linkRoute(a, b, [a, b])).toEqual({ ...linkSides(a, b), detourX: null });
    const c = card(300, 0);
    expect(linkRoute(a, c, [a, c, card(150, 0)])).toEqual({ source: 'right', target: 'left', detourX: null });
  });

  it('sends a vertical link round a card between its ends, through the gap right of the column', () => {
    const top = card(0, 0);
    const middle = card(0, 100);
    const bottom = card(0, 200);
    expect(linkRoute(bottom, top, [top, middle, bottom])).toEqual({
      source: 'right',
      target: 'right',
      detourX: 100 + CELL_PADDING / 2,
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
