import { describe, expect, it } from 'vitest';
import { applyCommand } from './apply';
import { expectRefused, expectUndoRedo, makeMap } from '../../test/helpers/makeMap';

describe('card/touch', () => {
  it('marks a card "we touch this" for a team; undo takes the mark back; redo sets it again', () => {
    const doc = makeMap();
    const card = doc.cards[0]!;
    const team = doc.teams[0]!;
    const { doc: after } = expectUndoRedo(doc, { type: 'card/touch', id: card.id, teamId: team.id, on: true });
    expect(after.cards.find((c) => c.id === card.id)?.touchedBy).toEqual([team.id]);
  });

  it('keeps several teams’ marks side by side and takes back only the one asked for', () => {
    let doc = makeMap();
    const card = doc.cards[0]!;
    const [a, b] = doc.teams;
    doc = applyCommand(doc, { type: 'card/touch', id: card.id, teamId: a!.id, on: true }).doc;
    doc = applyCommand(doc, { type: 'card/touch', id: card.id, teamId: b!.id, on: true }).doc;
    const { doc: after } = expectUndoRedo(doc, { type: 'card/touch', id: card.id, teamId: a!.id, on: false });
    expect(after.cards.find((c) => c.id === card.id)?.touchedBy).toEqual([b!.id]);
  });

  it('changes nothing when a team marks a card twice, and leaves no empty list after the last mark goes', () => {
    let doc = makeMap();
    const card = doc.cards[0]!;
    const team = doc.teams[0]!;
    doc = applyCommand(doc, { type: 'card/touch', id: card.id, teamId: team.id, on: true }).doc;
    const again = applyCommand(doc, { type: 'card/touch', id: card.id, teamId: team.id, on: true });
    expect(again.doc).toBe(doc);
    const off = applyCommand(doc, { type: 'card/touch', id: card.id, teamId: team.id, on: false }).doc;
    expect('touchedBy' in off.cards.find((c) => c.id === card.id)!).toBe(false);
  });

  it('refuses a team or card that is not on the map, as not found', () => {
    const doc = makeMap();
    expectRefused(
      doc,
      { type: 'card/touch', id: doc.cards[0]!.id, teamId: 'no-such-team', on: true },
      'not_found',
      /team/,
    );
    expectRefused(
      doc,
      { type: 'card/touch', id: 'no-such-card', teamId: doc.teams[0]!.id, on: true },
      'not_found',
      /card/,
    );
  });
});
