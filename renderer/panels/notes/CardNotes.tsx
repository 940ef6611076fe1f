import '../../styles/facilitation.css';
import { useMemo } from 'react';
import type { Card } from '../../../shared/schema/card';
import { useT } from '../../i18n';
import { useEditor } from '../../store/useEditor';
import { AddNoteField } from './AddNoteField';
import { NoteItem } from './NoteItem';

/** The notes on one card, oldest first as they were said, in the inspector, with the field that adds the next. */
export function CardNotes({ card }: { card: Card }) {
  const t = useT('facilitation');
  const all = useEditor((s) => s.doc.notes);
  const notes = useMemo(
    () => all.filter((n) => n.cardId === card.id).sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
    [all, card.id],
  );
  return (
    <section className="card-notes" aria-label={t('notes.onCard')}>
      <h3 className="card-notes__title">
        {t('notes.onCard')} <span className="pp-card__count">{notes.length}</span>
      </h3>
      {notes.length > 0 && (
        <ul className="note-list">
          {notes.map((n) => (
            <NoteItem key={n.id} note={n} />
          ))}
        </ul>
      )}
      <AddNoteField cardId={card.id} fieldClass="card-notes__field" />
    </section>
  );
}
