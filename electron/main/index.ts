// The Electron main process: one hardened window per map on the bundled renderer, the contract served over IPC,
// native menus and dialogs. Everything that touches a map lives in electron/services (a session per window, the
// same session the browser host uses); this file only wires Electron to it. See docs/adr/0004 and 0020.
import { existsSync } from 'node:fs';
import path from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  session as electronSession,
  ipcMain,
  Menu,
  protocol,
  screen,
  shell,
} from 'electron';
import type { EventName, OpenedMap } from '../../shared/api/contract';
import { toApiError } from '../../shared/api/dispatch';
import { grantedAccess, guardApi } from '../services/fileAccess';
import { assertRegularFile } from '../services/fileSafety';
import { ensureSampleMap } from '../services/paths';
import { RecentFiles } from '../services/recentFiles';
import { createSession, type Session } from '../services/session';
import { UserSettingsFile } from '../services/userSettings';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './appProtocol';
import { createDialogs } from './dialogs';
import { createEmitter, registerWindowsIpc } from './ipc';
import { mapFromArgv } from './launchFile';
import { type MapWindow, MapWindows, mapKey, oneWriterPerMap } from './mapWindows';
import { buildMenuTemplate, EMPTY_MENU_MODEL, type MenuHandlers } from './menu';
import { createPdfPrinter } from './printing';
import { APP_SCHEME, createSessionHardener, guardWebContents } from './security';
import { defaultMapToOpen } from './startup';
import { UpdateService, type UpdaterLike } from './updates';
import { createMainWindow } from './window';
import {
  fitToDisplays,
  loadWindowState,
  MAP_WINDOW_STATES_FILE,
  readMapWindowState,
  rememberMapWindowState,
  trackWindowState,
  WINDOW_STATE_FILE,
} from './windowState';

// Both must happen before `ready`. enableSandbox sandboxes every renderer the app will ever create, whatever a
// window's own webPreferences say, so one forgotten option can never give a page Node.
app.enableSandbox();
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
// Tests and portable setups point Tandem at another data folder, exactly as they do for the CLI.
if (process.env.TANDEM_HOME) app.setPath('userData', path.resolve(process.env.TANDEM_HOME));

/** Every window, one per map, each with its own session (docs/adr/0020). */
const windows = new MapWindows<BrowserWindow>();
let ready = false;
/** Maps the OS asked us to open before we were ready (macOS `open-file` arrives early), in order. */
const pendingMaps: string[] = [];
/** The paths the user chose (dialogs, the OS, the recent list, the data folder): all a window may name. */
let access: ReturnType<typeof grantedAccess> | null = null;

const hardenSession = createSessionHardener();
/**
 * One update check for the app, shared by every window. A release build that offers updates names its feed
 * (electron-builder's `publish`, which writes app-update.yml beside the app); any other build has none.
 */
const updates = new UpdateService({
  isPackaged: app.isPackaged,
  hasFeed: existsSync(path.join(process.resourcesPath ?? '', 'app-update.yml')),
  load: async (): Promise<UpdaterLike> => (await import('electron-updater')).autoUpdater,
  automatic: () => new UserSettingsFile(dataDir()).read().checkForUpdates,
});
const printPdf = createPdfPrinter(BrowserWindow);
const dataDir = () => app.getPath('userData');
const contentsOf = (entry: MapWindow<BrowserWindow> | undefined) =>
  entry && !entry.win.isDestroyed() ? entry.win.webContents : null;
/** Pushes an event to the window the user used last (the one the menu and the OS speak to). */
const emitToCurrent = (event: EventName, payload: unknown) =>
  createEmitter(() => contentsOf(windows.current() ?? undefined))(event, payload);

function openExternal(url: string): void {
  void shell.openExternal(url).catch(() => undefined);
}

function errorMessage(err: unknown): string {
  const failure = toApiError(err);
  return failure.ok ? String(err) : failure.error.message;
}

function bringForward(entry: MapWindow<BrowserWindow>): void {
  if (entry.win.isMinimized()) entry.win.restore();
  entry.win.focus();
}

