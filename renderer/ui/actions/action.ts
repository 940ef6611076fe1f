import type { TandemClient } from '../../api/client';
import type { MapLayout } from '../../../shared/layout';
import type { EditorStore } from '../../store/editorStore';
import type { EditorState } from '../../store/types';
import type { TOptions } from 'i18next';
import { sayIn } from '../../i18n';
import type { ENGLISH } from '../../../shared/vocabulary/catalogues';

/** A key of the actions' catalogue (`shared/locales/<language>/actions.json`). */
export type ActionKey = keyof typeof ENGLISH.actions;

/** Where an action is listed on the shortcut sheet (an id; `actionGroupName` gives its name in the UI language). */
export type ActionGroup = 'Editing' | 'Cards' | 'Navigation' | 'Map';

const GROUP_KEYS: Readonly<Record<ActionGroup, ActionKey>> = {
  Editing: 'group.editing',
  Cards: 'group.cards',
  Navigation: 'group.navigation',
  Map: 'group.map',
};

/** A group's name as the shortcut sheet heads it, in the UI's language. */
export function actionGroupName(group: ActionGroup): string {
  return sayIn('actions')(GROUP_KEYS[group]);
}

/** The groups in the order the shortcut sheet shows them. */
export const ACTION_GROUPS: readonly ActionGroup[] = ['Editing', 'Cards', 'Navigation', 'Map'];

/** The menus of the desktop app's menu bar that actions may appear in. */
export type MenuName = 'file' | 'edit' | 'view' | 'help';

/** Zoom and fit, as the canvas offers them. */
export interface ViewControls {
  zoomIn(): void;
  zoomOut(): void;
  fit(): void;
  /** Where the view is now: screen = canvas × zoom + (x, y). */
  viewport(): { x: number; y: number; zoom: number };
  /** Moves the view there; animated, unless the user asked the system for reduced motion. */
  show(viewport: { x: number; y: number; zoom: number }): void;
}

/**
 * What the canvas lends the actions while it is on screen: its element (to tell whether a key was meant for
 * it), the layout (for arrow-key navigation), a way to bring a card into view, and its zoom controls. The
 * canvas fills it in; everything is null while no canvas is mounted.
 */
export interface CanvasPort {
  element: HTMLElement | null;
  /** The current layout (it changes with every edit, so it is read when needed). */
  layout(): MapLayout | null;
  reveal: ((cardId: string) => void) | null;
  view: ViewControls | null;
}

/** How an action was asked for: a key, the menu bar (or the browser host's menus), the palette, a button. */
export type ActionSource = 'key' | 'menu' | 'palette' | 'button';

/** Everything an action may read or use when it is asked whether it is enabled, and when it runs. */
export interface ActionContext {
  store: EditorStore;
  /** The state the decision is made on (the palette asks as if it were already closed). */
  state: EditorState;
  canvas: CanvasPort;
  /** Absent where no host is connected (some component tests); actions that need it are then disabled. */
  client: TandemClient | null;
  source: ActionSource;
  /** The key event, when source is `key`. */
  event: KeyboardEvent | null;
}

/**
 * One thing a user can do, declared once: the keyboard dispatcher, the toolbar, the menus, the shortcut sheet
 * and the command palette are all built from these. See docs/adr/0011-action-registry.md.
 */
export interface Action {
  /** Stable id; the desktop menu sends it back when its item is clicked. Lower-case words and dashes. */
  id: string;
  /** Key of the label in the actions' catalogue, as menus, the palette and the sheet show it in the UI language. */
  labelKey: ActionKey;
  /** Key of a longer explanation for the shortcut sheet and tooltips, where the label alone would not say enough. */
  descriptionKey?: ActionKey;
  /** Values for the placeholders of the label and the description (a language's own name). */
  words?: Readonly<Record<string, string>>;
  group: ActionGroup;
  /** Key combinations with `Mod` for Ctrl (⌘ on a Mac), e.g. `Mod+Shift+Z`; the first is the menu's accelerator. */
  keys?: readonly string[];
  /** Further combinations that also work but are not shown (a shifted twin such as `Mod++` for `Mod+=`). */
  hiddenKeys?: readonly string[];
  /** What the sheet shows instead of `keys` when they are many (e.g. `Arrow keys`). */
  keysShown?: readonly string[];
  /** Keys only count when pressed on the canvas (or with nothing focused), as card keys do. */
  canvasOnly?: boolean;
  /** Matched in the capture phase and stopped there: the topmost thing on screen takes the key alone. */
  capture?: boolean;
  /** Where the desktop menu lists it; `section` groups items between separators. */
  menu?: { name: MenuName; section: number };
  /** False hides it from the palette (actions that only make sense with their key, such as the arrows). */
  palette?: boolean;
  /** For one choice of several (View › Language): whether it is the one in effect, shown checked in the menu. */
  checked?(ctx: ActionContext): boolean;
  /** A setting switched on and off (a tick box in the menu) rather than one choice of several. */
  toggle?: boolean;
  /** Whether it can run now; absent means always. */
  enabled?(ctx: ActionContext): boolean;
  /** Does it. Returning false says it did nothing after all, so the key goes on to others. */
  // biome-ignore lint/suspicious/noConfusingVoidType: most actions return nothing; false alone says they did nothing.
  perform(ctx: ActionContext): boolean | void;
}

/** Declares actions with their types checked, keeping the literal list readable. */
export function defineActions(actions: Action[]): readonly Action[] {
  return actions;
}

/** The label an action shows, in the UI's language at the moment it is asked (so a switch shows at once). */
export function actionLabel(action: Pick<Action, 'labelKey' | 'words'>): string {
  return sayAction(action.labelKey, action.words);
}

/** The action's longer explanation in the UI's language, or null when its label says enough. */
export function actionDescription(action: Pick<Action, 'descriptionKey' | 'words'>): string | null {
  return action.descriptionKey ? sayAction(action.descriptionKey, action.words) : null;
}

/** One word of the actions' catalogue in the UI's language, with its placeholders filled. */
function sayAction(key: ActionKey, words: Readonly<Record<string, string>> = {}): string {
  const options: TOptions = { ...words };
  return sayIn('actions')(key, options);
}
