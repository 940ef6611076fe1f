// Which paths a window may name. The renderer is the least trusted part of Tandem (it shows user text and, in the
// browser host, is reachable by anything holding the token), so a path it sends reaches a service only when the
// user chose that file: in Electron through a native dialog, the OS, the recent list or the data folder; in the
// browser host inside the served map's folder or the data folder. See docs/reliability.md, "Files".
import { realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, normalize, relative, resolve, sep } from 'node:path';
import type { ApiImplementation } from '../../shared/api/contract';
import { ApiFailure } from '../../shared/api/result';
import { assertRegularFile } from './fileSafety';
import { RecentFiles } from './recentFiles';

/** What a path is wanted for: each grant is for one use only. */
export type PathUse = 'open-map' | 'create-map' | 'read-survey' | 'export' | 'reveal';

/** Decides whether the window may name a path for a use. */
export interface FileAccess {
  /** The absolute path to use for `given`, or an ApiFailure `forbidden` (nothing else happens). */
  check(use: PathUse, given: string): string;
  /** Remembers a path the user picked in a native dialog (or that Tandem itself wrote) as allowed for `use`. */
  grant(use: PathUse, path: string): void;
}

const forbidden = (message: string): ApiFailure => new ApiFailure('forbidden', message);

/** The path as the services will use it: absolute, without `..` segments, without NUL bytes. */
function plainAbsolute(given: string): string {
  if (given.includes('\u0000')) throw forbidden('A file path cannot contain a NUL character.');
  if (!isAbsolute(given)) throw forbidden(`"${given}" is not a full path (it must start at the root of a drive).`);
  if (given.split(/[\\/]/).includes('..'))
    throw forbidden(`"${given}" climbs out of its folder with ".."; give the path without it.`);
  return normalize(given);
}

/** `path` with its symlinks resolved as far as it exists; the part that does not exist yet is kept as written. */
function realPathSoFar(path: string): string {
  let head = path;
  const tail: string[] = [];
  for (;;) {
    try {
      return join(realpathSync(head), ...tail);
    } catch {
      const up = dirname(head);
      if (up === head) return path;
      tail.unshift(basename(head));
      head = up;
    }
  }
}

/** True when `path` lies strictly inside `folder` (both already absolute and real). */
function within(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel);
}

/** True when `path`, symlinks resolved, lies inside one of `folders` (symlinks resolved too). */
function insideFolders(path: string, folders: readonly string[]): boolean {
  const real = realPathSoFar(path);
  return folders.some((f) => within(realPathSoFar(resolve(f)), real));
}

/** What must hold of the file itself: read uses need a regular file; write uses must not replace a special one. */
function checkFileKind(use: PathUse, path: string): void {
  if (use === 'open-map') assertRegularFile(path, 'Tandem map');
  else if (use === 'read-survey') assertRegularFile(path, 'survey file');
  else if (use === 'reveal') assertRegularFile(path, 'file');
  else {
    try {
      assertRegularFile(path, use === 'export' ? 'file to replace' : 'Tandem map');
    } catch (err) {
      // A target that does not exist yet is what creating is for.
      if (!(err instanceof ApiFailure && err.code === 'not_found')) throw err;
    }
  }
}

/**
 * The browser host's rule: paths only inside `folders` (the served map's folder and the data folder, subfolders
 * included), with no `..` and no symlink leading out. Files come from elsewhere by upload and leave by download.
 */
export function folderAccess(folders: readonly string[]): FileAccess {
  const roots = folders.map((f) => resolve(f));
  return {
    check(use, given) {
      const path = plainAbsolute(given);
      if (!insideFolders(path, roots)) {
        throw forbidden(
          `"${given}" is outside the folders this page may use (${roots.join(' and ')}); in the browser, files from elsewhere come in by upload and leave by download.`,
        );
      }
      checkFileKind(use, path);
      return path;
    },
    grant() {
      // No dialogs here: nothing is granted beyond the folders.
    },
  };
}

