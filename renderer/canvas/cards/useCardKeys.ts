import { useEffect, type RefObject } from 'react';
import type { MapLayout } from '../../../shared/layout';
import { cellCards, placeCardCommand } from '../../../shared/placement';
import { isTextField } from '../../ui/textField';
import type { EditorStore } from '../../store/editorStore';
import { useEditorStore } from '../../store/useEditor';
import { ARROW_DIRECTIONS, firstCard, nearestCard, type Direction } from './nearestCard';

/** True when a key pressed there is meant for the canvas: on the canvas itself or with nothing else focused. */
function onCanvas(target: EventTarget | null, canvas: HTMLElement | null): boolean {
  if (target === document.body || target === document.documentElement || target === null) return true;
  return target instanceof Node && !!canvas?.contains(target);
}

/** Alt+arrow: moves the selected card one place up or down in its cell, or into the stage to the left or right. */
function moveByKey(store: EditorStore, layout: MapLayout, cardId: string, dir: Direction): void {
  const { doc, dispatch } = store.getState();
  const card = doc.cards.find((c) => c.id === cardId);
  if (!card) return;
  const index = cellCards(doc, card.laneId, card.stageId).findIndex((c) => c.id === cardId);
  if (dir === 'up' || dir === 'down') {
    const to = index + (dir === 'up' ? -1 : 1);
    if (to < 0 || to >= cellCards(doc, card.laneId, card.stageId).length) return;
    dispatch(placeCardCommand(doc, cardId, card.laneId, card.stageId, to), 'Move card');
    return;
  }
  const s = layout.stages.findIndex((st) => st.id === card.stageId) + (dir === 'left' ? -1 : 1);
  const stage = layout.stages[s];
  if (stage) dispatch(placeCardCommand(doc, cardId, card.laneId, stage.id, index), 'Move card');
}

/**
 * The canvas's keys for cards, in one place: Enter/F2 edit the title, N adds a card after the selected one,
 * Delete/Backspace delete, Ctrl/Cmd+A selects all, Ctrl/Cmd+D duplicates, arrows move the selection
 * (Shift adds, Alt moves the card), Escape clears, Ctrl/Cmd+F finds. Keys typed in a text field or a dialog
 * are never taken. Cut, copy and paste come as clipboard events (useClipboardEvents).
 */
export function useCardKeys(
  canvas: RefObject<HTMLElement | null>,
  layout: RefObject<MapLayout>,
  reveal: (cardId: string) => void,
): void {
  const store = useEditorStore();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || isTextField(e.target)) return;
      const s = store.getState();
      if (s.dialog || s.editing) return;
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
      if (mod && !e.altKey && key === 'f') {
        e.preventDefault();
        s.openFind();
        return;
      }
      if (!onCanvas(e.target, canvas.current)) return;
      // A selection may name cards deleted since (by undo, or another window); one pass, not one per selected card.
      const ids = s.selection.length ? new Set(s.doc.cards.map((c) => c.id)) : null;
      const picked = s.selection.filter((id) => ids?.has(id));
      const last = picked.at(-1);
      let handled = true;
      if (mod && !e.altKey && !e.shiftKey && key === 'a') s.selectAllCards();
      else if (mod && !e.altKey && !e.shiftKey && key === 'd') s.duplicateSelection();
      else if (mod || (e.altKey && !ARROW_DIRECTIONS[key])) handled = false;
      else if (key === 'Delete' || key === 'Backspace') handled = s.deleteSelection();
      else if ((key === 'Enter' || key === 'F2') && last && !e.shiftKey) s.startEditing(last);
      else if (key === 'n' && !e.shiftKey) {
        const id = s.addCard();
        if (id) reveal(id);
      } else if (key === 'Escape') {
        if (s.findOpen) s.closeFind();
        else if (s.selection.length) s.select([]);
        else handled = false;
      } else if (ARROW_DIRECTIONS[key]) {
        const dir = ARROW_DIRECTIONS[key] as Direction;
        const boxes = layout.current.cards;
        const from = last ? boxes.get(last) : undefined;
        if (e.altKey) {
          if (last && picked.length === 1) moveByKey(store, layout.current, last, dir);
        } else {
          const next = from ? nearestCard(boxes.values(), from, dir) : firstCard(boxes.values());
          if (next) {
            s.select(e.shiftKey ? [...picked.filter((id) => id !== next), next] : [next]);
            reveal(next);
          }
        }
      } else handled = false;
      if (handled) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store, canvas, layout, reveal]);
}
