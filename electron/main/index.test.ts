// The whole main process wired together, with the `electron` module replaced by recording fakes and a real
// session on real SQLite files in a temp folder.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserWindowConstructorOptions, IpcMainInvokeEvent, MenuItemConstructorOptions } from 'electron';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createFromTemplate } from '../../shared/templates/index';
import { DocumentStore } from '../services/documentStore';
import { APP_INDEX_URL, CONTENT_SECURITY_POLICY } from './security';
import { type FakeSession, FakeWebContents, fakeEvent } from './testing/fakes';
import { webPreferencesProblems } from './testing/hardening';

type Handler = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;
interface FakeElectron {
  __fake: {
    dataDir: string;
    windows: Array<{
      options: BrowserWindowConstructorOptions;
      webContents: FakeWebContents;
      focused: boolean;
      window: { bounds: { x: number; y: number; width: number; height: number }; close(): void; focus(): void };
    }>;
    handlers: Map<string, Handler>;
    menus: MenuItemConstructorOptions[][];
    schemes: unknown[];
    protocols: string[];
    errors: string[];
    defaultSession: FakeSession;
    /** The calls into `app` that must come in a particular order, as they happened. */
    appCalls: string[];
    /** What was handed to the OS's recent-documents list. */
    recentDocuments: string[];
  };
  app: { emit(event: string, ...args: unknown[]): boolean };
  shell: { openExternal: ReturnType<typeof vi.fn> };
}

vi.mock('electron', async () => {
  const { EventEmitter } = await import('node:events');
  const { mkdtempSync: mkdtemp } = await import('node:fs');
  const { tmpdir: tmp } = await import('node:os');
  const { join } = await import('node:path');
  const fakes = await import('./testing/fakes');
  const dataDir = mkdtemp(join(tmp(), 'tandem-main-'));
  const state: FakeElectron['__fake'] = {
    dataDir,
    windows: [],
    handlers: new Map(),
    menus: [],
    schemes: [],
    protocols: [],
    errors: [],
    defaultSession: new fakes.FakeSession(),
    appCalls: [],
    recentDocuments: [],
  };
  const app = Object.assign(new EventEmitter(), {
    requestSingleInstanceLock: () => true,
    enableSandbox: () => state.appCalls.push('enableSandbox'),
    whenReady: () => {
      state.appCalls.push('whenReady');
      return Promise.resolve();
    },
    getPath: (name: string) => (name === 'userData' ? dataDir : join(dataDir, name)),
    setPath: () => undefined,
    getVersion: () => '0.1.0-test',
    getLocale: () => 'uk-UA',
    getAppPath: () => '/nonexistent/tandem',
    isPackaged: false,
    quit: () => undefined,
    exit: () => undefined,
    addRecentDocument: (file: string) => state.recentDocuments.push(file),
  });
  class BrowserWindow extends EventEmitter {
    webContents = new fakes.FakeWebContents();
    record: FakeElectron['__fake']['windows'][number];
    constructor(options: BrowserWindowConstructorOptions) {
      super();
      this.record = { options, webContents: this.webContents, focused: false, window: this };
      state.windows.push(this.record);
      app.emit('web-contents-created', {}, this.webContents);
    }
    loadURL(url: string) {
      this.webContents.loadedUrl = url;
      return Promise.resolve();
    }
    destroyed = false;
    /** Where the user has put the window (the tests move it). */
    bounds = { x: 0, y: 0, width: 1280, height: 800 };
    isDestroyed = () => this.destroyed;
    isMinimized = () => false;
    isMaximized = () => false;
    getNormalBounds = () => this.bounds;
    show = () => undefined;
    restore = () => undefined;
    focus = () => {
      this.record.focused = true;
      this.emit('focus');
    };
    /** Closing as Electron does: `close` (still alive), then `closed` (gone). */
    close = () => {
      this.emit('close');
      this.destroyed = true;
      this.webContents.destroyed = true;
      this.emit('closed');
    };
  }
  return {
    __fake: state,
    app,
    BrowserWindow,
    dialog: {
      showErrorBox: (title: string, message: string) => state.errors.push(`${title}: ${message}`),
      showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
      showSaveDialog: async () => ({ canceled: true }),
      showMessageBox: async () => ({ response: 0 }),
    },
    ipcMain: {
      handle: (channel: string, fn: Handler) => state.handlers.set(channel, fn),
      removeHandler: (channel: string) => state.handlers.delete(channel),
    },
    Menu: {
      buildFromTemplate: (template: MenuItemConstructorOptions[]) => template,
      setApplicationMenu: (menu: MenuItemConstructorOptions[]) => state.menus.push(menu),
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => state.schemes.push(...schemes),
      handle: (scheme: string) => state.protocols.push(scheme),
    },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    session: { defaultSession: state.defaultSession },
    shell: { openExternal: vi.fn(async () => undefined) },
  };
});

