import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { LinkKind } from '../../../shared/schema/link';
import type { EditorStore } from '../../store/editorStore';
import { useEditorStore } from '../../store/useEditor';
import type { Cursor } from './cursorModel';

/**
 * What the keyboard is doing on the canvas, beside the document and the selection: where the cell cursor stands,
 * and whether a card is being carried to another cell (`move`) or a link is being drawn (`link`, then `kind` while
 * its kind is chosen). Window state only; it never enters the document.
 */
export interface KeyboardState {
  cursor: Cursor | null;
  /** True once the keyboard has moved the cursor: until then it is not drawn, so a mouse user never sees it. */
  shown: boolean;
  mode:
    | { kind: 'browse' }
    | { kind: 'move'; cardId: string }
    | { kind: 'link'; fromId: string }
    | { kind: 'kind'; fromId: string; toId: string; suggested: LinkKind };
  setCursor(cursor: Cursor | null, shown?: boolean): void;
  setMode(mode: KeyboardState['mode']): void;
}

export type KeyboardStore = StoreApi<KeyboardState>;

// One per editor store, so each window (and each test's fresh store) has its own cursor without a new slice in the
// editor's state: the cursor is the canvas's business alone.
const stores = new WeakMap<EditorStore, KeyboardStore>();

/** The keyboard state that goes with an editor store. */
export function keyboardStateOf(editor: EditorStore): KeyboardStore {
  let store = stores.get(editor);
  if (!store) {
    store = createStore<KeyboardState>()((set) => ({
      cursor: null,
      shown: false,
      mode: { kind: 'browse' },
      setCursor: (cursor, shown) => set((s) => ({ cursor, shown: shown ?? s.shown })),
      setMode: (mode) => set({ mode }),
    }));
    stores.set(editor, store);
  }
  return store;
}

/** Reads one piece of the keyboard state of this window's editor. */
export function useKeyboardState<T>(selector: (s: KeyboardState) => T): T {
  return useStore(keyboardStateOf(useEditorStore()), selector);
}
