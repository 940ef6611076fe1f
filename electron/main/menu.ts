import path from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuAction } from '../../shared/api/contract';

/** What the menu items do; index.ts wires these to dialogs, the session and the window. */
export interface MenuHandlers {
  /** Pushes a `menu/action` event to the renderer, which owns selection, history and the canvas. */
  sendAction(action: MenuAction): void;
  open(): void;
  openPath(filePath: string): void;
  saveAs(): void;
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

const MAX_RECENT = 10;

function recentItems(recent: MenuOptions['recent'], handlers: MenuHandlers): MenuItemConstructorOptions[] {
  if (recent.length === 0) return [{ label: 'No recent maps', enabled: false }];
  return recent.slice(0, MAX_RECENT).map((entry) => ({
    // Title first (what people remember), file name after it (what tells two "Checkout" maps apart).
    label: `${entry.title || path.basename(entry.path)} — ${path.basename(entry.path)}`,
    toolTip: entry.path,
    click: () => handlers.openPath(entry.path),
  }));
}

/**
 * The native menu. Edit and View items (except the clipboard ones) send `menu/action` to the renderer.
 * Cut, Copy and Paste use Electron's roles: the native command acts on a focused text field, and on the
 * canvas it fires the DOM `cut`/`copy`/`paste` events the renderer handles in the browser host too
 * (a page cannot paste through execCommand, so a `menu/action` alone could not make Paste work).
 */
export function buildMenuTemplate(handlers: MenuHandlers, options: MenuOptions): MenuItemConstructorOptions[] {
  const mac = options.platform === 'darwin';
  const action = (
    label: string,
    name: MenuAction,
    accelerator?: string,
    extra: Partial<MenuItemConstructorOptions> = {},
  ) =>
    ({
      label,
      ...(accelerator ? { accelerator } : {}),
      click: () => handlers.sendAction(name),
      ...extra,
    }) satisfies MenuItemConstructorOptions;

  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      action('New from Template…', 'new-from-template', 'CmdOrCtrl+N'),
      { label: 'Open…', accelerator: 'CmdOrCtrl+O', click: () => handlers.open() },
      { label: 'Open Recent', submenu: recentItems(options.recent, handlers) },
      { type: 'separator' },
      { label: 'Save As…', accelerator: 'CmdOrCtrl+Shift+S', click: () => handlers.saveAs() },
      action('Export…', 'export', 'CmdOrCtrl+E'),
      // No accelerator: Ctrl+I and Ctrl+Shift+I mean italics and DevTools to most people.
      action('Import Survey…', 'import-survey'),
      { type: 'separator' },
      { label: 'Close', accelerator: 'CmdOrCtrl+W', click: () => handlers.closeWindow() },
      ...(mac ? [] : [{ type: 'separator' } as const, { label: 'Quit', role: 'quit' } as const]),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      action('Undo', 'undo', 'CmdOrCtrl+Z'),
      action('Redo', 'redo', mac ? 'Shift+Cmd+Z' : 'Ctrl+Y'),
      { type: 'separator' },
      { label: 'Cut', role: 'cut', accelerator: 'CmdOrCtrl+X' },
      { label: 'Copy', role: 'copy', accelerator: 'CmdOrCtrl+C' },
      { label: 'Paste', role: 'paste', accelerator: 'CmdOrCtrl+V' },
      // Shown but not grabbed: the Delete key must keep deleting characters in text fields.
      action('Delete', 'delete', 'Delete', { registerAccelerator: false }),
      action('Select All', 'select-all', 'CmdOrCtrl+A'),
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      action('Zoom In', 'zoom-in', 'CmdOrCtrl+='),
      action('Zoom Out', 'zoom-out', 'CmdOrCtrl+-'),
      action('Zoom to Fit', 'zoom-fit', 'CmdOrCtrl+0'),
      { type: 'separator' },
      action('Toggle Panels', 'toggle-panels', 'CmdOrCtrl+\\'),
      ...(options.isPackaged
        ? []
        : [{ type: 'separator' } as const, { label: 'Toggle Developer Tools', role: 'toggleDevTools' } as const]),
    ],
  };

  const help: MenuItemConstructorOptions = {
    label: 'Help',
    role: 'help',
    submenu: [
      action('Keyboard Shortcuts', 'shortcuts', 'CmdOrCtrl+/'),
      { label: 'About Tandem', click: () => handlers.about() },
    ],
  };

  const appMenu: MenuItemConstructorOptions[] = mac
    ? [
        {
          label: 'Tandem',
          submenu: [
            { label: 'About Tandem', click: () => handlers.about() },
            { type: 'separator' },
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            { type: 'separator' },
            { role: 'quit' },
          ],
        },
      ]
    : [];
  return [...appMenu, file, edit, view, help];
}
