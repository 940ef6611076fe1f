import { useId, useState } from 'react';
import { useT } from '../../i18n';
import { useEditorStore } from '../../store/useEditor';
import { NOTE_MAX_CHARS, addNote } from './noteText';

/** A field that adds a note — to a card, or to the parking lot — on Enter (Shift+Enter for a new line). */
export function AddNoteField({ cardId, fieldClass }: { cardId: string | null; fieldClass: string }) {
  const id = useId();
  const t = useT('facilitation');
  const store = useEditorStore();
  const [text, setText] = useState('');
  const submit = () => {
    if (addNote(store, cardId, text, t(cardId ? 'notes.undoAdd' : 'notes.undoAddLoose'))) setText('');
  };
  return (
    <form
      className="note-add"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <label className="panel-field__label" htmlFor={id}>
        {cardId ? t('notes.newOnCard') : t('notes.newLoose')}
      </label>
      <textarea
        id={id}
        className={`panel-field__input ${fieldClass}`}
        rows={2}
        value={text}
        maxLength={NOTE_MAX_CHARS}
        placeholder={t('notes.placeholder')}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.shiftKey) {
            e.preventDefault();
            submit();
          }
        }}
      />
      <button type="submit" className="pp-button pp-button--primary" disabled={text.trim() === ''}>
        {t('notes.add')}
      </button>
    </form>
  );
}
