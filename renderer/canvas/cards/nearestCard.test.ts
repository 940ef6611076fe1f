import { describe, expect, it } from 'vitest';
import { computeLayout } from '../../../shared/layout';
import { sampleOpened } from '../../../test/helpers/renderEditor';
import { firstCard, nearestCard } from './nearestCard';

const box = (id: string, x: number, y: number, width = 100, height = 80) => ({ id, x, y, width, height });

describe('nearestCard', () => {
  // A 3 × 2 grid with one card stacked under the middle one:
  //   a b c
  //   d e f
  //     g
  const grid = [
    box('a', 0, 0),
    box('b', 200, 0),
    box('c', 400, 0),
    box('d', 0, 100),
    box('e', 200, 100),
    box('f', 400, 100),
    box('g', 200, 200),
  ];
  const at = (id: string) => grid.find((b) => b.id === id)!;

  it('moves to the neighbour in the same row or column', () => {
    expect(nearestCard(grid, at('e'), 'left')).toBe('d');
    expect(nearestCard(grid, at('e'), 'right')).toBe('f');
    expect(nearestCard(grid, at('e'), 'up')).toBe('b');
    expect(nearestCard(grid, at('e'), 'down')).toBe('g');
  });

  it('gives null at the edge of the map', () => {
    expect(nearestCard(grid, at('a'), 'left')).toBeNull();
    expect(nearestCard(grid, at('a'), 'up')).toBeNull();
    expect(nearestCard(grid, at('g'), 'down')).toBeNull();
  });

  it('prefers a card in line over a nearer one off to the side', () => {
    const boxes = [box('from', 0, 0), box('inline', 500, 10), box('diagonal', 150, 300)];
    expect(nearestCard(boxes, boxes[0]!, 'right')).toBe('inline');
  });

  it('goes down its own column, however far, before a nearer card a column over', () => {
    const boxes = [box('from', 0, 0), box('next-column', 130, 40), box('far-below', 0, 600)];
    expect(nearestCard(boxes, boxes[0]!, 'down')).toBe('far-below');
    expect(nearestCard(boxes.slice(0, 2), boxes[0]!, 'down')).toBe('next-column');
  });

  it('reaches a card in another row when the row ahead is empty', () => {
    expect(nearestCard(grid, at('g'), 'right')).toBe('f');
  });

  it('walks down the stacked cards of a real cell and across to the next stage', () => {
    const doc = sampleOpened().doc;
    const layout = computeLayout(doc);
    const queues = doc.cards.find((c) => c.title === 'Queues at the till to pay')!;
    const cell = doc.cards
      .filter((c) => c.laneId === queues.laneId && c.stageId === queues.stageId)
      .sort((a, b) => a.order - b.order);
    const top = layout.cards.get(cell[0]!.id)!;
    expect(nearestCard(layout.cards.values(), top, 'down')).toBe(cell[1]!.id);
    const right = nearestCard(layout.cards.values(), top, 'right');
    expect(layout.cards.get(right!)!.x).toBeGreaterThan(top.x);
  });
});

describe('firstCard', () => {
  it('picks the top card of the leftmost column', () => {
    expect(firstCard([box('b', 200, 0), box('d', 0, 100), box('a', 0, 0)])).toBe('a');
    expect(firstCard([])).toBeNull();
  });
});
