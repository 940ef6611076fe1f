import type { MapLayout } from '../../../shared/layout';
import { cellCards, placeCardCommand } from '../../../shared/placement';
import type { EditorStore } from '../../store/editorStore';
import { rememberedPayload } from '../../store/clipboard';
import type { EditorState } from '../../store/types';
import { defineActions, type ActionContext } from '../../ui/actions/action';
import { isTextField } from '../../ui/textField';
import { sayIn } from '../../i18n';
import { ARROW_DIRECTIONS, firstCard, nearestCard, type Direction } from './nearestCard';
import { pasteTarget } from './useClipboardEvents';
import { addCardAtCursor } from '../keyboard/keyboardActions';

/** Alt+arrow: moves the selected card one place up or down in its cell, or into the stage to the left or right. */
function moveByKey(store: EditorStore, layout: MapLayout, cardId: string, dir: Direction): void {
  const { doc, dispatch } = store.getState();
  const card = doc.cards.find((c) => c.id === cardId);
  if (!card) return;
  const index = cellCards(doc, card.laneId, card.stageId).findIndex((c) => c.id === cardId);
  if (dir === 'up' || dir === 'down') {
    const to = index + (dir === 'up' ? -1 : 1);
    if (to < 0 || to >= cellCards(doc, card.laneId, card.stageId).length) return;
    dispatch(placeCardCommand(doc, cardId, card.laneId, card.stageId, to), sayIn('canvas')('undo.moveCard'));
    return;
  }
  const s = layout.stages.findIndex((st) => st.id === card.stageId) + (dir === 'left' ? -1 : 1);
  const stage = layout.stages[s];
  if (stage) dispatch(placeCardCommand(doc, cardId, card.laneId, stage.id, index), sayIn('canvas')('undo.moveCard'));
}

/** The selected cards that still exist (a selection may name cards deleted since, by undo or another window). */
function pickedCards(s: EditorState): string[] {
  if (s.selection.length === 0) return [];
  const ids = new Set(s.doc.cards.map((c) => c.id));
  return s.selection.filter((id) => ids.has(id));
}

/** Cards take keys and menu items only when no card title is being typed and no field has the focus. */
const free = ({ state, source }: ActionContext) =>
  !state.editing && !state.dialog && (source === 'key' || !isTextField(document.activeElement));

const ARROWS = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'];
const directionOf = (ctx: ActionContext): Direction | null => {
  const key = ctx.event?.key ?? '';
  return (ARROW_DIRECTIONS[key] as Direction | undefined) ?? null;
};

/**
 * What a user does to cards: add, edit, select, move, duplicate, delete, find, and the clipboard. Cut, copy and
 * paste keys come as clipboard events (useClipboardEvents); these entries serve the menus and the palette.
 */
