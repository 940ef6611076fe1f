import { makeLink } from '../../../shared/factories';
import { placeCardCommand } from '../../../shared/placement';
import { sayIn } from '../../i18n';
import { announce } from '../../ui/a11y/announcer';
import { defineActions, type ActionContext } from '../../ui/actions/action';
import { isTextField } from '../../ui/textField';
import { defaultLinkKind } from '../links/linkKind';
import { cursorName, words } from './accessibleNames';
import {
  cardAtCursor,
  cursorGrid,
  cursorOnCard,
  moveCursor,
  normalizeCursor,
  type Cursor,
  type CursorGrid,
  type CursorMove,
} from './cursorModel';
import { keyboardStateOf } from './keyboardState';

const MOVES: Readonly<Record<string, CursorMove>> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
  Home: 'home',
  End: 'end',
};

/**
 * Where the cursor stands now. A card picked since by other means (a click, the find bar, Shift+arrows) takes the
 * cursor with it, so the keys go on from what the user last chose.
 */
export function currentCursor(grid: CursorGrid, cursor: Cursor | null, selection: readonly string[]): Cursor | null {
  const last = selection.at(-1);
  if (last && cardAtCursor(grid, cursor) !== last) return cursorOnCard(grid, last) ?? normalizeCursor(grid, cursor);
  return normalizeCursor(grid, cursor);
}

/** The cursor of this context, with its grid. */
function here(ctx: ActionContext): { grid: CursorGrid; cursor: Cursor | null; card: string | null } {
  const grid = cursorGrid(ctx.state.doc);
  const keyboard = keyboardStateOf(ctx.store).getState();
  // While a card is carried or a link drawn, the selection stays on that card and the cursor goes its own way.
  const picked = keyboard.mode.kind === 'browse' ? ctx.state.selection : [];
  const cursor = currentCursor(grid, keyboard.cursor, picked);
  return { grid, cursor, card: cardAtCursor(grid, cursor) };
}

const modeOf = (ctx: ActionContext) => keyboardStateOf(ctx.store).getState().mode;

/** Canvas keys count only while no title is typed, no dialog is open and no field has the focus. */
const free = ({ state, source }: ActionContext) =>
  !state.editing && !state.dialog && (source === 'key' || !isTextField(document.activeElement));
const browsing = (ctx: ActionContext) => free(ctx) && modeOf(ctx).kind === 'browse';
const carrying = (ctx: ActionContext) => free(ctx) && (modeOf(ctx).kind === 'move' || modeOf(ctx).kind === 'link');

/** Puts the cursor at `cursor`, picks the card there (while browsing), and says where it is. */
function goTo(ctx: ActionContext, grid: CursorGrid, cursor: Cursor): void {
  const keyboard = keyboardStateOf(ctx.store).getState();
  keyboard.setCursor(cursor, true);
  const card = cardAtCursor(grid, cursor);
  if (keyboard.mode.kind === 'browse') ctx.store.getState().select(card ? [card] : []);
  announce(cursorName(ctx.store.getState().doc, cursor, card, words()));
}

function title(ctx: ActionContext, cardId: string): string {
  return ctx.state.doc.cards.find((c) => c.id === cardId)?.title.trim() || sayIn('keyboard')('card.untitled');
}

/** Puts the carried card down in the cursor's cell, before the card the cursor is on: one undo step. */
function putDown(ctx: ActionContext, cardId: string): void {
  const { grid, cursor } = here(ctx);
  const keyboard = keyboardStateOf(ctx.store).getState();
  keyboard.setMode({ kind: 'browse' });
  const card = ctx.state.doc.cards.find((c) => c.id === cardId);
  if (!cursor || !card) return;
  const index = cursor.index ?? 0;
  const from = cursorOnCard(grid, cardId);
  if (from && from.laneId === cursor.laneId && from.stageId === cursor.stageId && from.index === index) {
    announce(sayIn('keyboard')('move.cancelled'));
    return;
  }
  const cmd = placeCardCommand(ctx.state.doc, cardId, cursor.laneId, cursor.stageId, index);
  if (!ctx.store.getState().dispatch(cmd, sayIn('canvas')('undo.moveCard'))) return;
  ctx.store.getState().select([cardId]);
  const after = cursorOnCard(cursorGrid(ctx.store.getState().doc), cardId);
  keyboard.setCursor(after, true);
  if (after) announce(cursorName(ctx.store.getState().doc, after, cardId, words()));
}

