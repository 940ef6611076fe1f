import { useState } from 'react';
import type { Note } from '../../../shared/schema/note';
import { useT } from '../../i18n';
import { useEditorStore } from '../../store/useEditor';
import { AttachPicker } from './AttachPicker';
import { NOTE_DRAG_TYPE, moveNote } from './noteText';

/**
 * One note: its words (as text, never markup) and who said it; in the parking lot it can be dragged onto a card or
 * attached with "Attach to card…", on a card it can go back to the parking lot. Delete removes it (undoable).
 */
export function NoteItem({ note }: { note: Note }) {
  const t = useT('facilitation');
  const store = useEditorStore();
  const [attaching, setAttaching] = useState(false);
  const loose = note.cardId === null;
  const remove = () => store.getState().dispatch({ type: 'note/delete', id: note.id }, t('notes.undoDelete'));
  return (
    <li
      className={`note-item${loose ? ' note-item--loose' : ''}`}
      draggable={loose}
      data-note-id={note.id}
      aria-label={t('notes.item', { text: note.text })}
      onDragStart={(e) => {
        e.dataTransfer.setData(NOTE_DRAG_TYPE, note.id);
        e.dataTransfer.setData('text/plain', note.text);
        e.dataTransfer.effectAllowed = 'move';
      }}
    >
      <p className="note-item__text">{note.text}</p>
      {note.author && (
        <p className="note-item__author">
          {note.author.team
            ? t('notes.byTeam', { name: note.author.name, team: note.author.team })
            : t('notes.by', { name: note.author.name })}
          {note.author.unrevealed && ` · ${t('notes.unrevealed')}`}
        </p>
      )}
      {attaching ? (
        <AttachPicker noteId={note.id} onDone={() => setAttaching(false)} />
      ) : (
        <div className="note-item__buttons">
          {loose ? (
            <button type="button" className="pp-button" onClick={() => setAttaching(true)}>
              {t('notes.attachOpen')}
            </button>
          ) : (
            <button
              type="button"
              className="pp-button"
              onClick={() => moveNote(store, note.id, null, t('notes.undoPark'))}
            >
              {t('notes.park')}
            </button>
          )}
          <button type="button" className="pp-button" onClick={remove} aria-label={t('notes.delete.aria')}>
            {t('notes.delete')}
          </button>
        </div>
      )}
    </li>
  );
}
