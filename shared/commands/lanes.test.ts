import { describe, expect, it } from 'vitest';
import { makeLane } from '../factories';
import { cellCards, expectRefused, expectUndoRedo, laneTitled, makeMap, stageNamed } from '../../test/helpers/makeMap';
import { applyCommand } from './apply';

describe('lane/add', () => {
  it('adds a lane at its place in the order; undo removes it; redo adds it again', () => {
    const doc = makeMap();
    const lane = makeLane({ kind: 'notes', title: 'Workshop notes', order: 0.5 });
    const { doc: after } = expectUndoRedo(doc, { type: 'lane/add', lane });
    expect(after.lanes[0]).toEqual(lane);
    expect(after.lanes).toHaveLength(doc.lanes.length + 1);
  });

  it('refuses a lane whose id is already taken, with a conflict', () => {
    const doc = makeMap();
    expectRefused(
      doc,
      { type: 'lane/add', lane: makeLane({ id: doc.lanes[0]!.id, kind: 'notes', title: 'Twin', order: 99 }) },
      'conflict',
    );
  });

  it('refuses a lane of an unknown kind as invalid', () => {
    const doc = makeMap();
    const lane = { ...makeLane({ kind: 'notes', title: 'Odd', order: 99 }), kind: 'sideways' };
    expectRefused(doc, { type: 'lane/add', lane }, 'invalid', /kind/);
  });
});

describe('lane/update', () => {
  it('renames a lane and makes it taller; undo restores it; redo applies it again', () => {
    const doc = makeMap();
    const lane = laneTitled(doc, 'Touchpoints');
    const { doc: after } = expectUndoRedo(doc, {
      type: 'lane/update',
      id: lane.id,
      patch: { title: 'Channels', height: 300 },
    });
    expect(laneTitled(after, 'Channels')).toMatchObject({ id: lane.id, height: 300, order: lane.order });
  });

  it('refuses a height of 20 as invalid and changes nothing', () => {
    const doc = makeMap();
    expectRefused(doc, { type: 'lane/update', id: doc.lanes[0]!.id, patch: { height: 20 } }, 'invalid', /height/);
  });

  it('refuses an unknown lane id as not found', () => {
    const doc = makeMap();
    expectRefused(doc, { type: 'lane/update', id: 'nope', patch: { title: 'X' } }, 'not_found', /nope/);
  });
});

describe('lane/move', () => {
  it('moves a lane to the top; undo puts it back; redo moves it again', () => {
    const doc = makeMap();
    const lane = laneTitled(doc, 'Support processes and systems');
    const { doc: after } = expectUndoRedo(doc, { type: 'lane/move', id: lane.id, order: -1 });
    expect(after.lanes[0]!.id).toBe(lane.id);
  });

  it('refuses an unknown lane id as not found', () => {
    const doc = makeMap();
    expectRefused(doc, { type: 'lane/move', id: 'nope', order: 1 }, 'not_found');
  });
});

describe('lane/delete', () => {
  it('with mode delete removes the lane with its cards, their links and pain points; undo restores them all', () => {
    const doc = makeMap();
    const lane = laneTitled(doc, 'Backstage (staff the customer does not see)');
    const gone = new Set(doc.cards.filter((c) => c.laneId === lane.id).map((c) => c.id));
    expect(doc.links.some((l) => gone.has(l.fromId) || gone.has(l.toId))).toBe(true);
    expect(doc.painPoints.some((p) => gone.has(p.cardId))).toBe(true);

    const { doc: after } = expectUndoRedo(doc, { type: 'lane/delete', id: lane.id, cards: { mode: 'delete' } });
    expect(after.lanes.map((l) => l.id)).not.toContain(lane.id);
    expect(after.cards.some((c) => gone.has(c.id))).toBe(false);
    expect(after.links.some((l) => gone.has(l.fromId) || gone.has(l.toId))).toBe(false);
    expect(after.painPoints.some((p) => gone.has(p.cardId))).toBe(false);
  });

  it('with mode move puts the cards into the target lane at the end of each cell; undo puts them back', () => {
    const doc = makeMap();
    const from = laneTitled(doc, 'Touchpoints');
    const to = laneTitled(doc, 'Customer actions');
    const buy = stageNamed(doc, 'Buy');
    const staying = cellCards(doc, to.id, buy.id);
    const moving = cellCards(doc, from.id, buy.id);
    expect(staying.length).toBeGreaterThan(0);
    expect(moving.length).toBeGreaterThan(0);

    const { doc: after } = expectUndoRedo(doc, {
      type: 'lane/delete',
      id: from.id,
      cards: { mode: 'move', toLaneId: to.id },
    });
    expect(cellCards(after, to.id, buy.id).map((c) => c.id)).toEqual([...staying, ...moving].map((c) => c.id));
    expect(after.cards).toHaveLength(doc.cards.length);
    expect(after.cards.some((c) => c.laneId === from.id)).toBe(false);
  });

  it('refuses to delete the last lane', () => {
    let doc = makeMap();
    for (const l of doc.lanes.slice(1))
      doc = applyCommand(doc, { type: 'lane/delete', id: l.id, cards: { mode: 'delete' } }).doc;
    expect(doc.lanes).toHaveLength(1);
    expectRefused(
      doc,
      { type: 'lane/delete', id: doc.lanes[0]!.id, cards: { mode: 'delete' } },
      'invalid',
      /at least one lane/,
    );
  });

  it('refuses to move the cards into the lane being deleted', () => {
    const doc = makeMap();
    const lane = doc.lanes[0]!;
    expectRefused(doc, { type: 'lane/delete', id: lane.id, cards: { mode: 'move', toLaneId: lane.id } }, 'invalid');
  });

  it('refuses an unknown lane or target lane as not found', () => {
    const doc = makeMap();
    expectRefused(doc, { type: 'lane/delete', id: 'nope', cards: { mode: 'delete' } }, 'not_found');
    expectRefused(
      doc,
      { type: 'lane/delete', id: doc.lanes[0]!.id, cards: { mode: 'move', toLaneId: 'nope' } },
      'not_found',
    );
  });
});
