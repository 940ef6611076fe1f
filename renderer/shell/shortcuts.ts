// The one list of the app's keyboard shortcuts, which the shortcut sheet (`?`) renders. Whoever adds a key
// handler adds its entry here, in the group where a user would look for it, so the sheet never lies.

/** Where a shortcut is listed on the sheet. */
export type ShortcutGroup = 'Editing' | 'Cards' | 'Navigation' | 'Map';

/** One line of the shortcut sheet. */
export interface Shortcut {
  group: ShortcutGroup;
  /** Key combinations, each written with `Mod` for Ctrl (Cmd on a Mac), e.g. `Mod+Shift+Z`. Any one of them works. */
  keys: string[];
  /** What it does, as a user would say it. */
  action: string;
}

/** The groups in the order the sheet shows them. */
export const SHORTCUT_GROUPS: readonly ShortcutGroup[] = ['Editing', 'Cards', 'Navigation', 'Map'];

/** Every shortcut of the app. Add yours here when you add a key handler. */
export const SHORTCUTS: Shortcut[] = [
  { group: 'Editing', keys: ['Mod+Z'], action: 'Undo' },
  { group: 'Editing', keys: ['Mod+Shift+Z', 'Ctrl+Y'], action: 'Redo' },
  { group: 'Cards', keys: ['Double-click a cell'], action: 'Add a card there and type its title' },
  { group: 'Cards', keys: ['N'], action: 'Add a card after the selected one and type its title' },
  {
    group: 'Cards',
    keys: ['Enter', 'F2', 'Double-click'],
    action: 'Edit the selected card’s title (Enter saves, Shift+Enter new line, Esc cancels)',
  },
  {
    group: 'Cards',
    keys: ['Arrow keys'],
    action: 'Select the nearest card in that direction (Shift adds to the selection)',
  },
  {
    group: 'Cards',
    keys: ['Alt+Arrow keys'],
    action: 'Move the selected card up or down in its cell, or to the next stage',
  },
  { group: 'Cards', keys: ['Shift+click', 'Mod+click'], action: 'Add a card to the selection' },
  { group: 'Cards', keys: ['Shift+drag'], action: 'Select the cards in a box' },
  { group: 'Cards', keys: ['Mod+A'], action: 'Select all cards' },
  {
    group: 'Cards',
    keys: ['Mod+X', 'Mod+C', 'Mod+V'],
    action: 'Cut, copy and paste cards (pasted after the selected card)',
  },
  { group: 'Cards', keys: ['Mod+D'], action: 'Duplicate the selected cards' },
  { group: 'Cards', keys: ['Delete', 'Backspace'], action: 'Delete the selected cards' },
  { group: 'Cards', keys: ['Esc'], action: 'Clear the selection' },
  {
    group: 'Cards',
    keys: ['Mod+F'],
    action: 'Find cards by title, notes, tags or key (Enter: next, Shift+Enter: previous)',
  },
  { group: 'Navigation', keys: ['Mod+='], action: 'Zoom in' },
  { group: 'Navigation', keys: ['Mod+-'], action: 'Zoom out' },
  { group: 'Navigation', keys: ['Mod+0'], action: 'Fit the whole map in the window' },
  { group: 'Navigation', keys: ['Space+drag'], action: 'Pan the map' },
  { group: 'Navigation', keys: ['Scroll', 'Two-finger swipe'], action: 'Pan the map (Shift+scroll pans sideways)' },
  { group: 'Navigation', keys: ['Mod+scroll', 'Pinch'], action: 'Zoom at the pointer' },
  { group: 'Map', keys: ['?'], action: 'Show this list of shortcuts' },
  { group: 'Map', keys: ['Mod+\\'], action: 'Show or hide the side panel' },
  { group: 'Map', keys: ['Mod+N'], action: 'New map from a template (desktop app)' },
  { group: 'Map', keys: ['Mod+O'], action: 'Open a map (desktop app)' },
  { group: 'Map', keys: ['Mod+Shift+S'], action: 'Save a copy as… (desktop app)' },
  { group: 'Map', keys: ['Mod+E'], action: 'Export (desktop app)' },
  { group: 'Map', keys: ['Esc'], action: 'Close a dialog' },
];

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** A key combination as this platform writes it: `Mod` becomes Ctrl, or ⌘ on a Mac. */
export function keyLabel(keys: string, mac = isMac): string {
  return keys.replace(/\bMod\b/g, mac ? '⌘' : 'Ctrl');
}
