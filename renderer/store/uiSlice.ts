import type { StateCreator } from 'zustand';
import type { EditorState, UiSlice } from './types';

/** Selection, panels and messages: window state, kept out of the document and out of undo. */
export const uiSlice: StateCreator<EditorState, [], [], UiSlice> = (set) => ({
  selection: [],
  openPanels: [],
  error: null,
  select: (ids) => set({ selection: ids }),
  togglePanel: (name) =>
    set((s) => ({
      openPanels: s.openPanels.includes(name) ? s.openPanels.filter((p) => p !== name) : [...s.openPanels, name],
    })),
  showError: (message) => set({ error: message }),
  dismissError: () => set({ error: null }),
});
