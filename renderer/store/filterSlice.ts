import type { StateCreator } from 'zustand';
import type { EditorState } from './types';

/** The team filter ("what my team touches"): window state, so each person can look through their own team. */
export interface FilterSlice {
  /** The team whose reach is highlighted; everything else is dimmed. Null shows everything. */
  teamFilter: string | null;
  setTeamFilter(teamId: string | null): void;
}

export const filterSlice: StateCreator<EditorState, [], [], FilterSlice> = (set) => ({
  teamFilter: null,
  setTeamFilter: (teamId) => set({ teamFilter: teamId }),
});
