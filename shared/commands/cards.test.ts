import { describe, expect, it } from 'vitest';
import { makeCard } from '../factories';
import {
  cardTitled,
  cellCards,
  expectRefused,
  expectUndoRedo,
  laneTitled,
  makeMap,
  stageNamed,
} from '../../test/helpers/makeMap';

describe('card/add', () => {
  it('adds a card to a cell; undo removes it; redo adds it again', () => {
    const doc = makeMap();
    const laneId = laneTitled(doc, 'Customer actions').id;
    const stageId = stageNamed(doc, 'Use').id;
    const card = makeCard({ laneId, stageId, order: 10, title: 'Calls the store about the mount', key: 'call_store' });
    const { doc: after } = expectUndoRedo(doc, { type: 'card/add', card });
    expect(cellCards(after, laneId, stageId).at(-1)).toEqual(card);
  });

  it('refuses a card whose key another card already uses, with a conflict', () => {
    const doc = makeMap();
    const card = makeCard({ laneId: doc.lanes[0]!.id, stageId: doc.stages[0]!.id, key: 'checkout' });
    expectRefused(doc, { type: 'card/add', card }, 'conflict', /checkout/);
  });

  it('refuses a card in an unknown lane, stage or team as not found', () => {
    const doc = makeMap();
    const laneId = doc.lanes[0]!.id;
    const stageId = doc.stages[0]!.id;
    expectRefused(doc, { type: 'card/add', card: makeCard({ laneId: 'nope', stageId }) }, 'not_found', /lane/);
    expectRefused(doc, { type: 'card/add', card: makeCard({ laneId, stageId: 'nope' }) }, 'not_found', /stage/);
    expectRefused(
      doc,
      { type: 'card/add', card: makeCard({ laneId, stageId, ownerTeamId: 'nope' }) },
      'not_found',
      /team/,
    );
  });

  it('refuses a card whose id is already taken, with a conflict', () => {
    const doc = makeMap();
    const card = makeCard({ id: doc.cards[0]!.id, laneId: doc.lanes[0]!.id, stageId: doc.stages[0]!.id });
    expectRefused(doc, { type: 'card/add', card }, 'conflict');
  });

  it('refuses an emotion of 3 as invalid', () => {
    const doc = makeMap();
    const card = makeCard({ laneId: doc.lanes[0]!.id, stageId: doc.stages[0]!.id, emotion: 3 });
    expectRefused(doc, { type: 'card/add', card }, 'invalid', /emotion/);
  });
});

describe('card/update', () => {
  it('edits the title, owner and tags of a card; undo restores them; redo applies them again', () => {
    const doc = makeMap();
    const card = cardTitled(doc, 'Queues at the till');
    const team = doc.teams[0]!;
    const { doc: after } = expectUndoRedo(doc, {
      type: 'card/update',
      id: card.id,
      patch: { title: 'Queues for ten minutes', ownerTeamId: team.id, tags: ['peak'] },
    });
    expect(after.cards.find((c) => c.id === card.id)).toMatchObject({
      title: 'Queues for ten minutes',
      ownerTeamId: team.id,
      tags: ['peak'],
    });
  });

  it('sets and clears an emotion; undo restores the old value', () => {
    const doc = makeMap();
    const card = cardTitled(doc, 'Long queue at the till');
    expectUndoRedo(doc, { type: 'card/update', id: card.id, patch: { emotion: -1 } });
    expectUndoRedo(doc, { type: 'card/update', id: card.id, patch: { emotion: null } });
  });

  it('refuses an emotion of 3 as invalid and changes nothing', () => {
    const doc = makeMap();
    expectRefused(
      doc,
      { type: 'card/update', id: cardTitled(doc, 'Long queue').id, patch: { emotion: 3 } },
      'invalid',
      /emotion/,
    );
  });

  it('refuses a key another card already uses, with a conflict', () => {
    const doc = makeMap();
    expectRefused(
      doc,
      { type: 'card/update', id: cardTitled(doc, 'Online shop').id, patch: { key: 'checkout' } },
      'conflict',
      /checkout/,
    );
  });

  it('lets a card keep its own key', () => {
    const doc = makeMap();
    const card = cardTitled(doc, 'Online shop');
    expectUndoRedo(doc, { type: 'card/update', id: card.id, patch: { key: 'order_online', title: 'Web shop' } });
  });

  it('refuses a key with spaces or capitals as invalid', () => {
    const doc = makeMap();
    expectRefused(doc, { type: 'card/update', id: doc.cards[0]!.id, patch: { key: 'Check Out' } }, 'invalid', /key/);
  });

  it('refuses an unknown card id or owner team as not found', () => {
    const doc = makeMap();
    expectRefused(doc, { type: 'card/update', id: 'nope', patch: { title: 'X' } }, 'not_found', /nope/);
    expectRefused(
      doc,
      { type: 'card/update', id: doc.cards[0]!.id, patch: { ownerTeamId: 'nope' } },
      'not_found',
      /team/,
    );
  });
});

