// One window per map: the registry of open windows, each with its own session (one map, one writer), and the
// rule that a map already open in one window is brought forward rather than opened by a second writer. The
// registry knows nothing of Electron beyond a window's webContents and how to bring it forward, so its tests run
// with plain objects standing in for windows.
import { realpathSync } from 'node:fs';
import path from 'node:path';
import type { ApiImplementation, MenuModel } from '../../shared/api/contract';
import { ApiFailure } from '../../shared/api/result';
import type { Session } from '../services/session';

/** What the registry needs of a window. */
export interface WindowLike {
  readonly webContents: unknown;
  isDestroyed(): boolean;
}

/** A window, the session that holds its map, the API its page may call, and the menu model its page sent. */
export interface MapWindow<W extends WindowLike = WindowLike> {
  win: W;
  session: Session;
  /** The session's API as this window may call it (file access and the one-writer rule applied). */
  api: ApiImplementation;
  menu: MenuModel;
}

/**
 * The name two paths of one file share: symlinks resolved (as far as the file exists), and compared without case
 * on macOS and Windows, whose usual file systems ignore it. `Bank.tandem` and `./maps/../bank.tandem` are one map.
 */
export function mapKey(filePath: string, platform: NodeJS.Platform = process.platform): string {
  let full = path.resolve(filePath);
  try {
    full = realpathSync(full);
  } catch {
    // A map not yet written (Save As to a new name) has only the name it was given.
  }
  return platform === 'darwin' || platform === 'win32' ? full.toLowerCase() : full;
}

/** The open windows, the map in each, and which one the user used last (the menu acts on it). */
export class MapWindows<W extends WindowLike = WindowLike> {
  private readonly open: Array<MapWindow<W>> = [];
  private last: MapWindow<W> | null = null;

  constructor(private readonly platform: NodeJS.Platform = process.platform) {}

  add(entry: MapWindow<W>): void {
    this.open.push(entry);
    this.last = entry;
  }

  /** Forgets a closed window; the most recently added other window becomes the one the menu acts on. */
  remove(entry: MapWindow<W>): void {
    const at = this.open.indexOf(entry);
    if (at >= 0) this.open.splice(at, 1);
    if (this.last === entry) this.last = this.open.at(-1) ?? null;
  }

  /** Notes that the user brought this window to the front. */
  focused(entry: MapWindow<W>): void {
    if (this.open.includes(entry)) this.last = entry;
  }

  /** The window the user used last, if any is still open. */
  current(): MapWindow<W> | null {
    return this.last && !this.last.win.isDestroyed() ? this.last : null;
  }

  all(): ReadonlyArray<MapWindow<W>> {
    return this.open;
  }

  /** The window whose page sent an IPC call. */
  byContents(contents: unknown): MapWindow<W> | undefined {
    return this.open.find((e) => !e.win.isDestroyed() && e.win.webContents === contents);
  }

  /** The window that has the map at `filePath` open, if one has. */
  byPath(filePath: string): MapWindow<W> | undefined {
    const key = mapKey(filePath, this.platform);
    return this.open.find((e) => {
      const open = e.session.store()?.path;
      return open !== undefined && !e.win.isDestroyed() && mapKey(open, this.platform) === key;
    });
  }
}

/**
 * A window's API with the one-writer rule added: opening a map that another window has open brings that window
 * forward and changes nothing here; saving over such a map is refused (it would replace a file another window is
 * writing). The window's own map may always be opened again.
 */
export function oneWriterPerMap<W extends WindowLike>(
  api: ApiImplementation,
  self: () => MapWindow<W> | undefined,
  windows: MapWindows<W>,
  bringForward: (entry: MapWindow<W>) => void,
): ApiImplementation {
  const elsewhere = (filePath: string): MapWindow<W> | undefined => {
    const holder = windows.byPath(filePath);
    return holder && holder !== self() ? holder : undefined;
  };
  const name = (filePath: string) => path.basename(filePath);
  return {
    ...api,
    'map/open': (args) => {
      const holder = elsewhere(args.path);
      if (!holder) return api['map/open'](args);
      bringForward(holder);
      throw new ApiFailure(
        'conflict',
        `"${name(args.path)}" is already open in another Tandem window, which has been brought to the front.`,
      );
    },
    'map/saveAs': (args) => {
      if (elsewhere(args.path))
        throw new ApiFailure(
          'conflict',
          `"${name(args.path)}" is open in another Tandem window; close it there first or choose another name.`,
        );
      return api['map/saveAs'](args);
    },
  };
}
