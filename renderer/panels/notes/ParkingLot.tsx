import '../../styles/facilitation.css';
import { useMemo } from 'react';
import { useT } from '../../i18n';
import { useEditor } from '../../store/useEditor';
import { AddNoteField } from './AddNoteField';
import { NoteItem } from './NoteItem';
import { useNoteDrop } from './useNoteDrop';

/** The loose notes, newest first: one selector shared by the tab and its label. */
export function useLooseNotes() {
  const notes = useEditor((s) => s.doc.notes);
  return useMemo(
    () => notes.filter((n) => n.cardId === null).sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
    [notes],
  );
}

/**
 * The side panel's Parking lot: notes that belong to no card yet (the facilitator's, and the room's from their
 * phones). Add one (Shift+N reaches the field), drag one onto a card, or attach it with "Attach to card…".
 */
export function ParkingLot() {
  const t = useT('facilitation');
  const loose = useLooseNotes();
  useNoteDrop();
  return (
    <section className="parking-lot" aria-label={t('notes.parkingLot')}>
      <AddNoteField cardId={null} fieldClass="parking-lot__field" />
      <p className="panel-field__hint">{t('notes.dragHint')}</p>
      {loose.length === 0 ? (
        <p className="inspector__hint">{t('notes.emptyLot')}</p>
      ) : (
        <ul className="note-list">
          {loose.map((n) => (
            <NoteItem key={n.id} note={n} />
          ))}
        </ul>
      )}
    </section>
  );
}

/** The tab's label: "Parking lot" and how many notes wait there. */
export function ParkingLotTabLabel() {
  const t = useT('facilitation');
  const count = useLooseNotes().length;
  return (
    <>
      {t('notes.parkingLot')}
      {count > 0 && <span className="side-panel__count"> {count}</span>}
    </>
  );
}
