import type { StateCreator } from 'zustand';
import type { EditorState } from './types';

/** A presentation under way: which step the audience sees. Window state, never in the document or undo. */
export interface Presenting {
  /** Index into the map's steps (renderer/present/steps.ts), kept in range as the map changes. */
  step: number;
}

/** Presentation mode and the focus view (ADR 0022). */
export interface PresentSlice {
  presenting: Presenting | null;
  /** The stage the focus view shows, over the canvas; null while it is closed. */
  focusStage: string | null;
  startPresenting(step?: number): void;
  goToStep(step: number): void;
  stopPresenting(): void;
  showFocus(stageId: string | null): void;
}

export const presentSlice: StateCreator<EditorState, [], [], PresentSlice> = (set) => ({
  presenting: null,
  focusStage: null,
  startPresenting: (step = 0) => set({ presenting: { step }, focusStage: null }),
  goToStep: (step) => set((s) => (s.presenting ? { presenting: { step } } : {})),
  stopPresenting: () => set({ presenting: null, focusStage: null }),
  showFocus: (stageId) => set({ focusStage: stageId }),
});