/**
 * Electron's rule: a granted-paths registry in the main process. A path is allowed for a use when a native dialog
 * returned it for that use, when it is on the recent list (to open), or when it lies in the data folder.
 */
export function grantedAccess(dataDir: string): FileAccess & { granted(use: PathUse, path: string): boolean } {
  const granted = new Map<PathUse, Set<string>>();
  const recent = new RecentFiles(dataDir);
  const isGranted = (use: PathUse, path: string): boolean =>
    granted.get(use)?.has(path) === true ||
    (use === 'reveal' && [...granted.values()].some((s) => s.has(path))) ||
    ((use === 'open-map' || use === 'reveal') && recent.list().some((r) => r.path === path)) ||
    insideFolders(path, [dataDir]);
  return {
    check(use, given) {
      const path = plainAbsolute(given);
      if (!isGranted(use, path)) {
        throw forbidden(
          `"${given}" was not chosen in a file dialog; Tandem only opens and writes files you picked. Choose it with Open, Save As or Export… › Choose….`,
        );
      }
      checkFileKind(use, path);
      return path;
    },
    grant(use, path) {
      const set = granted.get(use) ?? new Set<string>();
      set.add(normalize(path));
      granted.set(use, set);
    },
    granted: isGranted,
  };
}

/**
 * The API as a window may call it: every call naming a path first passes `access`; the dialogs grant what the
 * user picked; the recent list shows only what may be opened. Everything else is passed through unchanged.
 */
export function guardApi(api: ApiImplementation, access: FileAccess): ApiImplementation {
  /** True when the rules let the window name `path` as a map, whether or not the file is still there. */
  const mayName = (path: string): boolean => {
    try {
      access.check('open-map', path);
      return true;
    } catch (err) {
      return err instanceof ApiFailure && err.code === 'not_found';
    }
  };
  return {
    ...api,
    'map/open': ({ path }) => api['map/open']({ path: access.check('open-map', path) }),
    'map/new': (args) => api['map/new']({ ...args, path: access.check('create-map', args.path) }),
    'map/saveAs': ({ path }) => api['map/saveAs']({ path: access.check('create-map', path) }),
    // The map whose backups are asked for is one the window could open; the copy goes where it could create one.
    'map/backups': ({ path }) => api['map/backups']({ path: access.check('open-map', path) }),
    'map/recover': (args) =>
      api['map/recover']({
        ...args,
        path: access.check('open-map', args.path),
        out: access.check('create-map', args.out),
      }),
    // A map that is gone stays listed (marked missing) when the window could have opened it where it was.
    'recent/list': async () => (await api['recent/list']({})).filter((r) => mayName(r.path)),
    'recent/remove': ({ path }) => {
      if (!mayName(path)) throw forbidden(`"${path}" is not on the list of maps this window may open.`);
      return api['recent/remove']({ path });
    },
    'dialog/open': async (args) => {
      const picked = await api['dialog/open'](args);
      // Other filters than the default open a file to read (a survey), not a map.
      if (picked.path) access.grant(args.filters ? 'read-survey' : 'open-map', picked.path);
      return picked;
    },
    'dialog/save': async (args) => {
      const picked = await api['dialog/save'](args);
      if (picked.path) access.grant(args.filters ? 'export' : 'create-map', picked.path);
      return picked;
    },
    'shell/reveal': ({ path }) => api['shell/reveal']({ path: access.check('reveal', path) }),
    'survey/import': (args) => api['survey/import']({ ...args, path: access.check('read-survey', args.path) }),
    'survey/preview': ({ path }) => api['survey/preview']({ path: access.check('read-survey', path) }),
    'survey/review': (args) => api['survey/review']({ ...args, path: access.check('read-survey', args.path) }),
    'export/run': async (req) => {
      const result = await api['export/run']({ ...req, path: access.check('export', req.path) });
      // What an export wrote (tiles, the actions CSV beside the pain points) may be shown in its folder.
      for (const file of result.files) access.grant('reveal', file);
      return result;
    },
  };
}
