import '../../styles/facilitation.css';
import { memo } from 'react';
import type { Note } from '../../../shared/schema/note';
import { useT } from '../../i18n';
import { useEditor } from '../../store/useEditor';

const counted = new WeakMap<readonly Note[], Map<string, number>>();

/** Notes per card, counted once per change of the notes (every card's badge reads the same count). */
function noteCounts(notes: readonly Note[]): Map<string, number> {
  let counts = counted.get(notes);
  if (!counts) {
    counts = new Map();
    for (const n of notes) if (n.cardId !== null) counts.set(n.cardId, (counts.get(n.cardId) ?? 0) + 1);
    counted.set(notes, counts);
  }
  return counts;
}

/** A small count of the notes on a card (ADR 0027); nothing when it has none. Its notes are in the inspector. */
export const NoteCountBadge = memo(function NoteCountBadge({ cardId }: { cardId: string }) {
  const t = useT('facilitation');
  const count = useEditor((s) => noteCounts(s.doc.notes).get(cardId) ?? 0);
  if (count === 0) return null;
  const words = t('notes.count', { count });
  return (
    <span className="note-badge" role="img" aria-label={words} title={words}>
      <span aria-hidden="true">✎ {count}</span>
    </span>
  );
});
