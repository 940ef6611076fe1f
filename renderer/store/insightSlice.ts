import type { StateCreator } from 'zustand';
import type { EditorState } from './types';

/**
 * Window state of the evidence views: which pain point is being traced to its causes and whether the pain point
 * register is open. Never in the document or in undo: tracing is looking, not editing.
 */
export interface InsightSlice {
  /** The pain point whose root causes the canvas highlights; null when no trace is shown. */
  tracedPainPointId: string | null;
  /** Whether the pain point register drawer is open. */
  registerOpen: boolean;
  /** Highlights the cards behind a pain point and dims the rest. */
  startTrace(painPointId: string): void;
  /** Ends the trace (Escape, "Clear trace"). */
  clearTrace(): void;
  /** Opens or closes the register; without an argument, toggles it. */
  setRegisterOpen(open?: boolean): void;
}

export const insightSlice: StateCreator<EditorState, [], [], InsightSlice> = (set) => ({
  tracedPainPointId: null,
  registerOpen: false,
  startTrace: (painPointId) => set({ tracedPainPointId: painPointId }),
  clearTrace: () => set({ tracedPainPointId: null }),
  setRegisterOpen: (open) => set((s) => ({ registerOpen: open ?? !s.registerOpen })),
});
