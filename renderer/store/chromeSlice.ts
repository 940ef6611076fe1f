import type { StateCreator } from 'zustand';
import type { EditorState } from './types';

/** The window's modal dialogs; at most one is open at a time. */
export type ChromeDialog = 'start' | 'shortcuts' | 'export' | 'saveAs' | 'palette' | 'workshop' | 'saveVersion';

/** Window chrome state: which dialog is open and whether the minimap shows. Never part of the document. */
export interface ChromeSlice {
  dialog: ChromeDialog | null;
  /** What the start screen should focus when it opens: a new map (default) or opening a file. */
  startFocus: 'new' | 'open';
  minimap: boolean;
  openDialog(dialog: ChromeDialog, startFocus?: 'new' | 'open'): void;
  closeDialog(): void;
  toggleMinimap(): void;
}

/** Dialogs and the minimap toggle, kept apart from the document and from undo. */
export const chromeSlice: StateCreator<EditorState, [], [], ChromeSlice> = (set) => ({
  dialog: null,
  startFocus: 'new',
  minimap: true,
  openDialog: (dialog, startFocus = 'new') => set({ dialog, startFocus }),
  closeDialog: () => set({ dialog: null }),
  toggleMinimap: () => set((s) => ({ minimap: !s.minimap })),
});