/** Tells the user a map did not open; a damaged one is also offered from its backup in the current window. */
function reportOpenFailure(filePath: string, err: unknown): void {
  const failure = toApiError(err);
  if (!failure.ok && (failure.error.code === 'damaged' || failure.error.code === 'invalid'))
    emitToCurrent('map/openFailed', { path: filePath, message: failure.error.message });
  dialog.showErrorBox('Could not open the map', errorMessage(err));
}

/** A session for one window; `entry` is that window once it exists (events before then are dropped). */
function createWindowSession(entry: () => MapWindow<BrowserWindow> | undefined): Session {
  const emit = createEmitter(() => contentsOf(entry()));
  return createSession({
    host: 'electron',
    version: app.getVersion(),
    locale: app.getLocale(),
    appRoot: app.getAppPath(),
    dataDir: dataDir(),
    dialogs: createDialogs(dialog, () => entry()?.win ?? null, app.getPath('documents')),
    printPdf,
    reveal: (file) => shell.showItemInFolder(file),
    participantPageDir: path.join(app.getAppPath(), 'dist', 'participant'),
    updates,
    setMenu: (model) => {
      const own = entry();
      if (!own) return;
      own.menu = model;
      if (windows.current() === own) void refreshMenu();
    },
    emit: (event, payload) => {
      emit(event, payload);
      if (event === 'map/opened') {
        // The OS's own recent list (the dock's and the taskbar's jump list, GNOME's recent files) gets it too.
        app.addRecentDocument((payload as OpenedMap).path);
        void refreshMenu();
      }
    },
  });
}

/** Where a new window for `mapFile` opens: where that map's window was, else beside the last window. */
function placeFor(mapFile: string) {
  const workAreas = screen.getAllDisplays().map((d) => d.workArea);
  const own = readMapWindowState(path.join(dataDir(), MAP_WINDOW_STATES_FILE), mapKey(mapFile));
  if (own) return fitToDisplays(own, workAreas);
  const last = loadWindowState(path.join(dataDir(), WINDOW_STATE_FILE), workAreas);
  // A second window exactly on top of the first would look like nothing happened.
  const cascade = windows.all().length > 0 && last.x !== undefined && last.y !== undefined;
  return cascade ? fitToDisplays({ ...last, x: (last.x ?? 0) + 32, y: (last.y ?? 0) + 32 }, workAreas) : last;
}

/** Opens a window on a session that has its map open already. */
function openWindow(session: Session): MapWindow<BrowserWindow> {
  const mapFile = session.store()?.path ?? '';
  const win = createMainWindow(
    BrowserWindow,
    path.join(app.getAppPath(), 'dist', 'electron', 'preload.cjs'),
    placeFor(mapFile),
  );
  const entry: MapWindow<BrowserWindow> = { win, session, api: session.api, menu: EMPTY_MENU_MODEL };
  if (!access) throw new Error('Tandem is not ready');
  entry.api = guardApi(
    oneWriterPerMap(session.api, () => entry, windows, bringForward),
    access,
  );
  windows.add(entry);
  trackWindowState(win, path.join(dataDir(), WINDOW_STATE_FILE), (state) => {
    const open = session.store()?.path;
    if (open) rememberMapWindowState(path.join(dataDir(), MAP_WINDOW_STATES_FILE), mapKey(open), state);
  });
  win.on('focus', () => {
    windows.focused(entry);
    void refreshMenu();
  });
  win.on('closed', () => {
    windows.remove(entry);
    session.close();
    void refreshMenu();
  });
  return entry;
}

/**
 * Opens a map the OS or the user handed over (double-click, a second launch, the start-up map) in a window of its
 * own, or brings forward the window that has it open already. True when the map is showing.
 */
async function openMap(filePath: string): Promise<boolean> {
  if (!ready) {
    pendingMaps.push(filePath);
    return false;
  }
  const holder = windows.byPath(filePath);
  if (holder) {
    bringForward(holder);
    return true;
  }
  let entry: MapWindow<BrowserWindow> | undefined;
  const session = createWindowSession(() => entry);
  try {
    assertRegularFile(filePath, 'Tandem map');
    // Every path that reaches here came from the user (a dialog, the OS, the recent menu), never from a window.
    access?.grant('open-map', filePath);
    await session.open(filePath);
  } catch (err) {
    session.close();
    reportOpenFailure(filePath, err);
    await refreshMenu();
    return false;
  }
  entry = openWindow(session);
  await refreshMenu();
  return true;
}

