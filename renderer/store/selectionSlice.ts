import type { StateCreator } from 'zustand';
import type { Command } from '../../shared/commands/types';
import { makeCard } from '../../shared/factories';
import { addCardCommand, cellCards, defaultCell } from '../../shared/placement';
import { copyPayload, pasteCommand, type ClipboardPayload, type PasteTarget } from './clipboard';
import type { EditorState } from './types';
import { readOnlyMessage } from './versionSlice';
import { sayIn } from '../i18n';

/** The card whose title is being typed inline. */
export interface CardEditing {
  cardId: string;
  /** The history step that created the card for this edit (held open), so typing its title joins that one step. */
  created: number | null;
}

/** Everything the user does to cards as a set: create, edit inline, select, delete, paste, find. Window state only. */
export interface SelectionSlice {
  editing: CardEditing | null;
  findOpen: boolean;
  /** Counts Ctrl/Cmd+F presses, so pressing it again while the bar is open puts the cursor back in it. */
  findFocusRequests: number;
  findQuery: string;
  /** The cards that match the find query, in reading order. */
  findHits: ReadonlySet<string>;
  /** The match the find bar stepped to last. */
  findCurrent: string | null;
  /** Creates an empty card at `index` of a lane × stage cell (last by default), selects it and starts editing its title. */
  addCardInCell(laneId: string, stageId: string, index?: number): string | null;
  /** Creates a card after the selected one, or, with nothing selected, in the first customer lane's first stage. */
  addCard(): string | null;
  /** Creates a card right after `cardId` in its cell and starts editing it. */
  addCardAfter(cardId: string): string | null;
  startEditing(cardId: string): void;
  /** Saves the typed title (one undo step with the card's creation when the card is new). */
  commitEditing(title: string): void;
  /** Leaves the title as it was; a card created for this edit is taken away again. */
  cancelEditing(): void;
  selectAllCards(): void;
  /** Deletes the selected cards (with their links and pain points) in one step. */
  deleteSelection(label?: string): boolean;
  /** Pastes a payload as one step and selects the new cards. */
  pastePayload(payload: ClipboardPayload, target: PasteTarget, label?: string): string[];
  /** Copies the selected cards next to themselves. */
  duplicateSelection(): string[];
  openFind(): void;
  closeFind(): void;
  setFindQuery(query: string): void;
  setFindHits(hits: ReadonlySet<string>, current: string | null): void;
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/** Card actions and their window state; they change the map only through `dispatch`. */
export const selectionSlice: StateCreator<EditorState, [], [], SelectionSlice> = (set, get) => {
  /** Takes back the creation of a card that was never given a title, leaving no redo step behind. */
  function dropCreated(created: number): void {
    if (get().past.at(-1)?.id !== created) return;
    get().undo();
    set((s) => ({ future: s.future.at(-1)?.id === created ? s.future.slice(0, -1) : s.future }));
  }

  function create(laneId: string, stageId: string, index: number): string | null {
    const s = get();
    if (s.editing) s.commitEditing(currentTitle(s, s.editing.cardId));
    const lane = get().doc.lanes.find((l) => l.id === laneId);
    if (!lane || !get().doc.stages.some((st) => st.id === stageId)) return null;
    const card = makeCard({ laneId, stageId, ...(lane.kind === 'emotion' ? { emotion: 0 } : {}) });
    // Held open: the title typed next joins this step, and the card reaches the file once, with its title.
    if (!get().dispatch(addCardCommand(get().doc, card, index), sayIn('app')('store.addCardStep'), 'open')) return null;
    const created = get().past.at(-1)?.id ?? null;
    set({ selection: [card.id], editing: { cardId: card.id, created } });
    return card.id;
  }

  return {
    editing: null,
    findOpen: false,
    findFocusRequests: 0,
    findQuery: '',
    findHits: new Set(),
    findCurrent: null,
    addCardInCell(laneId, stageId, index) {
      return create(laneId, stageId, index ?? cellCards(get().doc, laneId, stageId).length);
    },
    addCard() {
      const { doc, selection } = get();
      const picked = selection.at(-1);
      if (picked && doc.cards.some((c) => c.id === picked)) return get().addCardAfter(picked);
      const cell = defaultCell(doc);
      return cell ? get().addCardInCell(cell.laneId, cell.stageId) : null;
    },
    addCardAfter(cardId) {
      const card = get().doc.cards.find((c) => c.id === cardId);
      if (!card) return null;
      const at = cellCards(get().doc, card.laneId, card.stageId).findIndex((c) => c.id === cardId);
      return create(card.laneId, card.stageId, at + 1);
    },
    startEditing(cardId) {
      if (!get().doc.cards.some((c) => c.id === cardId)) return;
      // A kept version is read-only: say so now rather than after the title was typed.
      if (get().viewing) {
        get().showError(readOnlyMessage());
        return;
      }
      set({ editing: { cardId, created: null }, selection: [cardId] });
    },
    commitEditing(title) {
      const editing = get().editing;
      if (!editing) return;
      set({ editing: null });
      const card = get().doc.cards.find((c) => c.id === editing.cardId);
      if (!card) return;
      const { created } = editing;
      if (created !== null && get().past.at(-1)?.id === created && !title.trim()) {
        dropCreated(created);
        set((s) => ({ selection: s.selection.filter((id) => id !== card.id) }));
        return;
      }
      if (title === card.title) return;
      const rename: Command = { type: 'card/update', id: card.id, patch: { title } };
      // Typing the title of a new card is part of adding it: it joins that step ("Add card"), one undo, one write.
      // Should the user have done something else since, the join is refused and the title is a step of its own.
      get().dispatch(rename, sayIn('app')('store.renameCardStep'), created !== null ? { join: created } : 'record');
    },
    cancelEditing() {
      const editing = get().editing;
      if (!editing) return;
      set({ editing: null });
      if (editing.created !== null) {
        const had = get().past.at(-1)?.id === editing.created;
        dropCreated(editing.created);
        if (had) set((s) => ({ selection: s.selection.filter((id) => id !== editing.cardId) }));
      }
    },
    selectAllCards() {
      set({ selection: get().doc.cards.map((c) => c.id) });
    },
    deleteSelection(label) {
      const { doc, selection } = get();
      const ids = new Set(selection);
      const cmds: Command[] = doc.cards.filter((c) => ids.has(c.id)).map((c) => ({ type: 'card/delete', id: c.id }));
      const first = cmds[0];
      if (!first) return false;
      const name = label ?? `Delete ${plural(cmds.length, 'card')}`;
      const ok = get().dispatch(cmds.length === 1 ? first : { type: 'batch', label: name, commands: cmds }, name);
      if (ok) set({ selection: [] });
      return ok;
    },
    pastePayload(payload, target, label) {
      const name = label ?? `Paste ${plural(payload.cards.length, 'card')}`;
      const built = pasteCommand(get().doc, payload, target, name);
      if (!built) {
        get().showError(sayIn('app')('store.nowhereToPaste'));
        return [];
      }
      if (!get().dispatch(built.command, name)) return [];
      set({ selection: built.ids });
      return built.ids;
    },
    duplicateSelection() {
      const payload = copyPayload(get().doc, get().selection);
      if (!payload) return [];
      return get().pastePayload(
        payload,
        { kind: 'original', afterOriginal: true },
        `Duplicate ${plural(payload.cards.length, 'card')}`,
      );
    },
    openFind: () => set((s) => ({ findOpen: true, findFocusRequests: s.findFocusRequests + 1 })),
    closeFind: () => set({ findOpen: false, findHits: new Set(), findCurrent: null }),
    setFindQuery: (query) => set({ findQuery: query }),
    setFindHits: (hits, current) => set({ findHits: hits, findCurrent: current }),
  };
};

function currentTitle(s: EditorState, cardId: string): string {
  return s.doc.cards.find((c) => c.id === cardId)?.title ?? '';
}
