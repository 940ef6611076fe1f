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

// Shown or hidden is remembered per window (sessionStorage is the window's own): the next map opened in it keeps
// the choice, another window keeps its own, and a new window starts with the panel open.
const REMEMBERED = 'tandem.panelsOpen';
function rememberedOpen(): boolean {
  try {
    return globalThis.sessionStorage?.getItem(REMEMBERED) !== 'false';
  } catch {
    return true;
  }
}
function remember(open: boolean): boolean {
  try {
    globalThis.sessionStorage?.setItem(REMEMBERED, String(open));
  } catch {
    // Storage refused (a locked-down browser): the choice lasts as long as this map.
  }
  return open;
}

/** The side panel starts open on the inspector: a first-time user sees where a card's details live. */
export const panelsSlice: StateCreator<EditorState, [], [], PanelsSlice> = (set) => ({
  panelsOpen: rememberedOpen(),
  panelTab: 'inspector',
  togglePanels: () => set((s) => ({ panelsOpen: remember(!s.panelsOpen) })),
  showPanel: (tab) => set({ panelsOpen: remember(true), panelTab: tab }),
});
