import { describe, expect, it } from 'vitest';
import { applyCommand } from '../commands/apply';
import { makePainPoint } from '../factories';
import { createFromTemplate } from '../templates';
import { mentionsAny, participantView, revealCommand, unrevealedIds, withAuthor } from './privacy';

const doc = createFromTemplate('sample', undefined, new Date('2026-01-01T09:00:00Z'));

describe('private mode', () => {
  it('hides others’ unrevealed contributions from a participant’s map, and Reveal shows them as one undoable step', () => {
    const pain = makePainPoint({ cardId: doc.cards[0]!.id, title: 'Hidden pain' });
    const add = withAuthor({ type: 'painPoint/add', painPoint: pain }, { name: 'Olena', team: null, unrevealed: true });
    const withHidden = applyCommand(doc, add).doc;
    expect(unrevealedIds(withHidden)).toEqual(new Set([pain.id]));
    expect(participantView(withHidden, () => false).painPoints.some((p) => p.id === pain.id)).toBe(false);
    expect(participantView(withHidden, (id) => id === pain.id).painPoints.some((p) => p.id === pain.id)).toBe(true);
    expect(mentionsAny({ type: 'painPoint/delete', id: pain.id }, unrevealedIds(withHidden))).toBe(true);
    const reveal = revealCommand(withHidden)!;
    const { doc: shown, inverse } = applyCommand(withHidden, reveal);
    expect(shown.painPoints.find((p) => p.id === pain.id)?.author).toEqual({ name: 'Olena', team: null });
    expect(revealCommand(shown)).toBeNull();
    expect(unrevealedIds(applyCommand(shown, inverse).doc)).toEqual(new Set([pain.id]));
  });
});
