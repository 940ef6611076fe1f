import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi, type Mock } from 'vitest';
import { buildMenuTemplate, type MenuHandlers, type MenuOptions } from './menu';

type MockedHandlers = { [K in keyof MenuHandlers]: Mock<MenuHandlers[K]> };

function handlers(): MockedHandlers {
  return {
    sendAction: vi.fn<MenuHandlers['sendAction']>(),
    open: vi.fn<MenuHandlers['open']>(),
    openPath: vi.fn<MenuHandlers['openPath']>(),
    saveAs: vi.fn<MenuHandlers['saveAs']>(),
    closeWindow: vi.fn<MenuHandlers['closeWindow']>(),
    about: vi.fn<MenuHandlers['about']>(),
  };
}

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
    expect(h.open).toHaveBeenCalled();
    expect(item(file, 'Open Recent').submenu).toBeDefined();
    click(item(file, 'Save As…'));
    expect(h.saveAs).toHaveBeenCalled();
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
});
