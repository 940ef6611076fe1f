import { EventEmitter } from 'node:events';
import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { APP_INDEX_URL } from './security';
import { createMainWindow, mainWindowOptions } from './window';

class FakeWindow extends EventEmitter {
  static last: FakeWindow | null = null;
  loaded: string | null = null;
  shown = false;
  maximized = false;
  constructor(readonly options: BrowserWindowConstructorOptions) {
    super();
    FakeWindow.last = this;
  }
  loadURL(url: string): Promise<void> {
    this.loaded = url;
    return Promise.resolve();
  }
  show(): void {
    this.shown = true;
  }
  maximize(): void {
    this.maximized = true;
  }
}
const FakeWindowClass = FakeWindow as unknown as new (options: BrowserWindowConstructorOptions) => BrowserWindow;

describe('the main window', () => {
  it('is created with every security setting of the webPreferences', () => {
    const prefs = mainWindowOptions('/app/preload.cjs', { width: 1000, height: 700, maximized: false }).webPreferences;
    expect(prefs).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
    });
  });

  it('opens at the remembered bounds, or lets the OS place it when there is no position', () => {
    expect(mainWindowOptions('/p', { x: 5, y: 6, width: 1000, height: 700, maximized: false })).toMatchObject({
      x: 5,
      y: 6,
      width: 1000,
      height: 700,
    });
    const centred = mainWindowOptions('/p', { width: 1000, height: 700, maximized: false });
    expect('x' in centred || 'y' in centred).toBe(false);
  });

  it('loads the bundled renderer from app:// and shows itself, maximized if it was', () => {
    createMainWindow(FakeWindowClass, '/p', { width: 1000, height: 700, maximized: true });
    const win = FakeWindow.last as FakeWindow;
    expect(win.loaded).toBe(APP_INDEX_URL);
    expect(win.options.show).toBe(false);
    win.emit('ready-to-show');
    expect(win.shown).toBe(true);
    expect(win.maximized).toBe(true);
  });
});
