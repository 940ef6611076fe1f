import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi, type Mock } from 'vitest';
import type { MenuModel } from '../../shared/api/contract';
import { buildMenuTemplate as buildFromModel, EMPTY_MENU_MODEL, type MenuHandlers, type MenuOptions } from './menu';

type MockedHandlers = { [K in keyof MenuHandlers]: Mock<MenuHandlers[K]> };

function handlers(): MockedHandlers {
  return {
    sendAction: vi.fn<MenuHandlers['sendAction']>(),
    openPath: vi.fn<MenuHandlers['openPath']>(),
    closeWindow: vi.fn<MenuHandlers['closeWindow']>(),
    about: vi.fn<MenuHandlers['about']>(),
  };
}

const item_ = (id: string, label: string, accelerator?: string, enabled = true) => ({
  id,
  label,
  enabled,
  ...(accelerator ? { accelerator } : {}),
});
const sep = { separator: true as const };

/** The menu model as the renderer sends it (shell/actions/menuModel.ts builds it from the action registry). */
const MODEL: MenuModel = {
  file: [
    item_('new-from-template', 'New from Template…', 'CmdOrCtrl+N'),
    item_('open', 'Open…', 'CmdOrCtrl+O'),
    item_('save-as', 'Save As…', 'CmdOrCtrl+Shift+S'),
    sep,
    item_('export', 'Export…', 'CmdOrCtrl+E'),
    item_('import-survey', 'Import Survey…'),
  ],
  edit: [
    item_('undo', 'Undo', 'CmdOrCtrl+Z'),
    item_('redo', 'Redo', 'CmdOrCtrl+Shift+Z', false),
    sep,
    item_('select-all', 'Select All', 'CmdOrCtrl+A'),
    item_('delete', 'Delete', 'Delete'),
  ],
  view: [
    item_('zoom-in', 'Zoom In', 'CmdOrCtrl+='),
    item_('zoom-out', 'Zoom Out', 'CmdOrCtrl+-'),
    item_('zoom-fit', 'Zoom to Fit', 'CmdOrCtrl+0'),
    sep,
    item_('toggle-panels', 'Toggle Panels', 'CmdOrCtrl+\\'),
  ],
  help: [
    item_('command-palette', 'Command Palette…', 'CmdOrCtrl+K'),
    item_('shortcuts', 'Keyboard Shortcuts', 'CmdOrCtrl+/'),
  ],
};

const buildMenuTemplate = (h: MenuHandlers, options: MenuOptions) => buildFromModel(MODEL, h, options);

const linux: MenuOptions = { platform: 'linux', isPackaged: false, recent: [] };

function submenu(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const menu = template.find((m) => m.label === label);
  if (!menu || !Array.isArray(menu.submenu)) throw new Error(`no ${label} menu`);
  return menu.submenu;
}

