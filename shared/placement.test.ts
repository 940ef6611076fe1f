import { describe, expect, it } from 'vitest';
import { applyCommand } from './commands/apply';
import { makeCard } from './factories';
import { addCardCommand, cellCards, placeCardCommand, placementInCell } from './placement';
import type { TandemDoc } from './schema/document';
import { cardTitled, makeMap } from '../test/helpers/makeMap';

const titles = (doc: TandemDoc, laneId: string, stageId: string) => cellCards(doc, laneId, stageId).map((c) => c.title);

describe('placeCardCommand', () => {
  it('moves a card into another cell at the given index with a midpoint key', () => {
    const doc = makeMap();
    const queues = cardTitled(doc, 'Queues at the till to pay');
    const target = doc.cards.find((c) => c.laneId === queues.laneId && c.stageId !== queues.stageId)!;
    const cmd = placeCardCommand(doc, queues.id, target.laneId, target.stageId, 0);
    expect(cmd.type).toBe('card/move');
    const after = applyCommand(doc, cmd).doc;
    expect(titles(after, target.laneId, target.stageId)[0]).toBe(queues.title);
  });

  it('reorders a card inside its own cell, leaving the card itself out of the count', () => {
    const doc = makeMap();
    const queues = cardTitled(doc, 'Queues at the till to pay');
    const cell = titles(doc, queues.laneId, queues.stageId);
    expect(cell.length).toBeGreaterThan(1);
    const last = cell.length - 1;
    const after = applyCommand(doc, placeCardCommand(doc, queues.id, queues.laneId, queues.stageId, last)).doc;
    expect(titles(after, queues.laneId, queues.stageId).at(-1)).toBe(queues.title);
    const back = applyCommand(after, placeCardCommand(after, queues.id, queues.laneId, queues.stageId, 0)).doc;
    expect(titles(back, queues.laneId, queues.stageId)[0]).toBe(queues.title);
  });

  it('clamps an index beyond the end of the cell to the end', () => {
    const doc = makeMap();
    const queues = cardTitled(doc, 'Queues at the till to pay');
    const after = applyCommand(doc, placeCardCommand(doc, queues.id, queues.laneId, queues.stageId, 99)).doc;
    expect(titles(after, queues.laneId, queues.stageId).at(-1)).toBe(queues.title);
  });

  it('renumbers the cell in one batch when the neighbours are too close for a distinct midpoint', () => {
    let doc = makeMap();
    const q = cardTitled(doc, 'Queues at the till to pay');
    const lane = q.laneId;
    const stage = q.stageId;
    // Two neighbours one ulp apart (the spacing of doubles near 1000 is 2^-43): no number lies strictly between them.
    doc = applyCommand(doc, {
      type: 'card/add',
      card: makeCard({ id: 'a', laneId: lane, stageId: stage, order: 1000, title: 'A' }),
    }).doc;
    doc = applyCommand(doc, {
      type: 'card/add',
      card: makeCard({ id: 'b', laneId: lane, stageId: stage, order: 1000 + 2 ** -43, title: 'B' }),
    }).doc;
    const index = cellCards(doc, lane, stage, q.id).findIndex((c) => c.id === 'b');
    const cmd = placeCardCommand(doc, q.id, lane, stage, index);
    expect(cmd.type).toBe('batch');
    const { doc: after, inverse } = applyCommand(doc, cmd);
    const cell = cellCards(after, lane, stage);
    expect(cell.map((c) => c.order)).toEqual(cell.map((_, i) => i + 1));
    const order = cell.map((c) => c.title);
    expect(order.slice(order.indexOf('A'), order.indexOf('A') + 3)).toEqual(['A', q.title, 'B']);
    expect(applyCommand(after, inverse).doc).toEqual(doc);
  });

  it('keeps 60 cards inserted one after another at the same spot in the order they were put there', () => {
    let doc = makeMap();
    const q = cardTitled(doc, 'Queues at the till to pay');
    const { laneId, stageId } = q;
    const before = titles(doc, laneId, stageId);
    let renumbered = 0;
    // Always insert directly after the first card: each new card lands between it and the previous insert.
    for (let n = 0; n < 60; n++) {
      const cmd = addCardCommand(doc, makeCard({ id: `ins-${n}`, laneId, stageId, title: `insert ${n}` }), 1);
      if (cmd.type === 'batch') renumbered += 1;
      doc = applyCommand(doc, cmd).doc;
      const orders = cellCards(doc, laneId, stageId).map((c) => c.order);
      expect(new Set(orders).size, `distinct keys after insert ${n}`).toBe(orders.length);
    }
    expect(renumbered).toBeGreaterThan(0);
    const cell = titles(doc, laneId, stageId);
    const inserted = Array.from({ length: 60 }, (_, n) => `insert ${59 - n}`);
    expect(cell).toEqual([before[0], ...inserted, ...before.slice(1)]);
  });
});

describe('placementInCell', () => {
  it('gives 1 in an empty cell and nothing to renumber', () => {
    const doc = makeMap();
    expect(placementInCell({ cards: [] }, doc.lanes[0]!.id, doc.stages[0]!.id, 0)).toEqual({ order: 1, renumber: [] });
  });

  it('renumbers only the cards whose key changes', () => {
    const cards = [1, 2, 2].map((order, i) => makeCard({ id: `c${i}`, laneId: 'l', stageId: 's', order }));
    const p = placementInCell({ cards }, 'l', 's', 2);
    expect(p.order).toBe(3);
    expect(p.renumber).toEqual([{ type: 'card/move', id: 'c2', laneId: 'l', stageId: 's', order: 4 }]);
  });
});
