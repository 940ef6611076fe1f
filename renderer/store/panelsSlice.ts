import type { StateCreator } from 'zustand';
import type { EditorState } from './types';

/** The tabs of the side panel. */
export type PanelTab =
  | 'inspector'
  | 'teams'
  | 'personas'
  | 'legend'
  | 'scorecard'
  | 'surveys'
  | 'gaps'
  | 'painPoints'
  | 'history'
  /** Notes that belong to no card yet (ADR 0027). */
  | 'parkingLot';

/** Whether the side panel is shown and which tab it shows: window state, never in the document or undo. */
export interface PanelsSlice {
  panelsOpen: boolean;
  panelTab: PanelTab;
  /** Shows or hides the side panel (menu View › Toggle Panels, Ctrl/Cmd+\). */
  togglePanels(): void;
  /** Opens the side panel on a tab. */
  showPanel(tab: PanelTab): void;
}

/** The side panel starts open on the inspector: a first-time user sees where a card's details live. */
export const panelsSlice: StateCreator<EditorState, [], [], PanelsSlice> = (set) => ({
  panelsOpen: true,
  panelTab: 'inspector',
  togglePanels: () => set((s) => ({ panelsOpen: !s.panelsOpen })),
  showPanel: (tab) => set({ panelsOpen: true, panelTab: tab }),
});
