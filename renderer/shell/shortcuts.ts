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
  { group: 'Navigation', keys: ['Mod+='], action: 'Zoom in' },
  { group: 'Navigation', keys: ['Mod+-'], action: 'Zoom out' },
  { group: 'Navigation', keys: ['Mod+0'], action: 'Fit the whole map in the window' },
  { group: 'Navigation', keys: ['Space+drag'], action: 'Pan the map' },
  { group: 'Navigation', keys: ['Scroll', 'Two-finger swipe'], action: 'Pan the map (Shift+scroll pans sideways)' },
  { group: 'Navigation', keys: ['Mod+scroll', 'Pinch'], action: 'Zoom at the pointer' },
  { group: 'Map', keys: ['?'], action: 'Show this list of shortcuts' },
  { group: 'Map', keys: ['Esc'], action: 'Close a dialog' },
];

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** A key combination as this platform writes it: `Mod` becomes Ctrl, or ⌘ on a Mac. */
export function keyLabel(keys: string, mac = isMac): string {
  return keys.replace(/\bMod\b/g, mac ? '⌘' : 'Ctrl');
}
