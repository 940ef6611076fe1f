import type { StateCreator } from 'zustand';
import type { EditorState } from './types';

/** The window's modal dialogs; at most one is open at a time. */
export type ChromeDialog =
  | 'start'
  | 'shortcuts'
  | 'export'
  | 'saveAs'
  | 'palette'
  | 'workshop'
  | 'saveVersion'
  | 'about'
  | 'updates';

/** Window chrome state: which dialog is open and whether the minimap shows. Never part of the document. */
export interface ChromeSlice {
  dialog: ChromeDialog | null;
  /** What the start screen should focus when it opens: a new map (default) or opening a file. */
  startFocus: 'new' | 'open';
  minimap: boolean;
  /** A map that failed to open because it is damaged: the start screen shows why and offers its backup. */
  failedOpen: { path: string; message: string } | null;
  openDialog(dialog: ChromeDialog, startFocus?: 'new' | 'open'): void;
  /** Opens the start screen on a map that could not be opened, with the recovery offer. */
  showFailedOpen(path: string, message: string): void;
  closeDialog(): void;
  toggleMinimap(): void;
}

/** Dialogs and the minimap toggle, kept apart from the document and from undo. */
export const chromeSlice: StateCreator<EditorState, [], [], ChromeSlice> = (set) => ({
  dialog: null,
  startFocus: 'new',
  minimap: true,
  failedOpen: null,
  openDialog: (dialog, startFocus = 'new') => set({ dialog, startFocus, failedOpen: null }),
  showFailedOpen: (path, message) => set({ dialog: 'start', startFocus: 'open', failedOpen: { path, message } }),
  closeDialog: () => set({ dialog: null, failedOpen: null }),
  toggleMinimap: () => set((s) => ({ minimap: !s.minimap })),
});
