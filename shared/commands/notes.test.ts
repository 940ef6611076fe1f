import { describe, expect, it } from 'vitest';
import { makeNote } from '../factories';
import { applyCommand } from './apply';
import { cardTitled, expectRefused, expectUndoRedo, makeMap } from '../../test/helpers/makeMap';

describe('note/add', () => {
  it('puts a note in the parking lot; undo removes it; redo adds it again', () => {
    const doc = makeMap();
    const note = makeNote({ text: 'Ask legal about the ID rules' });
    const { doc: after } = expectUndoRedo(doc, { type: 'note/add', note });
    expect(after.notes).toContainEqual(note);
    expect(after.notes.find((n) => n.id === note.id)?.cardId).toBeNull();
  });

  it('hangs a note on a card', () => {
    const doc = makeMap();
    const cardId = cardTitled(doc, 'Waits at home').id;
    const { doc: after } = expectUndoRedo(doc, { type: 'note/add', note: makeNote({ cardId, text: 'Courier late' }) });
    expect(after.notes.filter((n) => n.cardId === cardId)).toHaveLength(1);
  });

  it('refuses a note on an unknown card, an empty note and one over 2,000 characters', () => {
    const doc = makeMap();
    expectRefused(doc, { type: 'note/add', note: makeNote({ cardId: 'nope', text: 'x' }) }, 'not_found', /card/);
    expectRefused(doc, { type: 'note/add', note: makeNote({ text: '   ' }) }, 'invalid', /needs some text/);
    expectRefused(doc, { type: 'note/add', note: makeNote({ text: 'x'.repeat(2001) }) }, 'invalid', /2,000/);
  });
});

describe('note/update', () => {
  it('changes the words; undo restores them', () => {
    const doc = applyCommand(makeMap(), { type: 'note/add', note: makeNote({ id: 'n1', text: 'first' }) }).doc;
    const { doc: after } = expectUndoRedo(doc, { type: 'note/update', id: 'n1', patch: { text: 'second' } });
    expect(after.notes[0]?.text).toBe('second');
  });

  it('refuses to change a note that is not on the map', () => {
    expectRefused(makeMap(), { type: 'note/update', id: 'gone', patch: { text: 'x' } }, 'not_found', /note/);
  });
});

describe('note/move', () => {
  it('attaches a parking-lot note to a card; undo puts it back in the parking lot', () => {
    const doc = applyCommand(makeMap(), { type: 'note/add', note: makeNote({ id: 'n1', text: 'loose' }) }).doc;
    const cardId = cardTitled(doc, 'Waits at home').id;
    const { doc: after, inverse } = expectUndoRedo(doc, { type: 'note/move', id: 'n1', cardId });
    expect(after.notes[0]?.cardId).toBe(cardId);
    expect(inverse).toEqual({ type: 'note/move', id: 'n1', cardId: null });
  });

  it('refuses to attach a note to a card that is not on the map', () => {
    const doc = applyCommand(makeMap(), { type: 'note/add', note: makeNote({ id: 'n1', text: 'loose' }) }).doc;
    expectRefused(doc, { type: 'note/move', id: 'n1', cardId: 'nope' }, 'not_found', /card/);
  });
});

describe('note/delete', () => {
  it('deletes a note; undo brings it back on its card', () => {
    const doc0 = makeMap();
    const cardId = cardTitled(doc0, 'Waits at home').id;
    const doc = applyCommand(doc0, { type: 'note/add', note: makeNote({ id: 'n1', cardId, text: 'on it' }) }).doc;
    const { doc: after } = expectUndoRedo(doc, { type: 'note/delete', id: 'n1' });
    expect(after.notes).toEqual([]);
  });

  it('deleting a card sends its notes to the parking lot; undo puts them back on the card', () => {
    const doc0 = makeMap();
    const cardId = cardTitled(doc0, 'Waits at home').id;
    const doc = applyCommand(doc0, { type: 'note/add', note: makeNote({ id: 'n1', cardId, text: 'keep me' }) }).doc;
    const { doc: after } = expectUndoRedo(doc, { type: 'card/delete', id: cardId });
    expect(after.notes).toEqual([expect.objectContaining({ id: 'n1', cardId: null, text: 'keep me' })]);
  });
});