describe('card/move', () => {
  it('moves a card to another stage; undo puts it back; redo moves it again', () => {
    const doc = makeMap();
    const card = cardTitled(doc, 'Queues at the till');
    const laneId = card.laneId;
    const stageId = stageNamed(doc, 'Receive').id;
    const { doc: after } = expectUndoRedo(doc, { type: 'card/move', id: card.id, laneId, stageId, order: 0.5 });
    expect(cellCards(after, laneId, stageId)[0]!.id).toBe(card.id);
  });

  it('moves a card to another lane and keeps its links and pain points', () => {
    const doc = makeMap();
    const card = cardTitled(doc, 'Queues at the till');
    const laneId = laneTitled(doc, 'Frontstage (staff the customer sees)').id;
    const { doc: after } = expectUndoRedo(doc, {
      type: 'card/move',
      id: card.id,
      laneId,
      stageId: card.stageId,
      order: 5,
    });
    expect(after.links).toEqual(doc.links);
    expect(after.painPoints).toEqual(doc.painPoints);
  });

  it('reorders a card inside its cell', () => {
    const doc = makeMap();
    const [first, second] = cellCards(doc, laneTitled(doc, 'Touchpoints').id, stageNamed(doc, 'Buy').id);
    const { doc: after } = expectUndoRedo(doc, {
      type: 'card/move',
      id: first!.id,
      laneId: first!.laneId,
      stageId: first!.stageId,
      order: second!.order + 1,
    });
    expect(cellCards(after, first!.laneId, first!.stageId).map((c) => c.id)).toEqual([second!.id, first!.id]);
  });

  it('refuses a move into an unknown lane or stage as not found', () => {
    const doc = makeMap();
    const card = doc.cards[0]!;
    expectRefused(
      doc,
      { type: 'card/move', id: card.id, laneId: 'nope', stageId: card.stageId, order: 1 },
      'not_found',
      /lane/,
    );
    expectRefused(
      doc,
      { type: 'card/move', id: card.id, laneId: card.laneId, stageId: 'nope', order: 1 },
      'not_found',
      /stage/,
    );
    expectRefused(
      doc,
      { type: 'card/move', id: 'nope', laneId: card.laneId, stageId: card.stageId, order: 1 },
      'not_found',
      /card/,
    );
  });

  it('refuses an order that is not a number as invalid', () => {
    const doc = makeMap();
    const card = doc.cards[0]!;
    expectRefused(
      doc,
      { type: 'card/move', id: card.id, laneId: card.laneId, stageId: card.stageId, order: 'first' },
      'invalid',
      /order/,
    );
  });
});

describe('card/delete', () => {
  it('removes a card with its links, pain points and metric values; undo restores them all', () => {
    const doc = makeMap();
    const card = cardTitled(doc, 'Queues at the till');
    const nps = doc.metrics.find((m) => m.kind === 'nps')!;
    const withValue = expectUndoRedo(doc, {
      type: 'metricValue/add',
      value: { id: 'v-queue', metricId: nps.id, cardId: card.id, stageId: null, value: 10, n: 40, period: 'Q3' },
    }).doc;
    expect(withValue.links.some((l) => l.fromId === card.id || l.toId === card.id)).toBe(true);
    expect(withValue.painPoints.some((p) => p.cardId === card.id)).toBe(true);

    const { doc: after } = expectUndoRedo(withValue, { type: 'card/delete', id: card.id });
    expect(after.cards.some((c) => c.id === card.id)).toBe(false);
    expect(after.links.some((l) => l.fromId === card.id || l.toId === card.id)).toBe(false);
    expect(after.painPoints.some((p) => p.cardId === card.id)).toBe(false);
    expect(after.metricValues.some((v) => v.cardId === card.id)).toBe(false);
  });

  it('prunes the deleted card’s pain points from actions; undo restores them', () => {
    const doc = makeMap();
    const card = cardTitled(doc, 'Queues at the till');
    const pain = doc.painPoints.find((p) => p.cardId === card.id)!;
    expect(doc.opportunities.some((o) => o.painPointIds.includes(pain.id))).toBe(true);
    const { doc: after } = expectUndoRedo(doc, { type: 'card/delete', id: card.id });
    expect(after.opportunities.some((o) => o.painPointIds.includes(pain.id))).toBe(false);
  });

  it('refuses an unknown card id as not found', () => {
    const doc = makeMap();
    expectRefused(doc, { type: 'card/delete', id: 'nope' }, 'not_found', /nope/);
  });
});
