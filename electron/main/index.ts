// The Electron main process: one hardened window on the bundled renderer, the contract served over IPC,
// native menus and dialogs. Everything that touches a map lives in electron/services (the same session
// the browser host uses); this file only wires Electron to it. See docs/adr/0004.
import path from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  protocol,
  screen,
  session as electronSession,
  shell,
} from 'electron';
import type { MenuModel } from '../../shared/api/contract';
import { toApiError } from '../../shared/api/dispatch';
import { grantedAccess, guardApi } from '../services/fileAccess';
import { assertRegularFile } from '../services/fileSafety';
import { createSession, type Session } from '../services/session';
import { ensureSampleMap } from '../services/paths';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './appProtocol';
import { createDialogs } from './dialogs';
import { createEmitter, registerIpc } from './ipc';
import { mapFromArgv } from './launchFile';
import { buildMenuTemplate, EMPTY_MENU_MODEL, type MenuHandlers } from './menu';
import { createPdfPrinter } from './printing';
import { APP_SCHEME, createSessionHardener, guardWebContents } from './security';
import { defaultMapToOpen } from './startup';
import { createMainWindow } from './window';
import { loadWindowState, trackWindowState, WINDOW_STATE_FILE } from './windowState';

// Both must happen before `ready`. enableSandbox sandboxes every renderer the app will ever create, whatever a
// window's own webPreferences say, so one forgotten option can never give a page Node.
app.enableSandbox();
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
// Tests and portable setups point Tandem at another data folder, exactly as they do for the CLI.
if (process.env.TANDEM_HOME) app.setPath('userData', path.resolve(process.env.TANDEM_HOME));

let win: BrowserWindow | null = null;
let tandem: Session | null = null;
/** A map the OS asked us to open before we were ready (macOS `open-file` arrives early). */
let pendingMap: string | null = null;
let dialogs: ReturnType<typeof createDialogs> | null = null;
/** The paths the user chose (dialogs, the OS, the recent list, the data folder): all the window may name. */
let access: ReturnType<typeof grantedAccess> | null = null;
/** The renderer's menu model (`menu/set`): its actions' labels, accelerators and states. */
let menuModel: MenuModel = EMPTY_MENU_MODEL;

const windowContents = () => (win && !win.isDestroyed() ? win.webContents : null);
const hardenSession = createSessionHardener();
const emitToWindow = createEmitter(windowContents);

function openExternal(url: string): void {
  void shell.openExternal(url).catch(() => undefined);
}

function errorMessage(err: unknown): string {
  const failure = toApiError(err);
  return failure.ok ? String(err) : failure.error.message;
}

/** Opens a map and reports failure in a dialog; true when it opened. */
async function openMap(filePath: string): Promise<boolean> {
  if (!tandem) {
    pendingMap = filePath;
    return false;
  }
  let ok = true;
  try {
    assertRegularFile(filePath, 'Tandem map');
    // Every path that reaches here came from the user (a dialog, the OS, the recent menu), never from the window.
    access?.grant('open-map', filePath);
    await tandem.open(filePath); // the session pushes `map/opened` to the window and updates the recent list
  } catch (err) {
    ok = false;
    const failure = toApiError(err);
    // A damaged map: besides the message, the window offers its newest good backup (docs/reliability.md).
    if (win && !failure.ok && (failure.error.code === 'damaged' || failure.error.code === 'invalid'))
      emitToWindow('map/openFailed', { path: filePath, message: failure.error.message });
    dialog.showErrorBox('Could not open the map', errorMessage(err));
  }
  await refreshMenu();
  return ok;
}

const menuHandlers: MenuHandlers = {
  sendAction: (action) => emitToWindow('menu/action', { action }),
  openPath: (p) => void openMap(p),
  closeWindow: () => win?.close(),
  about: () => {
    const options = {
      type: 'info' as const,
      title: 'About Tandem',
      message: `Tandem ${app.getVersion()}`,
      detail: 'Customer journey and service blueprint on one canvas.',
    };
    void (win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options));
  },
};

async function refreshMenu(): Promise<void> {
  let recent: Array<{ path: string; title: string }> = [];
  try {
    recent = tandem ? await tandem.api['recent/list']({}) : [];
  } catch {
    // A broken recent list only empties the submenu.
  }
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate(menuModel, menuHandlers, { platform: process.platform, isPackaged: app.isPackaged, recent }),
    ),
  );
}

function openWindow(): void {
  const stateFile = path.join(app.getPath('userData'), WINDOW_STATE_FILE);
  const state = loadWindowState(
    stateFile,
    screen.getAllDisplays().map((d) => d.workArea),
  );
  win = createMainWindow(BrowserWindow, path.join(app.getAppPath(), 'dist', 'electron', 'preload.cjs'), state);
  trackWindowState(win, stateFile);
  win.on('closed', () => {
    win = null;
  });
}

async function ready(): Promise<void> {
  hardenSession(electronSession.defaultSession);
  protocol.handle(APP_SCHEME, createAppProtocolHandler(path.join(app.getAppPath(), 'dist', 'renderer')));

  const dataDir = app.getPath('userData');
  dialogs = createDialogs(dialog, () => win, app.getPath('documents'));
  tandem = createSession({
    host: 'electron',
    version: app.getVersion(),
    locale: app.getLocale(),
    dataDir,
    dialogs,
    printPdf: createPdfPrinter(BrowserWindow),
    reveal: (file) => shell.showItemInFolder(file),
    participantPageDir: path.join(app.getAppPath(), 'dist', 'participant'),
    setMenu: (model) => {
      menuModel = model;
      void refreshMenu();
    },
    emit: (event, payload) => {
      emitToWindow(event, payload);
      if (event === 'map/opened') void refreshMenu();
    },
  });
  access = grantedAccess(dataDir);
  registerIpc(ipcMain, { api: guardApi(tandem.api, access), windowContents });

  // Open the map before the window exists, so the renderer's first `map/current` already has it.
  const first = pendingMap ?? mapFromArgv(process.argv.slice(1), process.cwd());
  pendingMap = null;
  const initial = first ?? (await defaultMapToOpen(tandem.api, () => ensureSampleMap(dataDir)));
  // A damaged or vanished map must not leave the user facing an empty window: fall back to the sample.
  if (!(await openMap(initial))) await openMap(ensureSampleMap(dataDir));
  openWindow();
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
    const requested = mapFromArgv(argv.slice(1), cwd);
    if (requested) void openMap(requested);
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  });
  app.on('activate', () => {
    if (!win && tandem) openWindow();
  });
  app.on('window-all-closed', () => {
    // macOS apps stay in the dock with no window; `activate` brings the window back.
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => {
    tandem?.close();
    tandem = null;
  });
  app
    .whenReady()
    .then(ready)
    .catch((err: unknown) => {
      dialog.showErrorBox('Tandem could not start', errorMessage(err));
      app.exit(1);
    });
}
