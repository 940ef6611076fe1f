// The two ways Tandem touches a file it did not make itself, made safe once: reading refuses anything that is not a
// regular file before it can block (a FIFO, /dev/zero, a socket) or mislead (a folder), and creating writes a
// complete file under a temporary name in the target folder, syncs it and only then gives it its name, so a crash
// leaves either nothing or the whole file. Every reader and writer in electron/ goes through here.
import {
  closeSync,
  constants,
  fstatSync,
  fsyncSync,
  linkSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
  type Stats,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { ApiFailure } from '../../shared/api/result';

/** What a path is, in the words a message uses. */
function describeKind(st: Stats): string | null {
  if (st.isFile()) return null;
  if (st.isDirectory()) return 'a folder';
  if (st.isFIFO()) return 'a named pipe (FIFO)';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  if (st.isSocket()) return 'a socket';
  return 'not a regular file';
}

/**
 * What is at `path`, without opening it: 'file' (a regular file, symlinks followed), 'missing', or the description
 * of anything else ('a folder', 'a named pipe (FIFO)', 'a device', 'a socket').
 */
export function fileKind(path: string): string {
  try {
    return describeKind(statSync(path)) ?? 'file';
  } catch {
    return 'missing';
  }
}

/**
 * Refuses, before anything opens it, a path that is missing or not a regular file: a read from a FIFO or a device
 * would never end, and a folder is never what was meant. Symlinks are followed: what matters is what is read.
 */
export function assertRegularFile(path: string, what = 'file'): Stats {
  let st: Stats;
  try {
    st = statSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new ApiFailure('not_found', `"${path}" does not exist.`);
    throw new ApiFailure('io', `"${path}" could not be read (${code ?? String(err)}).`);
  }
  const kind = describeKind(st);
  if (kind) throw new ApiFailure('invalid', `"${path}" is not a file: it is ${kind}, not a ${what}.`);
  return st;
}

/**
 * Opens a regular file for reading and returns its descriptor. The path is checked first, then opened with
 * O_NONBLOCK (so a FIFO swapped in after the check cannot block the open) and checked again on the descriptor.
 */
export function openRegularFile(path: string, what = 'file'): number {
  assertRegularFile(path, what);
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (err) {
    throw new ApiFailure(
      'io',
      `"${path}" could not be opened (${(err as NodeJS.ErrnoException).code ?? String(err)}).`,
    );
  }
  const kind = describeKind(fstatSync(fd));
  if (kind) {
    closeSync(fd);
    throw new ApiFailure('invalid', `"${path}" is not a file: it is ${kind}, not a ${what}.`);
  }
  return fd;
}

/** Reads a whole regular file (see openRegularFile); refuses one larger than `maxBytes`. */
export function readRegularFile(path: string, what = 'file', maxBytes = 512 * 1024 * 1024): Buffer {
  const fd = openRegularFile(path, what);
  try {
    if (fstatSync(fd).size > maxBytes)
      throw new ApiFailure('invalid', `"${path}" is larger than ${Math.round(maxBytes / 1024 / 1024)} MB.`);
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Marker in the names of Tandem's temporary files: `.<name>.tandem-tmp-<pid>-<random>`. */
const TEMP_MARK = '.tandem-tmp-';

/** The temporary name a write to `path` uses: hidden, in the same folder (so the rename is atomic), unique. */
export function tempPathFor(path: string): string {
  const random = Math.random().toString(36).slice(2, 10);
  return join(dirname(path), `.${basename(path)}${TEMP_MARK}${process.pid}-${random}`);
}

/** True for a name tempPathFor made for `path` (SQLite's -wal/-shm/-journal beside it included). */
function isTempFor(path: string, name: string): boolean {
  return name.startsWith(`.${basename(path)}${TEMP_MARK}`);
}

function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the temporary files an earlier, killed write to `path` left behind. Files of a process that is still
 * running are left alone: it may be writing them right now.
 */
function removeStaleTemps(path: string): void {
  let names: string[];
  try {
    names = readdirSync(dirname(path));
  } catch {
    return;
  }
  for (const name of names) {
    if (!isTempFor(path, name)) continue;
    const pid = Number(/^(\d+)-/.exec(name.slice(`.${basename(path)}${TEMP_MARK}`.length))?.[1]);
    if (Number.isInteger(pid) && processAlive(pid)) continue;
    rmSync(join(dirname(path), name), { force: true });
  }
}

/** Flushes a file's data to the disk. */
function fsyncPath(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Flushes a folder's entries (the new name) to the disk; platforms that cannot (Windows) skip it. */
function fsyncFolder(folder: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(folder, 'r');
    fsyncSync(fd);
  } catch {
    // Not supported here; the rename itself is still atomic.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Gives the finished temp file its name. Without `overwrite` an existing file is never replaced, even in a race. */
function publish(temp: string, path: string, overwrite: boolean): void {
  if (overwrite) {
    renameSync(temp, path);
    return;
  }
  try {
    // link() fails with EEXIST instead of replacing: creation that cannot clobber a file made meanwhile.
    linkSync(temp, path);
    rmSync(temp, { force: true });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new ApiFailure('conflict', `"${path}" already exists; choose another name.`);
    // File systems without hard links (FAT, some network shares): check, then rename.
    if (code === 'EPERM' || code === 'ENOTSUP' || code === 'EOPNOTSUPP' || code === 'ENOSYS' || code === 'EXDEV') {
      let exists = true;
      try {
        statSync(path);
      } catch {
        exists = false;
      }
      if (exists) throw new ApiFailure('conflict', `"${path}" already exists; choose another name.`);
      renameSync(temp, path);
      return;
    }
    throw err;
  }
}

/** Options of an atomic creation. */
export interface AtomicOptions {
  /** Replace a file already at `path` (exports, Save As over a map); default false: refuse with `conflict`. */
  overwrite?: boolean;
}

/** Syncs the finished temp file, gives it its name and syncs the folder. */
function finish(temp: string, path: string, opts: AtomicOptions): void {
  fsyncPath(temp);
  publish(temp, path, opts.overwrite ?? false);
  fsyncFolder(dirname(path));
}

/** Removes what is left of a temp file (after publishing, only SQLite's sidecars can be). */
function discard(temp: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(temp + suffix, { force: true });
}

/**
 * Creates `path` atomically: `build` writes the complete file at the temporary path it is given (in the same
 * folder), which is then synced and renamed (or linked) into place. A failure or a kill at any moment leaves no
 * file at `path`, or the complete one; the temp file of a failure is removed, that of a kill by the next write.
 */
export async function createAtomically<T>(
  path: string,
  build: (tempPath: string) => T | Promise<T>,
  opts: AtomicOptions = {},
): Promise<T> {
  removeStaleTemps(path);
  const temp = tempPathFor(path);
  try {
    const result = await build(temp);
    finish(temp, path, opts);
    return result;
  } finally {
    discard(temp);
  }
}

/** createAtomically for callers that cannot wait: `build` is synchronous. */
export function createAtomicallySync<T>(path: string, build: (tempPath: string) => T, opts: AtomicOptions = {}): T {
  removeStaleTemps(path);
  const temp = tempPathFor(path);
  try {
    const result = build(temp);
    finish(temp, path, opts);
    return result;
  } finally {
    discard(temp);
  }
}

/** Writes `data` to `path` atomically (see createAtomically). */
export function writeFileAtomic(path: string, data: string | Uint8Array, opts: AtomicOptions = {}): void {
  createAtomicallySync(
    path,
    (temp) => {
      const fd = openSync(temp, 'wx', 0o644);
      try {
        const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
        let written = 0;
        while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
      } finally {
        closeSync(fd);
      }
    },
    opts,
  );
}
