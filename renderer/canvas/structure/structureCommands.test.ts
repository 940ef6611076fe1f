import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../shared/commands/apply';
import { createFromTemplate } from '../../../shared/templates';
import {
  cannotDelete,
  cardCount,
  deleteCommand,
  dropIndex,
  insertLaneCommand,
  insertStageCommand,
  itemsOf,
  moveToIndexCommand,
  neighbourOf,
} from './structureCommands';

const doc = createFromTemplate('sample', undefined, new Date('2026-01-01T09:00:00Z'));
const names = (d: typeof doc) => itemsOf(d, 'stage').map((s) => s.name);

describe('structure commands', () => {
  it('inserts a stage at an index, between its neighbours', () => {
    const { cmd, id } = insertStageCommand(doc, 1, 'Compare');
    const next = applyCommand(doc, cmd).doc;
    expect(names(next)).toEqual(['Discover', 'Compare', 'Buy', 'Receive', 'Use', 'Get help']);
    expect(next.stages.find((s) => s.id === id)?.width).toBeGreaterThanOrEqual(160);
  });

  it('adds a lane of the chosen kind and side below the last lane', () => {
    const { cmd, id } = insertLaneCommand(doc, { kind: 'emotion', side: 'employee', title: 'Employee emotion' });
    const next = applyCommand(doc, cmd).doc;
    expect(itemsOf(next, 'lane').at(-1)?.id).toBe(id);
    expect(next.lanes.find((l) => l.id === id)).toMatchObject({
      kind: 'emotion',
      side: 'employee',
      title: 'Employee emotion',
    });
  });

  it('moves a stage to an index among the others, and does nothing when it is already there', () => {
    const buy = itemsOf(doc, 'stage')[1]!;
    const cmd = moveToIndexCommand(doc, 'stage', buy.id, 3)!;
    expect(names(applyCommand(doc, cmd).doc)).toEqual(['Discover', 'Receive', 'Use', 'Buy', 'Get help']);
    expect(moveToIndexCommand(doc, 'stage', buy.id, 1)).toBeNull();
  });

  it('finds the neighbour that takes the cards: the one before, else the one after', () => {
    const [first, second] = itemsOf(doc, 'stage');
    expect(neighbourOf(doc, 'stage', second!.id)?.id).toBe(first!.id);
    expect(neighbourOf(doc, 'stage', first!.id)?.id).toBe(second!.id);
  });

  it('deletes a stage moving its cards to the neighbour, and undo puts them back', () => {
    const buy = itemsOf(doc, 'stage')[1]!;
    const discover = itemsOf(doc, 'stage')[0]!;
    const moved = cardCount(doc, 'stage', buy.id);
    const r = applyCommand(doc, deleteCommand('stage', buy.id, discover.id));
    expect(cardCount(r.doc, 'stage', discover.id)).toBe(cardCount(doc, 'stage', discover.id) + moved);
    expect(applyCommand(r.doc, r.inverse).doc.cards.filter((c) => c.stageId === buy.id)).toHaveLength(moved);
  });

  it('refuses to delete the last stage or lane, in words', () => {
    expect(cannotDelete(doc, 'stage')).toBeNull();
    const one = { ...doc, stages: doc.stages.slice(0, 1), lanes: doc.lanes.slice(0, 1) };
    expect(cannotDelete(one, 'stage')).toBe('A map needs at least one stage');
    expect(cannotDelete(one, 'lane')).toBe('A map needs at least one lane');
  });

  it('counts the drop index by the centres of the others', () => {
    const others = [
      { start: 0, size: 100 },
      { start: 100, size: 100 },
      { start: 200, size: 100 },
    ];
    expect(dropIndex(others, 10)).toBe(0);
    expect(dropIndex(others, 160)).toBe(2);
    expect(dropIndex(others, 400)).toBe(3);
  });
});