const electron = (await import('electron')) as unknown as FakeElectron;
const fake = electron.__fake;
let otherDir: string;

const window = () => {
  const w = fake.windows[0];
  if (!w) throw new Error('no window was opened');
  return w;
};
const call = (sender: FakeWebContents, name: string, args: unknown = {}) =>
  fake.handlers.get('tandem:call')?.(
    { sender, senderFrame: sender.mainFrame } as unknown as IpcMainInvokeEvent,
    name,
    args,
  );

/** The window whose page is showing the map at `file`, by asking each window as its page would. */
async function windowShowing(file: string) {
  for (const w of fake.windows) {
    if (w.webContents.destroyed) continue;
    const r = (await call(w.webContents, 'map/current')) as { ok: boolean; data?: { path: string } };
    if (r.ok && r.data?.path === file) return w;
  }
  return undefined;
}
const liveWindows = () => fake.windows.filter((w) => !w.webContents.destroyed);

beforeAll(async () => {
  otherDir = mkdtempSync(path.join(tmpdir(), 'tandem-other-'));
  await import('./index');
  await vi.waitFor(() => expect([fake.windows.length, fake.errors]).toEqual([1, []]), { timeout: 30_000 });
  // Loading the whole main process and its services is slow on a busy machine.
}, 60_000);
afterAll(() => {
  electron.app.emit('will-quit');
  rmSync(fake.dataDir, { recursive: true, force: true });
  rmSync(otherDir, { recursive: true, force: true });
});

