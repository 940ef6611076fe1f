import path from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuAction, MenuModel, MenuModelItem, MenuWords } from '../../shared/api/contract';

/** What the menu items do; index.ts wires these to the session, the window and the renderer. */
export interface MenuHandlers {
  /** Pushes a `menu/action` event with an action id to the renderer, which owns the actions. */
  sendAction(action: MenuAction): void;
  openPath(filePath: string): void;
  closeWindow(): void;
  about(): void;
}

export interface MenuOptions {
  platform: NodeJS.Platform;
  /** Packaged builds have no DevTools item. */
  isPackaged: boolean;
  /** Newest first, as `recent/list` returns it. */
  recent: ReadonlyArray<{ path: string; title: string }>;
}

/** The model before the renderer has sent its own: only the main process's items show. */
export const EMPTY_MENU_MODEL: MenuModel = { file: [], edit: [], view: [], help: [] };

/** The main process's own words before the renderer has said which language the UI speaks. */
export const ENGLISH_MENU_WORDS: MenuWords = {
  file: 'File',
  edit: 'Edit',
  view: 'View',
  help: 'Help',
  openRecent: 'Open Recent',
  noRecent: 'No recent maps',
  close: 'Close',
  quit: 'Quit',
  cut: 'Cut',
  copy: 'Copy',
  paste: 'Paste',
  about: 'About Tandem',
  devTools: 'Toggle Developer Tools',
  hide: 'Hide Tandem',
  hideOthers: 'Hide Others',
  unhide: 'Show All',
};

const MAX_RECENT = 10;

function recentItems(
  recent: MenuOptions['recent'],
  handlers: MenuHandlers,
  words: MenuWords,
): MenuItemConstructorOptions[] {
  if (recent.length === 0) return [{ label: words.noRecent, enabled: false }];
  return recent.slice(0, MAX_RECENT).map((entry) => ({
    // Title first (what people remember), file name after it (what tells two "Checkout" maps apart).
    label: `${entry.title || path.basename(entry.path)} — ${path.basename(entry.path)}`,
    toolTip: entry.path,
    click: () => handlers.openPath(entry.path),
  }));
}

/** One item of the renderer's model as a native item: clicking it sends its action id back. */
function fromModel(item: MenuModelItem, handlers: MenuHandlers): MenuItemConstructorOptions {
  if ('separator' in item) return { type: 'separator' };
  const { id, label, accelerator, enabled, checked, toggle } = item;
  return {
    label,
    enabled,
    // A choice among several (View › Language) shows which one is in effect.
    ...(checked === undefined ? {} : { type: toggle ? ('checkbox' as const) : ('radio' as const), checked }),
    ...(accelerator
      ? // A key without a modifier (Delete) is shown but not grabbed: it must keep working in text fields.
        { accelerator, ...(accelerator.includes('+') ? {} : { registerAccelerator: false }) }
      : {}),
    click: () => handlers.sendAction(id),
  };
}

/** Inserts `extra` after the item with action id `after`, or at the end when there is none. */
function insertAfter(
  items: MenuItemConstructorOptions[],
  model: readonly MenuModelItem[],
  after: string,
  extra: MenuItemConstructorOptions[],
): MenuItemConstructorOptions[] {
  const at = model.findIndex((m) => 'id' in m && m.id === after);
  return at < 0 ? [...items, ...extra] : [...items.slice(0, at + 1), ...extra, ...items.slice(at + 1)];
}

/**
 * The native menu, built from the renderer's menu model (its registry's actions with labels, accelerators and
 * enabled states; docs/adr/0011) plus what only the main process has: Open Recent, Close, Quit, the clipboard
 * roles, DevTools and About. Cut, Copy and Paste use Electron's roles: the native command acts on a focused
 * text field, and on the canvas it fires the DOM `cut`/`copy`/`paste` events the renderer handles in the
 * browser host too (a page cannot paste through execCommand, so a `menu/action` alone could not make Paste work).
 */
export function buildMenuTemplate(
  model: MenuModel,
  handlers: MenuHandlers,
  options: MenuOptions,
): MenuItemConstructorOptions[] {
  const mac = options.platform === 'darwin';
  // The renderer sends its menu words in the UI language with the model; until then, English.
  const words = model.words ?? ENGLISH_MENU_WORDS;
  const items = (list: readonly MenuModelItem[]) => list.map((i) => fromModel(i, handlers));

  const file: MenuItemConstructorOptions = {
    label: words.file,
    submenu: [
      ...insertAfter(items(model.file), model.file, 'open', [
        { label: words.openRecent, submenu: recentItems(options.recent, handlers, words) },
      ]),
      { type: 'separator' },
      { label: words.close, accelerator: 'CmdOrCtrl+W', click: () => handlers.closeWindow() },
      ...(mac ? [] : [{ type: 'separator' } as const, { label: words.quit, role: 'quit' } as const]),
    ],
  };

  // The clipboard roles open the second section of Edit, after Undo and Redo.
  const edit = items(model.edit);
  const firstBreak = model.edit.findIndex((m) => 'separator' in m);
  const clipboard: MenuItemConstructorOptions[] = [
    { label: words.cut, role: 'cut', accelerator: 'CmdOrCtrl+X' },
    { label: words.copy, role: 'copy', accelerator: 'CmdOrCtrl+C' },
    { label: words.paste, role: 'paste', accelerator: 'CmdOrCtrl+V' },
  ];
  const editMenu: MenuItemConstructorOptions = {
    label: words.edit,
    submenu:
      firstBreak < 0
        ? [...edit, ...(edit.length ? [{ type: 'separator' } as const] : []), ...clipboard]
        : [...edit.slice(0, firstBreak + 1), ...clipboard, ...edit.slice(firstBreak + 1)],
  };

  const view: MenuItemConstructorOptions = {
    label: words.view,
    submenu: [
      ...items(model.view),
      ...(options.isPackaged
        ? []
        : [{ type: 'separator' } as const, { label: words.devTools, role: 'toggleDevTools' } as const]),
    ],
  };

  const help: MenuItemConstructorOptions = {
    label: words.help,
    role: 'help',
    submenu: [...items(model.help), { label: words.about, click: () => handlers.about() }],
  };

  const appMenu: MenuItemConstructorOptions[] = mac
    ? [
        {
          label: 'Tandem',
          submenu: [
            { label: words.about, click: () => handlers.about() },
            { type: 'separator' },
            { label: words.hide, role: 'hide' },
            { label: words.hideOthers, role: 'hideOthers' },
            { label: words.unhide, role: 'unhide' },
            { type: 'separator' },
            { label: words.quit, role: 'quit' },
          ],
        },
      ]
    : [];
  return [...appMenu, file, editMenu, view, help];
}