/** Enter while linking: the card under the cursor becomes the other end, and its kind is asked for. */
function pickTarget(ctx: ActionContext, fromId: string): void {
  const { card } = here(ctx);
  const t = sayIn('keyboard');
  if (!card) return void announce(t('link.notACard'));
  if (card === fromId) return void announce(t('link.itself'));
  if (ctx.state.doc.links.some((l) => l.fromId === fromId && l.toId === card)) return void announce(t('link.already'));
  const suggested = defaultLinkKind(ctx.state.doc, fromId, card);
  keyboardStateOf(ctx.store).getState().setMode({ kind: 'kind', fromId, toId: card, suggested });
}

/** Makes the link the kind chooser settled on: one undo step, then back to browsing on the target card. */
export function linkCards(ctx: Pick<ActionContext, 'store'>, fromId: string, toId: string, kind: string): boolean {
  const keyboard = keyboardStateOf(ctx.store).getState();
  keyboard.setMode({ kind: 'browse' });
  if (kind !== 'flow' && kind !== 'support' && kind !== 'handoff') return false;
  const link = makeLink({ fromId, toId, kind });
  const ok = ctx.store.getState().dispatch({ type: 'link/add', link }, sayIn('canvas')('undo.linkCards'));
  if (ok) ctx.store.getState().select([toId]);
  return ok;
}

/** Leaves moving or linking without changing the map. */
export function cancelCarrying(ctx: Pick<ActionContext, 'store'>): void {
  const keyboard = keyboardStateOf(ctx.store).getState();
  const was = keyboard.mode.kind;
  if (was === 'browse') return;
  keyboard.setMode({ kind: 'browse' });
  announce(sayIn('keyboard')(was === 'move' ? 'move.cancelled' : 'link.cancelled'));
}

/** The emotion card under the cursor, or null (with the reason said) when the cursor is on something else. */
function emotionCard(ctx: ActionContext): { id: string; value: number } | null {
  const { card } = here(ctx);
  const c = card ? ctx.state.doc.cards.find((x) => x.id === card) : undefined;
  const lane = c && ctx.state.doc.lanes.find((l) => l.id === c.laneId);
  if (!c || lane?.kind !== 'emotion') return null;
  return { id: c.id, value: c.emotion ?? 0 };
}

/** Steps the emotion value of the card under the cursor; false (the key goes on) when it is on no emotion card. */
function stepEmotion(ctx: ActionContext, by: number): boolean {
  const card = emotionCard(ctx);
  if (!card) {
    announce(sayIn('keyboard')('emotion.notHere'));
    return false;
  }
  const next = Math.max(-2, Math.min(2, Math.round(card.value) + by));
  if (next === card.value) return true;
  ctx.store
    .getState()
    .dispatch({ type: 'card/update', id: card.id, patch: { emotion: next } }, sayIn('canvas')('undo.setEmotion'));
  announce(sayIn('keyboard')('emotion.value', { value: next > 0 ? `+${next}` : next < 0 ? `−${-next}` : '0' }));
  return true;
}

/**
 * The keyboard's way over the grid (ADR 0023): a cell cursor moved with the arrows, Home / End and Ctrl+Home /
 * Ctrl+End, and what a mouse does by dragging — moving a card to another cell (M), linking two cards (K) — plus
 * an emotion value (− / +) and a card's pain points (P). Placed before the card actions: Enter and Escape belong
 * to a move or a link while one is under way.
 */
