import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserWindow, Rectangle } from 'electron';
import { z } from 'zod';

const windowStateSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(200).max(100_000),
  height: z.number().int().min(150).max(100_000),
  maximized: z.boolean(),
});
/** Where and how large the window was when it last closed. x/y absent = let the OS centre it. */
export type WindowState = z.infer<typeof windowStateSchema>;

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 800, maximized: false };
/** The file name inside the user-data directory. */
export const WINDOW_STATE_FILE = 'window-state.json';

/** Reads the saved state; a missing, unreadable or malformed file yields null (the defaults apply). */
export function readWindowState(file: string): WindowState | null {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  try {
    const parsed = windowStateSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Writes the state atomically (temp file + rename) so a crash mid-write never leaves half a file. */
export function writeWindowState(file: string, state: WindowState): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(windowStateSchema.parse(state), null, 2));
  renameSync(tmp, file);
}

function overlap(a: Rectangle, b: Rectangle): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * Keeps a remembered window reachable: when a monitor was unplugged and the saved bounds no longer show
 * at least a title-bar-sized piece on any display, the position is dropped (the OS centres the window),
 * and the size is clamped to the largest display's work area.
 */
export function fitToDisplays(state: WindowState, workAreas: Rectangle[]): WindowState {
  if (workAreas.length === 0) return state;
  const largest = workAreas.reduce((a, b) => (a.width * a.height >= b.width * b.height ? a : b));
  const width = Math.min(state.width, largest.width);
  const height = Math.min(state.height, largest.height);
  if (state.x === undefined || state.y === undefined) return { ...state, x: undefined, y: undefined, width, height };
  const bounds = { x: state.x, y: state.y, width, height };
  // The top strip is what the user drags by: it must be on screen, not just a corner of the window.
  const titleBar = { x: bounds.x, y: bounds.y, width: bounds.width, height: 40 };
  const visible = workAreas.some((area) => overlap(titleBar, area) >= Math.min(100 * 40, bounds.width * 40) / 2);
  if (!visible) return { maximized: state.maximized, width, height };
  return { ...state, width, height };
}

/** The state to open the window with: saved if valid and on screen, else the defaults. */
export function loadWindowState(file: string, workAreas: Rectangle[]): WindowState {
  return fitToDisplays(readWindowState(file) ?? DEFAULT_WINDOW_STATE, workAreas);
}

/** Snapshot of a live window, using the normal (un-maximized) bounds so restore-down goes back to them. */
export function captureWindowState(win: Pick<BrowserWindow, 'getNormalBounds' | 'isMaximized'>): WindowState {
  const b = win.getNormalBounds();
  return {
    x: Math.round(b.x),
    y: Math.round(b.y),
    width: Math.max(200, Math.round(b.width)),
    height: Math.max(150, Math.round(b.height)),
    maximized: win.isMaximized(),
  };
}

/** The file inside the user-data directory with each map's own window, newest first. */
export const MAP_WINDOW_STATES_FILE = 'map-windows.json';
/** Maps remembered; the oldest is forgotten first. */
const MAX_MAP_WINDOWS = 50;
const mapWindowsSchema = z.array(z.object({ map: z.string().min(1), state: windowStateSchema })).max(1000);

function readMapWindows(file: string): z.infer<typeof mapWindowsSchema> {
  try {
    const parsed = mapWindowsSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

/** Where the window of the map named `map` (a mapKey) was when it last closed; null when it was never open. */
export function readMapWindowState(file: string, map: string): WindowState | null {
  return readMapWindows(file).find((entry) => entry.map === map)?.state ?? null;
}

/** Remembers the window of one map, keeping the newest MAX_MAP_WINDOWS maps; written atomically. */
export function rememberMapWindowState(file: string, map: string, state: WindowState): void {
  const list = [{ map, state: windowStateSchema.parse(state) }, ...readMapWindows(file).filter((e) => e.map !== map)];
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(list.slice(0, MAX_MAP_WINDOWS), null, 2));
  renameSync(tmp, file);
}

/**
 * Saves the window's state when it closes, and shortly after each move/resize (so a crash loses little), to `file`
 * (where the next window without a place of its own opens) and through `alsoSave` (the map's own record).
 */
export function trackWindowState(
  win: BrowserWindow,
  file: string,
  alsoSave: (state: WindowState) => void = () => undefined,
): void {
  let timer: NodeJS.Timeout | undefined;
  const save = (): void => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (win.isDestroyed()) return;
    try {
      const state = captureWindowState(win);
      writeWindowState(file, state);
      alsoSave(state);
    } catch (err) {
      // Losing the window position is not worth interrupting the user for.
      console.warn(`could not save window state: ${err instanceof Error ? err.message : String(err)}`);
    }
  };
  const later = (): void => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(save, 500);
  };
  win.on('resize', later);
  win.on('move', later);
  win.on('maximize', later);
  win.on('unmaximize', later);
  win.on('close', save);
}
