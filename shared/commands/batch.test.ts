import { describe, expect, it } from 'vitest';
import { makeCard, makeLink, makePainPoint } from '../factories';
import { cardTitled, expectRefused, expectUndoRedo, makeMap, stageNamed } from '../../test/helpers/makeMap';
import { describeCommand } from './describe';
import type { Command } from './types';

describe('batch', () => {
  it('adds a card, links it and hangs a pain point on it as one step; undo removes all three; redo adds them again', () => {
    const doc = makeMap();
    const from = cardTitled(doc, 'Queues at the till');
    const card = makeCard({
      id: 'new-card',
      laneId: from.laneId,
      stageId: stageNamed(doc, 'Receive').id,
      order: 9,
      title: 'Leaves without buying',
    });
    const cmd: Command = {
      type: 'batch',
      label: 'Add card with link',
      commands: [
        { type: 'card/add', card },
        { type: 'link/add', link: makeLink({ fromId: from.id, toId: 'new-card' }) },
        { type: 'painPoint/add', painPoint: makePainPoint({ cardId: 'new-card', title: 'Lost sale' }) },
      ],
    };
    const { doc: after, inverse } = expectUndoRedo(doc, cmd);
    expect(after.cards).toHaveLength(doc.cards.length + 1);
    expect(after.links).toHaveLength(doc.links.length + 1);
    expect(after.painPoints).toHaveLength(doc.painPoints.length + 1);
    expect(inverse).toMatchObject({ type: 'batch', label: 'Add card with link' });
    // The inverse undoes the last command first.
    expect(inverse.type === 'batch' && inverse.commands.map((c) => c.type)).toEqual([
      'painPoint/delete',
      'link/delete',
      'card/delete',
    ]);
  });

  it('moves several cards at once (a drag of a selection); undo puts every card back', () => {
    const doc = makeMap();
    const target = stageNamed(doc, 'Use').id;
    const cards = doc.cards.filter((c) => c.stageId === stageNamed(doc, 'Buy').id).slice(0, 4);
    const cmd: Command = {
      type: 'batch',
      commands: cards.map((c, i) => ({
        type: 'card/move',
        id: c.id,
        laneId: c.laneId,
        stageId: target,
        order: 100 + i,
      })),
    };
    const { doc: after } = expectUndoRedo(doc, cmd);
    for (const c of cards) expect(after.cards.find((x) => x.id === c.id)?.stageId).toBe(target);
    expect(describeCommand(cmd)).toBe('4 changes');
  });

  it('deletes several cards that share links (a multi-select delete); undo restores every card, link and pain point', () => {
    const doc = makeMap();
    const ids = [cardTitled(doc, 'Queues at the till').id, cardTitled(doc, 'Cashier re-keys').id];
    expectUndoRedo(doc, { type: 'batch', commands: ids.map((id) => ({ type: 'card/delete', id })) });
  });

  it('deletes a team and a card it owned in one step; undo restores the card with its owner', () => {
    const doc = makeMap();
    const card = cardTitled(doc, 'New POS system');
    expect(card.ownerTeamId).not.toBeNull();
    const { doc: after } = expectUndoRedo(doc, {
      type: 'batch',
      commands: [
        { type: 'team/delete', id: card.ownerTeamId! },
        { type: 'card/delete', id: card.id },
      ],
    });
    expect(after.cards.some((c) => c.id === card.id)).toBe(false);
  });

  it('applies nested batches in order; undo unwinds them', () => {
    const doc = makeMap();
    const card = doc.cards[0]!;
    expectUndoRedo(doc, {
      type: 'batch',
      commands: [
        { type: 'card/update', id: card.id, patch: { title: 'One' } },
        {
          type: 'batch',
          commands: [
            { type: 'card/update', id: card.id, patch: { title: 'Two' } },
            { type: 'card/delete', id: card.id },
          ],
        },
      ],
    });
  });

  it('is refused as a whole when one of its commands is refused, and changes nothing', () => {
    const doc = makeMap();
    const card = doc.cards[0]!;
    expectRefused(
      doc,
      {
        type: 'batch',
        commands: [
          { type: 'card/update', id: card.id, patch: { title: 'Changed' } },
          { type: 'card/delete', id: 'nope' },
        ],
      },
      'not_found',
      /nope/,
    );
  });

  it('is refused as invalid when one of its commands is malformed, naming where', () => {
    const doc = makeMap();
    expectRefused(
      doc,
      { type: 'batch', commands: [{ type: 'card/delete', id: doc.cards[0]!.id }, { type: 'card/delete' }] },
      'invalid',
      /commands\.1: card\/delete: id/,
    );
  });

  it('refuses an empty batch as invalid', () => {
    const doc = makeMap();
    expectRefused(doc, { type: 'batch', commands: [] }, 'invalid', /at least one command/);
  });
});