export const CARD_ACTIONS = defineActions([
  {
    id: 'add-card',
    labelKey: 'action.addCard',
    descriptionKey: 'action.addCard.description',
    group: 'Cards',
    keys: ['N'],
    canvasOnly: true,
    enabled: (ctx) => free(ctx) && ctx.state.doc.lanes.length > 0 && ctx.state.doc.stages.length > 0,
    perform: ({ store, state, canvas }) => {
      // In the cell cursor's cell once the keyboard has placed it (any lane); else after the selected card.
      const id = addCardAtCursor({ store, state }) ?? store.getState().addCard();
      if (id) canvas.reveal?.(id);
    },
  },
  {
    id: 'edit-card-title',
    labelKey: 'action.editCardTitle',
    descriptionKey: 'action.editCardTitle.description',
    group: 'Cards',
    keys: ['Enter', 'F2'],
    keysShown: ['Enter', 'F2', 'Double-click'],
    canvasOnly: true,
    enabled: (ctx) => free(ctx) && pickedCards(ctx.state).length > 0,
    perform: ({ store }) => {
      const last = pickedCards(store.getState()).at(-1);
      if (last) store.getState().startEditing(last);
    },
  },
  {
    id: 'select-nearest-card',
    labelKey: 'action.selectNearestCard',
    descriptionKey: 'action.selectNearestCard.description',
    group: 'Cards',
    keys: [...ARROWS, ...ARROWS.map((k) => `Shift+${k}`)],
    keysShown: ['Arrow keys'],
    canvasOnly: true,
    palette: false,
    enabled: free,
    perform: (ctx) => {
      const dir = directionOf(ctx);
      const layout = ctx.canvas.layout();
      if (!dir || !layout) return false;
      const s = ctx.store.getState();
      const picked = pickedCards(s);
      const last = picked.at(-1);
      const from = last ? layout.cards.get(last) : undefined;
      const next = from ? nearestCard(layout.cards.values(), from, dir) : firstCard(layout.cards.values());
      if (!next) return;
      s.select(ctx.event?.shiftKey ? [...picked.filter((id) => id !== next), next] : [next]);
      ctx.canvas.reveal?.(next);
    },
  },
  {
    id: 'move-card-by-key',
    labelKey: 'action.moveCard',
    descriptionKey: 'action.moveCard.description',
    group: 'Cards',
    keys: ARROWS.map((k) => `Alt+${k}`),
    keysShown: ['Alt+Arrow keys'],
    canvasOnly: true,
    palette: false,
    enabled: free,
    perform: (ctx) => {
      const dir = directionOf(ctx);
      const picked = pickedCards(ctx.state);
      const last = picked.at(-1);
      const layout = ctx.canvas.layout();
      if (dir && last && picked.length === 1 && layout) moveByKey(ctx.store, layout, last, dir);
    },
  },
  {
    id: 'select-all',
    labelKey: 'action.selectAll',
    group: 'Cards',
    keys: ['Mod+A'],
    canvasOnly: true,
    menu: { name: 'edit', section: 2 },
    enabled: free,
    perform: ({ store }) => store.getState().selectAllCards(),
  },
  {
    id: 'duplicate',
    labelKey: 'action.duplicate',
    group: 'Cards',
    keys: ['Mod+D'],
    canvasOnly: true,
    menu: { name: 'edit', section: 2 },
    enabled: (ctx) => free(ctx) && pickedCards(ctx.state).length > 0,
    perform: ({ store }) => void store.getState().duplicateSelection(),
  },
  {
    id: 'delete',
    labelKey: 'action.delete',
    group: 'Cards',
    keys: ['Delete', 'Backspace'],
    canvasOnly: true,
    menu: { name: 'edit', section: 2 },
    enabled: free,
    perform: ({ store }) => store.getState().deleteSelection(),
  },
  {
    id: 'cut',
    labelKey: 'action.cut',
    group: 'Cards',
    // Shown, not bound: the keys raise the DOM clipboard events, which the canvas handles (useClipboardEvents).
    keysShown: ['Mod+X'],
    enabled: free,
    perform: () => void document.execCommand('cut'),
  },
  {
    id: 'copy',
    labelKey: 'action.copy',
    group: 'Cards',
    keysShown: ['Mod+C'],
    enabled: free,
    perform: () => void document.execCommand('copy'),
  },
  {
    id: 'paste',
    labelKey: 'action.paste',
    group: 'Cards',
    keysShown: ['Mod+V'],
    enabled: free,
    perform: ({ store }) => {
      // A page may not raise paste itself; then paste what this window copied last.
      if (document.execCommand('paste')) return;
      const payload = rememberedPayload();
      const s = store.getState();
      if (payload) s.pastePayload(payload, pasteTarget(s));
    },
  },
  {
    id: 'clear-selection',
    labelKey: 'action.clearSelection',
    group: 'Cards',
    keys: ['Escape'],
    keysShown: ['Esc'],
    canvasOnly: true,
    palette: false,
    enabled: (ctx) => free(ctx) && (ctx.state.findOpen || ctx.state.selection.length > 0),
    perform: ({ store }) => {
      const s = store.getState();
      if (s.findOpen) s.closeFind();
      else s.select([]);
    },
  },
  {
    id: 'find',
    labelKey: 'action.find',
    descriptionKey: 'action.find.description',
    group: 'Cards',
    keys: ['Mod+F'],
    enabled: (ctx) => !ctx.state.editing,
    perform: ({ store }) => store.getState().openFind(),
  },
]);
