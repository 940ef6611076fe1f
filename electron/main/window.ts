import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { APP_INDEX_URL, secureWebPreferences } from './security';
import type { WindowState } from './windowState';

/** The constructor options of Tandem's one window: remembered bounds and the hardened webPreferences. */
export function mainWindowOptions(preloadPath: string, state: WindowState): BrowserWindowConstructorOptions {
  return {
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    width: state.width,
    height: state.height,
    minWidth: 720,
    minHeight: 480,
    title: 'Tandem',
    // Shown on ready-to-show so the user never sees an empty white frame.
    show: false,
    backgroundColor: '#f7f7f5',
    webPreferences: secureWebPreferences(preloadPath),
  };
}

/**
 * Opens the main window on the bundled renderer. The navigation/new-window/webview guards are attached to
 * every webContents by the app-wide `web-contents-created` hook, so this window gets them too.
 */
export function createMainWindow(
  BrowserWindowClass: new (options: BrowserWindowConstructorOptions) => BrowserWindow,
  preloadPath: string,
  state: WindowState,
): BrowserWindow {
  const win = new BrowserWindowClass(mainWindowOptions(preloadPath, state));
  win.once('ready-to-show', () => {
    if (state.maximized) win.maximize();
    win.show();
  });
  void win.loadURL(APP_INDEX_URL).catch((err: unknown) => {
    console.error(`could not load the Tandem window: ${err instanceof Error ? err.message : String(err)}`);
  });
  return win;
}