function item(items: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions {
  const found = items.find((i) => i.label === label);
  if (!found) throw new Error(`no item "${label}" in ${items.map((i) => i.label).join(', ')}`);
  return found;
}

/** Clicks a template item the way Electron would (arguments unused by our handlers). */
function click(entry: MenuItemConstructorOptions): void {
  (entry.click as () => void)();
}

describe('the application menu', () => {
  it('has File, Edit, View and Help, with an app menu first on macOS only', () => {
    expect(buildMenuTemplate(handlers(), linux).map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(buildMenuTemplate(handlers(), { ...linux, platform: 'darwin' }).map((m) => m.label)).toEqual([
      'Tandem',
      'File',
      'Edit',
      'View',
      'Help',
    ]);
  });

  it('has every File item, and each does its job', () => {
    const h = handlers();
    const file = submenu(buildMenuTemplate(h, linux), 'File');
    click(item(file, 'New from Template…'));
    expect(h.sendAction).toHaveBeenCalledWith('new-from-template');
    click(item(file, 'Open…'));
    expect(h.sendAction).toHaveBeenLastCalledWith('open');
    expect(item(file, 'Open Recent').submenu).toBeDefined();
    expect(file.findIndex((i) => i.label === 'Open Recent')).toBe(file.findIndex((i) => i.label === 'Open…') + 1);
    click(item(file, 'Save As…'));
    expect(h.sendAction).toHaveBeenLastCalledWith('save-as');
    click(item(file, 'Export…'));
    expect(h.sendAction).toHaveBeenCalledWith('export');
    click(item(file, 'Import Survey…'));
    expect(h.sendAction).toHaveBeenLastCalledWith('import-survey');
    expect(file.findIndex((i) => i.label === 'Import Survey…')).toBe(file.findIndex((i) => i.label === 'Export…') + 1);
    click(item(file, 'Close'));
    expect(h.closeWindow).toHaveBeenCalled();
  });

  it('lists recent maps under Open Recent and opens the one clicked', () => {
    const h = handlers();
    const recent = [
      { path: '/maps/bank.tandem', title: 'Open an account' },
      { path: '/maps/shop.tandem', title: 'Checkout' },
    ];
    const items = item(submenu(buildMenuTemplate(h, { ...linux, recent }), 'File'), 'Open Recent')
      .submenu as MenuItemConstructorOptions[];
    expect(items.map((i) => i.label)).toEqual(['Open an account — bank.tandem', 'Checkout — shop.tandem']);
    click(items[1] as MenuItemConstructorOptions);
    expect(h.openPath).toHaveBeenCalledWith('/maps/shop.tandem');
  });

  it('shows a disabled placeholder when there are no recent maps', () => {
    const items = item(submenu(buildMenuTemplate(handlers(), linux), 'File'), 'Open Recent')
      .submenu as MenuItemConstructorOptions[];
    expect(items).toEqual([{ label: 'No recent maps', enabled: false }]);
  });

  it('sends undo, redo, delete and select-all to the renderer, and uses native cut, copy and paste', () => {
    const h = handlers();
    const edit = submenu(buildMenuTemplate(h, linux), 'Edit');
    for (const [label, action] of [
      ['Undo', 'undo'],
      ['Redo', 'redo'],
      ['Delete', 'delete'],
      ['Select All', 'select-all'],
    ] as const) {
      click(item(edit, label));
      expect(h.sendAction).toHaveBeenLastCalledWith(action);
    }
    expect(item(edit, 'Cut').role).toBe('cut');
    expect(item(edit, 'Copy').role).toBe('copy');
    expect(item(edit, 'Paste').role).toBe('paste');
    // The clipboard opens the second section, after Undo, Redo and their separator.
    expect(edit.map((i) => i.label ?? i.type)).toEqual([
      'Undo',
      'Redo',
      'separator',
      'Cut',
      'Copy',
      'Paste',
      'Select All',
      'Delete',
    ]);
  });

  it('takes labels, accelerators and enabled states from the model, and grabs no key without a modifier', () => {
    const edit = submenu(buildMenuTemplate(handlers(), linux), 'Edit');
    expect(item(edit, 'Undo')).toMatchObject({ accelerator: 'CmdOrCtrl+Z', enabled: true });
    expect(item(edit, 'Redo')).toMatchObject({ accelerator: 'CmdOrCtrl+Shift+Z', enabled: false });
    expect(item(edit, 'Undo').registerAccelerator).toBeUndefined();
    // The Delete key must keep deleting characters in text fields.
    expect(item(edit, 'Delete')).toMatchObject({ accelerator: 'Delete', registerAccelerator: false });
  });

  it('shows only the main process items until the renderer has sent its model', () => {
    const template = buildFromModel(EMPTY_MENU_MODEL, handlers(), linux);
    expect(submenu(template, 'File').map((i) => i.label ?? i.type)).toEqual([
      'Open Recent',
      'separator',
      'Close',
      'separator',
      'Quit',
    ]);
    expect(submenu(template, 'Edit').map((i) => i.label)).toEqual(['Cut', 'Copy', 'Paste']);
    expect(submenu(template, 'Help').map((i) => i.label)).toEqual(['About Tandem']);
  });

  it('sends zoom and panel toggles to the renderer', () => {
    const h = handlers();
    const view = submenu(buildMenuTemplate(h, linux), 'View');
    for (const [label, action] of [
      ['Zoom In', 'zoom-in'],
      ['Zoom Out', 'zoom-out'],
      ['Zoom to Fit', 'zoom-fit'],
      ['Toggle Panels', 'toggle-panels'],
    ] as const) {
      click(item(view, label));
      expect(h.sendAction).toHaveBeenLastCalledWith(action);
    }
  });

  it('offers DevTools only in an unpackaged build', () => {
    const dev = submenu(buildMenuTemplate(handlers(), linux), 'View');
    expect(item(dev, 'Toggle Developer Tools').role).toBe('toggleDevTools');
    const shipped = submenu(buildMenuTemplate(handlers(), { ...linux, isPackaged: true }), 'View');
    expect(shipped.some((i) => i.role === 'toggleDevTools')).toBe(false);
  });

  it('has Keyboard Shortcuts and About under Help', () => {
    const h = handlers();
    const help = submenu(buildMenuTemplate(h, linux), 'Help');
    click(item(help, 'Keyboard Shortcuts'));
    expect(h.sendAction).toHaveBeenCalledWith('shortcuts');
    click(item(help, 'About Tandem'));
    expect(h.about).toHaveBeenCalled();
  });

  it('shows a setting as a tick box and a choice of several as a radio item', () => {
    const model: MenuModel = {
      ...MODEL,
      view: [{ id: 'language-en', label: 'English', enabled: true, checked: true }],
      help: [
        { id: 'auto-updates', label: 'Check for Updates Automatically', enabled: true, checked: false, toggle: true },
      ],
    };
    const template = buildFromModel(model, handlers(), linux);
    expect(item(submenu(template, 'View'), 'English')).toMatchObject({ type: 'radio', checked: true });
    expect(item(submenu(template, 'Help'), 'Check for Updates Automatically')).toMatchObject({
      type: 'checkbox',
      checked: false,
    });
  });

  it('gives no two items the same accelerator', () => {
    const accelerators: string[] = [];
    const walk = (items: MenuItemConstructorOptions[]): void => {
      for (const i of items) {
        if (i.accelerator) accelerators.push(String(i.accelerator));
        if (Array.isArray(i.submenu)) walk(i.submenu);
      }
    };
    walk(buildMenuTemplate(handlers(), linux));
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });

  it('speaks the UI language the renderer sends: menu titles, Open Recent, Close, Quit, the clipboard, DevTools, About', () => {
    const words = {
      file: 'Plik',
      edit: 'Edycja',
      view: 'Widok',
      help: 'Pomoc',
      openRecent: 'Otwórz ostatnie',
      noRecent: 'Brak ostatnich map',
      close: 'Zamknij',
      quit: 'Zakończ',
      cut: 'Wytnij',
      copy: 'Kopiuj',
      paste: 'Wklej',
      about: 'O programie Tandem',
      devTools: 'Narzędzia deweloperskie',
      hide: 'Ukryj Tandem',
      hideOthers: 'Ukryj pozostałe',
      unhide: 'Pokaż wszystkie',
    };
    const template = buildFromModel({ ...MODEL, words }, handlers(), linux);
    expect(template.map((m) => m.label)).toEqual(['Plik', 'Edycja', 'Widok', 'Pomoc']);
    const file = submenu(template, 'Plik');
    expect(item(file, 'Otwórz ostatnie').submenu).toEqual([{ label: 'Brak ostatnich map', enabled: false }]);
    expect(item(file, 'Zamknij').accelerator).toBe('CmdOrCtrl+W');
    expect(item(file, 'Zakończ').role).toBe('quit');
    const edit = submenu(template, 'Edycja');
    expect(['Wytnij', 'Kopiuj', 'Wklej'].map((l) => item(edit, l).role)).toEqual(['cut', 'copy', 'paste']);
    expect(item(submenu(template, 'Widok'), 'Narzędzia deweloperskie').role).toBe('toggleDevTools');
    expect(item(submenu(template, 'Pomoc'), 'O programie Tandem').click).toBeTypeOf('function');
    // Nothing English is left of the main process's own words.
    const labels: string[] = [];
    const walk = (items: MenuItemConstructorOptions[]) => {
      for (const i of items) {
        if (i.label) labels.push(i.label);
        if (Array.isArray(i.submenu)) walk(i.submenu);
      }
    };
    walk(template);
    for (const english of [
      'File',
      'Edit',
      'View',
      'Help',
      'Open Recent',
      'No recent maps',
      'Close',
      'Quit',
      'Cut',
      'Copy',
      'Paste',
      'About Tandem',
    ])
      expect(labels).not.toContain(english);
    const mac = buildFromModel({ ...MODEL, words }, handlers(), { ...linux, platform: 'darwin' });
    expect(submenu(mac, 'Tandem').map((i) => i.label ?? i.type)).toEqual([
      'O programie Tandem',
      'separator',
      'Ukryj Tandem',
      'Ukryj pozostałe',
      'Pokaż wszystkie',
      'separator',
      'Zakończ',
    ]);
  });
});