/** File › Open Recent: the map replaces the one in the current window, as the start screen's list does. */
async function openInCurrentWindow(filePath: string): Promise<void> {
  const current = windows.current();
  if (!current) {
    await openMap(filePath);
    return;
  }
  access?.grant('open-map', filePath);
  try {
    await current.api['map/open']({ path: filePath }); // pushes `map/opened` to the window
  } catch (err) {
    reportOpenFailure(filePath, err);
  }
}

const menuHandlers: MenuHandlers = {
  sendAction: (action) => emitToCurrent('menu/action', { action }),
  openPath: (p) => void openInCurrentWindow(p),
  closeWindow: () => windows.current()?.win.close(),
  // The renderer's About dialog (its registry's `about` action): version, format version, licences.
  about: () => emitToCurrent('menu/action', { action: 'about' }),
};

async function refreshMenu(): Promise<void> {
  let recent: Array<{ path: string; title: string }> = [];
  try {
    recent = ready ? new RecentFiles(dataDir()).list().filter((r) => !r.missing) : [];
  } catch {
    // A broken recent list only empties the submenu.
  }
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate(windows.current()?.menu ?? EMPTY_MENU_MODEL, menuHandlers, {
        platform: process.platform,
        isPackaged: app.isPackaged,
        recent,
      }),
    ),
  );
}

/** The map a window opens on when nothing was asked for: the last one used, else the sample map. */
async function openDefaultMap(): Promise<void> {
  const recent = { 'recent/list': () => new RecentFiles(dataDir()).list() };
  const initial = await defaultMapToOpen(recent, () => ensureSampleMap(dataDir()));
  // A damaged or vanished map must not leave the user without a window: fall back to the sample.
  if (!(await openMap(initial))) await openMap(ensureSampleMap(dataDir()));
}

async function whenReady(): Promise<void> {
  hardenSession(electronSession.defaultSession);
  protocol.handle(APP_SCHEME, createAppProtocolHandler(path.join(app.getAppPath(), 'dist', 'renderer')));
  access = grantedAccess(dataDir());
  registerWindowsIpc(ipcMain, (sender) => {
    const entry = windows.byContents(sender);
    return entry ? { api: entry.api, windowContents: entry.win.webContents } : undefined;
  });
  ready = true;
  updates.startAutomatic();

  // Each map is open before its window exists, so the renderer's first `map/current` already has it.
  const asked = pendingMaps.splice(0);
  const fromArgv = mapFromArgv(process.argv.slice(1), process.cwd());
  if (fromArgv) asked.unshift(fromArgv);
  let shown = 0;
  for (const file of asked) if (await openMap(file)) shown += 1;
  if (shown === 0) await openDefaultMap();
}

if (!app.requestSingleInstanceLock()) {
  // Another Tandem is running; it received our argv through `second-instance` and will open the file.
  app.quit();
} else {
  app.on('web-contents-created', (_event, contents) => {
    hardenSession(contents.session);
    guardWebContents(contents, openExternal);
  });
  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    void openMap(filePath);
  });
  app.on('second-instance', (_event, argv, cwd) => {
    // A second launch with a map opens it here (a window of its own, or the one that has it); without one it
    // only brings Tandem forward.
    const requested = mapFromArgv(argv.slice(1), cwd);
    const current = windows.current();
    if (requested) void openMap(requested);
    else if (current) bringForward(current);
    else if (ready) void openDefaultMap();
  });
  app.on('activate', () => {
    if (ready && windows.all().length === 0) void openDefaultMap();
  });
  app.on('window-all-closed', () => {
    // macOS apps stay in the dock with no window; `activate` brings the window back.
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => {
    for (const entry of [...windows.all()]) {
      entry.session.close();
      windows.remove(entry);
    }
  });
  app
    .whenReady()
    .then(whenReady)
    .catch((err: unknown) => {
      dialog.showErrorBox('Tandem could not start', errorMessage(err));
      app.exit(1);
    });
}
