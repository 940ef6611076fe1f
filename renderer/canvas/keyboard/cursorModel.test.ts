import { describe, expect, it } from 'vitest';
import { makeCard, makeLane, makeStage } from '../../../shared/factories';
import type { TandemDoc } from '../../../shared/schema/document';
import { cardAtCursor, cursorGrid, cursorOnCard, moveCursor, normalizeCursor, type Cursor } from './cursorModel';

/** Three lanes (one of them metrics, which the cursor steps over) and three stages; cards in two cells only. */
function grid() {
  const stages = ['Find', 'Buy', 'Use'].map((name, i) => makeStage({ name, order: i + 1 }));
  const [find, buy, use] = stages as [
    TandemDoc['stages'][number],
    TandemDoc['stages'][number],
    TandemDoc['stages'][number],
  ];
  const customer = makeLane({ kind: 'customer', title: 'Customer', order: 1 });
  const metrics = makeLane({ kind: 'metrics', title: 'Scores', order: 2 });
  const backstage = makeLane({ kind: 'backstage', title: 'Backstage', order: 3 });
  const cards = [
    makeCard({ laneId: customer.id, stageId: find.id, title: 'a', order: 1 }),
    makeCard({ laneId: customer.id, stageId: find.id, title: 'b', order: 2 }),
    makeCard({ laneId: backstage.id, stageId: use.id, title: 'c', order: 1 }),
  ];
  const doc = { stages, lanes: [backstage, metrics, customer], cards };
  const [a, b, c] = cards as [(typeof cards)[number], (typeof cards)[number], (typeof cards)[number]];
  return { g: cursorGrid(doc), find, buy, use, customer, backstage, a, b, c };
}

describe('the cell cursor', () => {
  it('walks the grid in reading order, lanes by their order, the metrics lane left out', () => {
    const { g, customer, backstage, find, buy, use } = grid();
    expect(g.lanes).toEqual([customer.id, backstage.id]);
    expect(g.stages).toEqual([find.id, buy.id, use.id]);
  });

  it('starts on the first card of the top-left cell, and steps through a cell’s cards before leaving it', () => {
    const { g, a, b, backstage, find } = grid();
    const start = moveCursor(g, null, 'first');
    expect(cardAtCursor(g, start)).toBe(a.id);
    const second = moveCursor(g, start, 'down');
    expect(cardAtCursor(g, second)).toBe(b.id);
    const below = moveCursor(g, second, 'down');
    expect(below).toEqual({ laneId: backstage.id, stageId: find.id, index: null });
    // Back up into the crowded cell lands on its last card.
    expect(cardAtCursor(g, moveCursor(g, below, 'up'))).toBe(b.id);
  });

  it('stops on empty cells, so a card can be made anywhere', () => {
    const { g, a, customer, buy, use, backstage, c } = grid();
    const start = cursorOnCard(g, a.id);
    const empty = moveCursor(g, start, 'right');
    expect(empty).toEqual({ laneId: customer.id, stageId: buy.id, index: null });
    expect(cardAtCursor(g, empty)).toBeNull();
    expect(moveCursor(g, empty, 'end')).toEqual({ laneId: customer.id, stageId: use.id, index: null });
    expect(moveCursor(g, empty, 'last')).toEqual({ laneId: backstage.id, stageId: use.id, index: 0 });
    expect(cardAtCursor(g, moveCursor(g, empty, 'last'))).toBe(c.id);
  });

  it('stays where it is at the edges of the grid', () => {
    const { g, a, c } = grid();
    const start = cursorOnCard(g, a.id);
    expect(moveCursor(g, start, 'up')).toEqual(start);
    expect(moveCursor(g, start, 'left')).toEqual(start);
    const corner = cursorOnCard(g, c.id);
    expect(moveCursor(g, corner, 'down')).toEqual(corner);
    expect(moveCursor(g, corner, 'right')).toEqual(corner);
    expect(moveCursor(g, corner, 'home')?.stageId).toBe(g.stages[0]);
  });

  it('hands the cursor to the neighbour when its card is deleted, and to the first cell when its lane goes', () => {
    const { g, b, customer, find, backstage } = grid();
    const onB = cursorOnCard(g, b.id) as Cursor;
    const withoutB = cursorGrid({
      stages: g.stages.map((id, i) => makeStage({ id, name: id, order: i + 1 })),
      lanes: [
        makeLane({ id: customer.id, kind: 'customer', title: 'Customer', order: 1 }),
        makeLane({ id: backstage.id, kind: 'backstage', title: 'Backstage', order: 2 }),
      ],
      cards: [makeCard({ laneId: customer.id, stageId: find.id, order: 1 })],
    });
    expect(normalizeCursor(withoutB, onB)).toEqual({ laneId: customer.id, stageId: find.id, index: 0 });
    const noLane = cursorGrid({
      stages: [makeStage({ id: find.id, name: 'Find', order: 1 })],
      lanes: [makeLane({ id: 'other', kind: 'notes', title: 'Notes', order: 1 })],
      cards: [],
    });
    expect(normalizeCursor(noLane, onB)).toEqual({ laneId: 'other', stageId: find.id, index: null });
  });

  it('has nowhere to stand on a map without lanes or stages', () => {
    expect(moveCursor(cursorGrid({ stages: [], lanes: [], cards: [] }), null, 'down')).toBeNull();
  });
});