export const KEYBOARD_ACTIONS = defineActions([
  {
    id: 'move-cursor',
    labelKey: 'action.moveCursor',
    descriptionKey: 'action.moveCursor.description',
    group: 'Navigation',
    keys: ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'Mod+Home', 'Mod+End'],
    keysShown: ['Arrow keys', 'Home', 'End', 'Mod+Home', 'Mod+End'],
    canvasOnly: true,
    palette: false,
    enabled: (ctx) => free(ctx) && modeOf(ctx).kind !== 'kind',
    perform: (ctx) => {
      const key = ctx.event?.key ?? '';
      const corner = ctx.event?.ctrlKey || ctx.event?.metaKey;
      const move = key === 'Home' && corner ? 'first' : key === 'End' && corner ? 'last' : MOVES[key];
      const { grid, cursor } = here(ctx);
      const next = move ? moveCursor(grid, cursor, move) : null;
      if (!next) return false;
      goTo(ctx, grid, next);
    },
  },
  {
    id: 'keyboard-put-down',
    labelKey: 'action.putDown',
    group: 'Cards',
    keys: ['Enter'],
    canvasOnly: true,
    palette: false,
    enabled: carrying,
    perform: (ctx) => {
      const mode = modeOf(ctx);
      if (mode.kind === 'move') putDown(ctx, mode.cardId);
      else if (mode.kind === 'link') pickTarget(ctx, mode.fromId);
    },
  },
  {
    id: 'keyboard-cancel',
    labelKey: 'action.cancelCarrying',
    group: 'Cards',
    keys: ['Escape'],
    keysShown: ['Esc'],
    canvasOnly: true,
    palette: false,
    enabled: (ctx) => modeOf(ctx).kind !== 'browse',
    perform: (ctx) => cancelCarrying(ctx),
  },
  {
    id: 'move-card-to-cell',
    labelKey: 'action.moveCardToCell',
    descriptionKey: 'action.moveCardToCell.description',
    group: 'Cards',
    keys: ['M'],
    canvasOnly: true,
    enabled: (ctx) => browsing(ctx) && here(ctx).card !== null,
    perform: (ctx) => {
      const { cursor, card } = here(ctx);
      if (!card || !cursor) return false;
      const keyboard = keyboardStateOf(ctx.store).getState();
      keyboard.setCursor(cursor, true);
      keyboard.setMode({ kind: 'move', cardId: card });
      ctx.store.getState().select([card]);
      announce(sayIn('keyboard')('move.start', { title: title(ctx, card) }));
    },
  },
  {
    id: 'link-to-card',
    labelKey: 'action.linkToCard',
    descriptionKey: 'action.linkToCard.description',
    group: 'Cards',
    keys: ['K'],
    canvasOnly: true,
    enabled: (ctx) => browsing(ctx) && here(ctx).card !== null,
    perform: (ctx) => {
      const { cursor, card } = here(ctx);
      if (!card || !cursor) return false;
      const keyboard = keyboardStateOf(ctx.store).getState();
      keyboard.setCursor(cursor, true);
      keyboard.setMode({ kind: 'link', fromId: card });
      ctx.store.getState().select([card]);
      announce(sayIn('keyboard')('link.start', { title: title(ctx, card) }));
    },
  },
  {
    id: 'emotion-down',
    labelKey: 'action.emotionDown',
    group: 'Cards',
    keys: ['-'],
    canvasOnly: true,
    palette: false,
    enabled: browsing,
    perform: (ctx) => stepEmotion(ctx, -1),
  },
  {
    id: 'emotion-up',
    labelKey: 'action.emotionUp',
    group: 'Cards',
    keys: ['+'],
    hiddenKeys: ['='],
    canvasOnly: true,
    palette: false,
    enabled: browsing,
    perform: (ctx) => stepEmotion(ctx, 1),
  },
  {
    id: 'card-pain-points',
    labelKey: 'action.cardPainPoints',
    descriptionKey: 'action.cardPainPoints.description',
    group: 'Cards',
    keys: ['P'],
    canvasOnly: true,
    enabled: (ctx) => browsing(ctx) && here(ctx).card !== null,
    perform: (ctx) => {
      const { card } = here(ctx);
      if (!card) return false;
      const s = ctx.store.getState();
      s.select([card]);
      s.showPanel('painPoints');
      focusSoon('.side-panel .pp-add input');
    },
  },
]);

/** Focuses what `selector` finds once it is on the page (the side panel renders a frame or two after it is asked). */
function focusSoon(selector: string, frames = 10): void {
  requestAnimationFrame(() => {
    const el = document.querySelector<HTMLElement>(selector);
    if (el) el.focus();
    else if (frames > 0) focusSoon(selector, frames - 1);
  });
}

/**
 * N at the cursor: a new card in the cursor's cell (after the card it is on), in any lane — or null when the
 * keyboard has not placed the cursor yet, so N keeps its old meaning for a mouse user (after the selected card).
 */
export function addCardAtCursor(ctx: Pick<ActionContext, 'store' | 'state'>): string | null {
  const keyboard = keyboardStateOf(ctx.store).getState();
  if (!keyboard.cursor) return null;
  const grid = cursorGrid(ctx.state.doc);
  const cursor = currentCursor(grid, keyboard.cursor, ctx.state.selection);
  if (!cursor) return null;
  const s = ctx.store.getState();
  const id = s.addCardInCell(cursor.laneId, cursor.stageId, cursor.index === null ? 0 : cursor.index + 1);
  if (id) keyboard.setCursor({ ...cursor, index: cursor.index === null ? 0 : cursor.index + 1 });
  return id;
}
