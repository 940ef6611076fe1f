// The shortcut sheet's list (`?`), built from the action registry: whoever adds an action with keys adds its line
// here without touching this file. Only pointer gestures, which are no actions, are listed by hand.
import { ACTION_GROUPS, actionLabel, type Action, type ActionGroup } from '../ui/actions/action';
import { ACTIONS } from './actions/registry';

export { keyLabel } from '../ui/actions/keys';

/** Where a shortcut is listed on the sheet. */
export type ShortcutGroup = ActionGroup;

/** One line of the shortcut sheet. */
export interface Shortcut {
  group: ShortcutGroup;
  /** Key combinations, each written with `Mod` for Ctrl (Cmd on a Mac), e.g. `Mod+Shift+Z`. Any one of them works. */
  keys: readonly string[];
  /** What it does, as a user would say it. */
  action: string;
}

/** The groups in the order the sheet shows them. */
export const SHORTCUT_GROUPS: readonly ShortcutGroup[] = ACTION_GROUPS;

/** What the pointer does, which no action stands for. */
const GESTURES: Shortcut[] = [
  { group: 'Cards', keys: ['Double-click a cell'], action: 'Add a card there and type its title' },
  { group: 'Cards', keys: ['Shift+click', 'Mod+click'], action: 'Add a card to the selection' },
  { group: 'Cards', keys: ['Shift+drag'], action: 'Select the cards in a box' },
  { group: 'Navigation', keys: ['Space+drag'], action: 'Pan the map' },
  { group: 'Navigation', keys: ['Scroll', 'Two-finger swipe'], action: 'Pan the map (Shift+scroll pans sideways)' },
  { group: 'Navigation', keys: ['Mod+scroll', 'Pinch'], action: 'Zoom at the pointer' },
  { group: 'Map', keys: ['Esc'], action: 'Close a dialog' },
];

/** The sheet's lines for actions that have keys. */
export function shortcutsOf(actions: readonly Action[]): Shortcut[] {
  return actions.flatMap((a) => {
    const keys = a.keysShown ?? a.keys ?? [];
    return keys.length ? [{ group: a.group, keys, action: a.description ?? actionLabel(a) }] : [];
  });
}

/** Every shortcut of the app: the registry's, then the pointer gestures. */
export const SHORTCUTS: Shortcut[] = [...shortcutsOf(ACTIONS), ...GESTURES];
