// The shortcut sheet's list (`?`), built from the action registry: whoever adds an action with keys adds its line
// here without touching this file. Only pointer gestures, which are no actions, are listed by hand.
import { sayIn } from '../i18n';
import {
  ACTION_GROUPS,
  actionDescription,
  actionLabel,
  type Action,
  type ActionGroup,
  type ActionKey,
} from '../ui/actions/action';
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

/** What the pointer does, which no action stands for (the text is a key of the actions' catalogue). */
const GESTURES: ReadonlyArray<{ group: ShortcutGroup; keys: readonly string[]; action: ActionKey }> = [
  { group: 'Cards', keys: ['Double-click a cell'], action: 'gesture.addCardInCell' },
  { group: 'Cards', keys: ['Shift+click', 'Mod+click'], action: 'gesture.addToSelection' },
  { group: 'Cards', keys: ['Shift+drag'], action: 'gesture.selectInBox' },
  { group: 'Navigation', keys: ['Space+drag'], action: 'gesture.pan' },
  { group: 'Navigation', keys: ['Scroll', 'Two-finger swipe'], action: 'gesture.scroll' },
  { group: 'Navigation', keys: ['Mod+scroll', 'Pinch'], action: 'gesture.zoom' },
  { group: 'Map', keys: ['Esc'], action: 'gesture.closeDialog' },
];

/** The sheet's lines for actions that have keys, in the UI's language. */
export function shortcutsOf(actions: readonly Action[]): Shortcut[] {
  return actions.flatMap((a) => {
    const keys = a.keysShown ?? a.keys ?? [];
    return keys.length ? [{ group: a.group, keys, action: actionDescription(a) ?? actionLabel(a) }] : [];
  });
}

/** Every shortcut of the app, in the UI's language at the moment of asking: the registry's, then the pointer gestures. */
export function allShortcuts(): Shortcut[] {
  const say = sayIn('actions');
  return [...shortcutsOf(ACTIONS), ...GESTURES.map((g) => ({ ...g, action: say(g.action) }))];
}