describe('the Electron main process', () => {
  it('registers app:// as a privileged scheme and serves the renderer from it', () => {
    expect(fake.schemes).toContainEqual(expect.objectContaining({ scheme: 'app' }));
    expect(fake.protocols).toEqual(['app']);
    expect(window().webContents.loadedUrl).toBe(APP_INDEX_URL);
  });

  it('opens one window with the hardened webPreferences and the bundled preload', () => {
    expect(window().options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      preload: path.join('/nonexistent/tandem', 'dist', 'electron', 'preload.cjs'),
    });
  });

  it('sandboxes every renderer, switched on before the app is ready', () => {
    expect(fake.appCalls).toEqual(['enableSandbox', 'whenReady']);
  });

  it('gives every window it creates webPreferences that pass the hardening check', () => {
    expect(fake.windows.length).toBeGreaterThan(0);
    for (const w of fake.windows) expect(webPreferencesProblems(w.options.webPreferences)).toEqual([]);
  });

  it('adds the CSP and refuses permissions on the default session', () => {
    const callback = vi.fn();
    fake.defaultSession.headersListener?.({ responseHeaders: {} }, callback);
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: { 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
    const granted = vi.fn();
    fake.defaultSession.requestHandler?.(null, 'media', granted, {});
    expect(granted).toHaveBeenCalledWith(false);
    expect(fake.defaultSession.deviceHandler?.({ deviceType: 'usb', origin: 'app://tandem', device: {} })).toBe(false);
  });

  it('guards every webContents that is created, not just the window', () => {
    const stray = new FakeWebContents();
    electron.app.emit('web-contents-created', {}, stray);
    for (const contents of [window().webContents, stray]) {
      const nav = fakeEvent('https://example.com/');
      contents.emit('will-navigate', nav);
      expect(nav.prevented).toBe(true);
      expect(contents.openHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
      const webview = fakeEvent();
      contents.emit('will-attach-webview', webview);
      expect(webview.prevented).toBe(true);
    }
    expect(electron.shell.openExternal).toHaveBeenCalledWith('https://example.com/');
  });

  it('opens the sample map on first run and answers the window through IPC', async () => {
    const result = await call(window().webContents, 'map/current');
    expect(result).toMatchObject({ ok: true, data: { path: path.join(fake.dataDir, 'Sample map.tandem') } });
    expect(fake.errors).toEqual([]);
  });

  it('refuses IPC from any other webContents', async () => {
    expect(await call(new FakeWebContents(), 'map/current')).toMatchObject({
      ok: false,
      error: { code: 'unauthorized' },
    });
  });

  it('installs the menu, whose Edit items reach the renderer as menu/action events', async () => {
    // The renderer sends its menu model (built from its action registry); the menu is rebuilt from it.
    const model = {
      file: [],
      edit: [{ id: 'undo', label: 'Undo', accelerator: 'CmdOrCtrl+Z', enabled: true }],
      view: [],
      help: [],
    };
    expect(await call(window().webContents, 'menu/set', model)).toMatchObject({ ok: true });
    await vi.waitFor(() =>
      expect((fake.menus.at(-1) ?? []).find((m) => m.label === 'Edit')?.submenu).toContainEqual(
        expect.objectContaining({ label: 'Undo' }),
      ),
    );
    expect(
      await call(window().webContents, 'menu/set', { ...model, edit: [{ id: 'Undo!', label: 'x', enabled: true }] }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid_arguments' },
    });
    const menu = fake.menus.at(-1) ?? [];
    const edit = menu.find((m) => m.label === 'Edit')?.submenu as MenuItemConstructorOptions[];
    const undo = edit.find((i) => i.label === 'Undo')?.click as () => void;
    undo();
    expect(window().webContents.sent).toContainEqual(['tandem:event', 'menu/action', { action: 'undo' }]);
  });

  it("sends Help › About to the window's About dialog", () => {
    const help = fake.menus.at(-1)?.find((m) => m.label === 'Help')?.submenu as MenuItemConstructorOptions[];
    const about = help.find((i) => i.label === 'About Tandem')?.click as () => void;
    about();
    expect(window().webContents.sent).toContainEqual(['tandem:event', 'menu/action', { action: 'about' }]);
  });

  it('opens a map the OS hands over in a window of its own, lists it under Open Recent and tells the OS', async () => {
    const file = path.join(otherDir, 'bank.tandem');
    DocumentStore.create(file, createFromTemplate('linked-cx-ex', 'Open an account')).close();
    const event = fakeEvent();
    electron.app.emit('open-file', event, file);
    expect(event.prevented).toBe(true);
    await vi.waitFor(async () => expect(await windowShowing(file)).toBeDefined());
    // One window per map: the first window still shows the map it had.
    expect(liveWindows()).toHaveLength(2);
    expect(await call(window().webContents, 'map/current')).toMatchObject({
      ok: true,
      data: { path: path.join(fake.dataDir, 'Sample map.tandem') },
    });
    expect(fake.recentDocuments).toContain(file);
    await vi.waitFor(() => {
      const fileMenu = fake.menus.at(-1)?.find((m) => m.label === 'File')?.submenu as MenuItemConstructorOptions[];
      const recent = fileMenu.find((i) => i.label === 'Open Recent')?.submenu as MenuItemConstructorOptions[];
      expect(recent.map((i) => i.label)).toContain('Open an account — bank.tandem');
    });
  });

  it('opens the map a second launch was given, and brings its window forward, never a second one', async () => {
    const file = path.join(otherDir, 'shop.tandem');
    DocumentStore.create(file, createFromTemplate('blank', 'Shop')).close();
    electron.app.emit('second-instance', {}, ['/usr/bin/tandem', 'shop.tandem'], otherDir);
    await vi.waitFor(async () => expect(await windowShowing(file)).toBeDefined());
    const shop = await windowShowing(file);
    const count = liveWindows().length;
    for (const w of fake.windows) w.focused = false;
    // The same map again, by another path to it: the window that has it comes forward.
    electron.app.emit('second-instance', {}, ['/usr/bin/tandem', `./x/../shop.tandem`], otherDir);
    await vi.waitFor(() => expect(shop?.focused).toBe(true));
    expect(liveWindows()).toHaveLength(count);
    expect(fake.windows.filter((w) => w.focused)).toEqual([shop]);
  });

  it('answers each window with its own map, and forgets a window once it is closed', async () => {
    const file = path.join(otherDir, 'closing.tandem');
    DocumentStore.create(file, createFromTemplate('blank', 'Closing')).close();
    electron.app.emit('open-file', fakeEvent(), file);
    await vi.waitFor(async () => expect(await windowShowing(file)).toBeDefined());
    const closing = await windowShowing(file);
    closing?.window.close();
    expect(await call(closing?.webContents ?? new FakeWebContents(), 'map/current')).toMatchObject({
      ok: false,
      error: { code: 'unauthorized' },
    });
    expect(await windowShowing(file)).toBeUndefined();
  });

  it("reopens a map's window where the user left it", async () => {
    const file = path.join(otherDir, 'placed.tandem');
    DocumentStore.create(file, createFromTemplate('blank', 'Placed')).close();
    electron.app.emit('open-file', fakeEvent(), file);
    await vi.waitFor(async () => expect(await windowShowing(file)).toBeDefined());
    const first = await windowShowing(file);
    if (!first) throw new Error('no window for the map');
    first.window.bounds = { x: 300, y: 200, width: 1000, height: 700 };
    first.window.close();
    electron.app.emit('open-file', fakeEvent(), file);
    await vi.waitFor(async () => expect(await windowShowing(file)).toBeDefined());
    expect((await windowShowing(file))?.options).toMatchObject({ x: 300, y: 200, width: 1000, height: 700 });
  });

  it('reports a damaged map in a dialog instead of crashing', async () => {
    const file = path.join(otherDir, 'broken.tandem');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(file, 'this is not a database');
    electron.app.emit('open-file', fakeEvent(), file);
    await vi.waitFor(() => expect(fake.errors.some((e) => e.startsWith('Could not open the map'))).toBe(true));
  });

  it('tells the window about a damaged map the OS handed over, so that it can offer its backup', async () => {
    // The window the user used last is the one that hears of it.
    window().window.focus();
    const file = path.join(otherDir, 'cut.tandem');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(file, '');
    electron.app.emit('open-file', fakeEvent(), file);
    await vi.waitFor(() =>
      expect(window().webContents.sent).toContainEqual([
        'tandem:event',
        'map/openFailed',
        { path: file, message: expect.stringMatching(/"cut\.tandem" is damaged: it is empty \(0 bytes\)/) },
      ]),
    );
    // The window may ask for that map's backups: the OS chose it, so the guard lets the call through.
    expect(await call(window().webContents, 'map/backups', { path: file })).toEqual({
      ok: true,
      data: { backups: [] },
    });
  });

  it('refuses a map path the window names that the user never chose, until the OS hands that map over', async () => {
    const file = path.join(otherDir, 'unchosen.tandem');
    DocumentStore.create(file, createFromTemplate('blank', 'Unchosen')).close();
    expect(await call(window().webContents, 'map/open', { path: file })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await call(window().webContents, 'map/current')).not.toMatchObject({ data: { path: file } });
    electron.app.emit('open-file', fakeEvent(), file);
    await vi.waitFor(async () => expect(await windowShowing(file)).toBeDefined());
    // Now the window may name it, and opening it there brings forward the window that has it: one writer per map.
    const holder = await windowShowing(file);
    for (const w of fake.windows) w.focused = false;
    expect(await call(window().webContents, 'map/open', { path: file })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringMatching(/already open in another Tandem window/) },
    });
    expect(holder?.focused).toBe(true);
    expect(await call(window().webContents, 'map/current')).not.toMatchObject({ data: { path: file } });
  });
});
