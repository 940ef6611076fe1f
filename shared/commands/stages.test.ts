import { describe, expect, it } from 'vitest';
import { makeStage } from '../factories';
import { cellCards, expectRefused, expectUndoRedo, laneTitled, makeMap, stageNamed } from '../../test/helpers/makeMap';
import { applyCommand } from './apply';

describe('stage/add', () => {
  it('adds a stage at its place in the order; undo removes it; redo adds it again', () => {
    const doc = makeMap();
    const stage = makeStage({ name: 'Compare', order: 1.5 });
    const { doc: after } = expectUndoRedo(doc, { type: 'stage/add', stage });
    expect(after.stages.map((s) => s.name)).toEqual(['Discover', 'Compare', 'Buy', 'Receive', 'Use', 'Get help']);
  });

  it('refuses a stage whose id is already taken, with a conflict', () => {
    const doc = makeMap();
    const taken = doc.stages[0]!;
    expectRefused(doc, { type: 'stage/add', stage: makeStage({ id: taken.id, name: 'Twin', order: 9 }) }, 'conflict');
  });

  it('refuses a stage narrower than 160 px as invalid', () => {
    const doc = makeMap();
    expectRefused(
      doc,
      { type: 'stage/add', stage: makeStage({ name: 'Thin', order: 9, width: 50 }) },
      'invalid',
      /width/,
    );
  });
});

describe('stage/update', () => {
  it('renames and widens a stage; undo restores name and width; redo applies them again', () => {
    const doc = makeMap();
    const buy = stageNamed(doc, 'Buy');
    const { doc: after } = expectUndoRedo(doc, {
      type: 'stage/update',
      id: buy.id,
      patch: { name: 'Pay', width: 400 },
    });
    expect(stageNamed(after, 'Pay')).toMatchObject({ id: buy.id, width: 400, order: buy.order });
  });

  it('refuses a width of 50 as invalid and changes nothing', () => {
    const doc = makeMap();
    expectRefused(
      doc,
      { type: 'stage/update', id: stageNamed(doc, 'Buy').id, patch: { width: 50 } },
      'invalid',
      /width/,
    );
  });

  it('refuses an unknown stage id as not found', () => {
    const doc = makeMap();
    expectRefused(doc, { type: 'stage/update', id: 'nope', patch: { name: 'X' } }, 'not_found', /nope/);
  });
});

describe('stage/move', () => {
  it('moves a stage to the end; undo puts it back; redo moves it again', () => {
    const doc = makeMap();
    const discover = stageNamed(doc, 'Discover');
    const { doc: after } = expectUndoRedo(doc, { type: 'stage/move', id: discover.id, order: 99 });
    expect(after.stages.map((s) => s.name)).toEqual(['Buy', 'Receive', 'Use', 'Get help', 'Discover']);
  });

  it('refuses an unknown stage id as not found', () => {
    const doc = makeMap();
    expectRefused(doc, { type: 'stage/move', id: 'nope', order: 3 }, 'not_found');
  });

  it('refuses an order that is not a finite number as invalid', () => {
    const doc = makeMap();
    expectRefused(
      doc,
      { type: 'stage/move', id: doc.stages[0]!.id, order: Number.POSITIVE_INFINITY },
      'invalid',
      /order/,
    );
  });
});

describe('stage/delete', () => {
  it('with mode delete removes the stage with its cards, their links, pain points and metric values; undo restores them all', () => {
    const doc = makeMap();
    const buy = stageNamed(doc, 'Buy');
    const buyCards = new Set(doc.cards.filter((c) => c.stageId === buy.id).map((c) => c.id));
    const buyPains = doc.painPoints.filter((p) => buyCards.has(p.cardId)).map((p) => p.id);
    expect(buyCards.size).toBeGreaterThan(0);
    expect(buyPains.length).toBeGreaterThan(0);
    expect(doc.metricValues.some((v) => v.stageId === buy.id)).toBe(true);

    const { doc: after } = expectUndoRedo(doc, { type: 'stage/delete', id: buy.id, cards: { mode: 'delete' } });
    expect(after.stages.map((s) => s.name)).toEqual(['Discover', 'Receive', 'Use', 'Get help']);
    expect(after.cards.filter((c) => buyCards.has(c.id))).toEqual([]);
    expect(after.links.filter((l) => buyCards.has(l.fromId) || buyCards.has(l.toId))).toEqual([]);
    expect(after.painPoints.filter((p) => buyCards.has(p.cardId))).toEqual([]);
    expect(after.metricValues.filter((v) => v.stageId === buy.id)).toEqual([]);
    for (const o of after.opportunities) for (const id of buyPains) expect(o.painPointIds).not.toContain(id);
  });

  it('with mode move puts the cards into the target stage at the end of each cell; undo puts them back', () => {
    const doc = makeMap();
    const buy = stageNamed(doc, 'Buy');
    const receive = stageNamed(doc, 'Receive');
    const touchpoints = laneTitled(doc, 'Touchpoints');
    const before = cellCards(doc, touchpoints.id, receive.id);
    const moving = cellCards(doc, touchpoints.id, buy.id);
    expect(before.length).toBeGreaterThan(0);
    expect(moving.length).toBe(2);

    const { doc: after } = expectUndoRedo(doc, {
      type: 'stage/delete',
      id: buy.id,
      cards: { mode: 'move', toStageId: receive.id },
    });
    const cell = cellCards(after, touchpoints.id, receive.id);
    expect(cell.map((c) => c.id)).toEqual([...before, ...moving].map((c) => c.id));
    // Every card of the deleted stage survives, now in the target stage; its links and pain points too.
    const movedIds = new Set(doc.cards.filter((c) => c.stageId === buy.id).map((c) => c.id));
    expect(after.cards.filter((c) => movedIds.has(c.id)).every((c) => c.stageId === receive.id)).toBe(true);
    expect(after.cards.filter((c) => movedIds.has(c.id))).toHaveLength(movedIds.size);
    expect(after.links).toEqual(doc.links);
    expect(after.painPoints).toEqual(doc.painPoints);
  });

  it('refuses to delete the last stage', () => {
    let doc = makeMap();
    for (const s of doc.stages.slice(1))
      doc = applyCommand(doc, { type: 'stage/delete', id: s.id, cards: { mode: 'delete' } }).doc;
    expect(doc.stages).toHaveLength(1);
    expectRefused(
      doc,
      { type: 'stage/delete', id: doc.stages[0]!.id, cards: { mode: 'delete' } },
      'invalid',
      /at least one stage/,
    );
  });

  it('refuses to move the cards into the stage being deleted', () => {
    const doc = makeMap();
    const buy = stageNamed(doc, 'Buy');
    expectRefused(doc, { type: 'stage/delete', id: buy.id, cards: { mode: 'move', toStageId: buy.id } }, 'invalid');
  });

  it('refuses an unknown target stage as not found', () => {
    const doc = makeMap();
    expectRefused(
      doc,
      { type: 'stage/delete', id: stageNamed(doc, 'Buy').id, cards: { mode: 'move', toStageId: 'nope' } },
      'not_found',
    );
  });

  it('refuses an unknown stage id as not found', () => {
    const doc = makeMap();
    expectRefused(doc, { type: 'stage/delete', id: 'nope', cards: { mode: 'delete' } }, 'not_found');
  });

  it('refuses a delete that does not say what happens to the cards', () => {
    const doc = makeMap();
    expectRefused(doc, { type: 'stage/delete', id: doc.stages[0]!.id }, 'invalid', /cards/);
  });
});
