import { useEffect } from 'react';
import { useT } from '../../i18n';
import { useEditorStore } from '../../store/useEditor';
import { NOTE_DRAG_TYPE, moveNote } from './noteText';

const cardUnder = (target: EventTarget | null): HTMLElement | null =>
  target instanceof Element ? target.closest<HTMLElement>('[data-card-id]') : null;

/**
 * Lets a note dragged out of the parking lot be dropped on any card of the canvas: the card under the pointer is
 * marked while the note hovers over it, and the drop attaches the note there as one undoable step.
 */
export function useNoteDrop(): void {
  const store = useEditorStore();
  const t = useT('facilitation');
  useEffect(() => {
    let marked: HTMLElement | null = null;
    const mark = (card: HTMLElement | null) => {
      if (marked === card) return;
      marked?.classList.remove('card--note-target');
      card?.classList.add('card--note-target');
      marked = card;
    };
    const isNote = (e: DragEvent) => e.dataTransfer?.types.includes(NOTE_DRAG_TYPE) ?? false;
    const over = (e: DragEvent) => {
      if (!isNote(e)) return;
      const card = cardUnder(e.target);
      mark(card);
      if (card) {
        e.preventDefault();
        if (e.dataTransfer) e.dataTransfer.dropEffect = 'move';
      }
    };
    const drop = (e: DragEvent) => {
      if (!isNote(e)) return;
      const card = cardUnder(e.target);
      mark(null);
      const noteId = e.dataTransfer?.getData(NOTE_DRAG_TYPE);
      const cardId = card?.dataset.cardId;
      if (!noteId || !cardId) return;
      e.preventDefault();
      moveNote(store, noteId, cardId, t('notes.undoAttach'));
    };
    const end = () => mark(null);
    document.addEventListener('dragover', over);
    document.addEventListener('drop', drop);
    document.addEventListener('dragend', end);
    return () => {
      mark(null);
      document.removeEventListener('dragover', over);
      document.removeEventListener('drop', drop);
      document.removeEventListener('dragend', end);
    };
  }, [store, t]);
}
