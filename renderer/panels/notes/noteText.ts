import { makeNote } from '../../../shared/factories';
import { NOTE_MAX_CHARS } from '../../../shared/schema/note';
import type { EditorStore } from '../../store/editorStore';

export { NOTE_MAX_CHARS };

/** Adds a note (to a card, or to the parking lot when `cardId` is null) as one undoable step; whether it was added. */
export function addNote(store: EditorStore, cardId: string | null, text: string, undoLabel: string): boolean {
  const words = text.trim();
  if (words === '') return false;
  return store.getState().dispatch({ type: 'note/add', note: makeNote({ cardId, text: words }) }, undoLabel);
}

/** Attaches a note to a card (or sends it back to the parking lot with null), as one undoable step. */
export function moveNote(store: EditorStore, id: string, cardId: string | null, undoLabel: string): boolean {
  return store.getState().dispatch({ type: 'note/move', id, cardId }, undoLabel);
}

/** The MIME type a dragged note carries: only Tandem's own drops read it. */
export const NOTE_DRAG_TYPE = 'application/x-tandem-note';

/** Focuses the field of the side panel that adds a note, once the panel has drawn it. */
export function focusNoteField(selector: string): void {
  const tryFocus = (left: number) => {
    const field = document.querySelector<HTMLElement>(selector);
    if (field) field.focus();
    else if (left > 0) requestAnimationFrame(() => tryFocus(left - 1));
  };
  requestAnimationFrame(() => tryFocus(10));
}
