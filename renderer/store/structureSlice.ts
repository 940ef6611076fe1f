import type { StateCreator } from 'zustand';
import type { EditorState } from './types';
import { readOnlyMessage } from './versionSlice';

/** Window state of the map's structure and links: which header is being renamed, which link is selected. */
export interface StructureSlice {
  /** The stage or lane whose header shows the rename field. */
  renamingId: string | null;
  /** The link whose toolbar is showing. */
  selectedLinkId: string | null;
  startRename(id: string): void;
  endRename(): void;
  /** Selects a link (and clears the card selection, so keys act on one thing); null deselects. */
  selectLink(id: string | null): void;
}

/** Rename and link selection: UI state, never in the document or in undo. */
export const structureSlice: StateCreator<EditorState, [], [], StructureSlice> = (set, get) => ({
  renamingId: null,
  selectedLinkId: null,
  startRename: (id) => {
    // A kept version is read-only: say so now rather than after the name was typed.
    if (get().viewing) get().showError(readOnlyMessage());
    else set({ renamingId: id });
  },
  endRename: () => set({ renamingId: null }),
  selectLink: (id) => {
    if (id !== null && get().selection.length > 0) get().select([]);
    set({ selectedLinkId: id });
  },
});
