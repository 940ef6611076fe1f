// Rolling backups of every map Tandem opens, kept in the data folder, and recovery from them. A backup is taken
// with SQLite's own copying (the online backup API while editing goes on, VACUUM INTO when the app is closing),
// never by copying the bytes of an open database, which could catch a commit half-way. Each backup is written
// under a temporary name and renamed complete (fileSafety), so a backup that exists is whole. See
// docs/reliability.md, "Backups and recovery".
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { z } from 'zod';
import { ApiFailure } from '../../shared/api/result';
import type { DocumentStore } from './documentStore';
import { checkFile } from './fileCheck';
import { createAtomically, createAtomicallySync, writeFileAtomic } from './fileSafety';

/**
 * Backups kept per map: the newest is the state just before the damage, the older two reach past a bad edit that
 * was backed up too. More would mostly repeat what the map's version history keeps.
 */
export const BACKUPS_PER_MAP = 3;

/**
 * Bytes of backups kept per map, the newest always kept: three copies of a 2,000-card map with 100,000 survey
 * answers (about 40 MB each) fit; a giant map keeps fewer copies rather than filling the disk.
 */
export const MAX_BACKUP_BYTES_PER_MAP = 128 * 1024 * 1024;

/**
 * Bytes of the whole backups folder: the oldest backups of any map go first once it is passed. A user's data
 * folder must never grow without end because they opened many maps over the years.
 */
export const MAX_BACKUP_FOLDER_BYTES = 512 * 1024 * 1024;

/** The bounds a backup is kept within (tests pass small ones to see them at work). */
export interface BackupBounds {
  perMap: number;
  bytesPerMap: number;
  folderBytes: number;
}

/** The bounds of the app: the constants above. */
export const BACKUP_BOUNDS: BackupBounds = {
  perMap: BACKUPS_PER_MAP,
  bytesPerMap: MAX_BACKUP_BYTES_PER_MAP,
  folderBytes: MAX_BACKUP_FOLDER_BYTES,
};

/** Age after which a staged backup is taken to be left by a killed process: far longer than any backup runs. */
const STALE_STAGING_MS = 60 * 60 * 1000;

/** The `about.json` beside a map's backups: which map they are of, for a person browsing the folder and the CLI. */
const aboutSchema = z.object({ path: z.string(), title: z.string() });

/** A backup's file name: when it was taken (UTC, sortable), the map's revision, and a digest of its content. */
const BACKUP_NAME = /^(\d{8}T\d{9}Z)-r(\d+)-([0-9a-f]{12})\.tandem$/;

/** One backup of a map, as listed. */
export interface Backup {
  /** The file name inside the map's backup folder: what `map/recover` and `tandem recover --backup` name. */
  id: string;
  file: string;
  /** When it was taken (ISO 8601, UTC). */
  takenAt: string;
  revision: number;
  digest: string;
  bytes: number;
}

/** A backup that passed every check opening runs, with what it holds. */
export interface GoodBackup extends Backup {
  cards: number;
  title: string;
}

/** The folder all backups live in. */
export function backupsRoot(dataDir: string): string {
  return join(dataDir, 'backups');
}

/** The folder of one map's backups: a short hash of its absolute path, so any path gives a safe, fixed-size name. */
export function backupFolder(dataDir: string, mapPath: string): string {
  const key = createHash('sha256').update(mapPath).digest('hex').slice(0, 16);
  return join(backupsRoot(dataDir), key);
}

/** `20261203T140512345Z` for a moment: sorts as it reads, and is a valid file name everywhere. */
function stamp(at: Date): string {
  return at.toISOString().replace(/[-:.]/g, '');
}

function isoOf(stampText: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z$/.exec(stampText);
  return m ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7]}Z` : stampText;
}

/**
 * A digest of the map's content, so that a backup identical to the newest is not taken twice: the document and
 * the survey imports (answers are imported without a command, so the revision alone does not see them).
 */
function digestOf(store: DocumentStore): string {
  const imports = store.database.prepare('SELECT group_concat(sha256) FROM survey_imports').pluck().get();
  return createHash('sha256')
    .update(JSON.stringify(store.doc))
    .update(String(imports ?? ''))
    .digest('hex')
    .slice(0, 12);
}

/**
 * How many rows this connection has changed since it opened: commands and survey imports alike. The session
 * compares it with its value at the last backup to know whether a map changed since.
 */
export function changeCount(store: DocumentStore): number {
  return store.database.prepare('SELECT total_changes()').pluck().get() as number;
}

/** Every backup of one map, newest first (none when the folder does not exist). */
export function listBackups(dataDir: string, mapPath: string): Backup[] {
  const folder = backupFolder(dataDir, mapPath);
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  const out: Backup[] = [];
  for (const id of names) {
    const m = BACKUP_NAME.exec(id);
    if (!m) continue;
    const file = join(folder, id);
    let bytes = 0;
    try {
      bytes = statSync(file).size;
    } catch {
      continue;
    }
    out.push({ id, file, takenAt: isoOf(m[1]!), revision: Number(m[2]), digest: m[3]!, bytes });
  }
  return out.sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
}

/** The title the map had when it was last backed up ('' when unknown). */
function titleOf(dataDir: string, mapPath: string): string {
  try {
    const about = aboutSchema.safeParse(
      JSON.parse(readFileSync(join(backupFolder(dataDir, mapPath), 'about.json'), 'utf8')),
    );
    return about.success ? about.data.title : '';
  } catch {
    return '';
  }
}

/**
 * The backups of a map that pass every check opening a map runs, newest first: the ones worth offering. A backup
 * that is itself damaged (a failing disk) is passed over, never offered.
 */
export function goodBackups(dataDir: string, mapPath: string): GoodBackup[] {
  const title = titleOf(dataDir, mapPath);
  const out: GoodBackup[] = [];
  for (const b of listBackups(dataDir, mapPath)) {
    const verdict = checkFile(b.file);
    if (verdict.ok) out.push({ ...b, cards: verdict.summary?.cards ?? 0, title });
  }
  return out;
}

/** How taking a backup ended; a failure is reported, never thrown into the user's edit. */
export type BackupOutcome =
  | { kind: 'taken'; backup: Backup }
  | { kind: 'skipped'; reason: string }
  | { kind: 'failed'; message: string };

/**
 * Where a backup of `store` is first written, or why none is needed: one identical to the newest (same revision and
 * content) is not taken twice. The staging name is this process's own, so two running Tandems never share one.
 */
function staging(dataDir: string, store: DocumentStore): string | { skipped: string } {
  const newest = listBackups(dataDir, store.path)[0];
  if (newest && newest.revision === store.revision && newest.digest === digestOf(store))
    return { skipped: 'the newest backup already holds this state' };
  const folder = backupFolder(dataDir, store.path);
  mkdirSync(folder, { recursive: true });
  return join(folder, `staging-${process.pid}.tandem`);
}

/**
 * Gives a complete staged backup its name, from the revision and content the copy ended with (the online backup
 * follows edits made while it runs), then prunes the others to the bounds and notes the map's path and title.
 */
function place(dataDir: string, store: DocumentStore, staged: string, bounds: BackupBounds): Backup {
  const folder = backupFolder(dataDir, store.path);
  const target = join(folder, `${stamp(new Date())}-r${store.revision}-${digestOf(store)}.tandem`);
  renameSync(staged, target);
  writeFileAtomic(
    join(folder, 'about.json'),
    `${JSON.stringify({ path: store.path, title: store.doc.meta.title }, null, 2)}\n`,
    { overwrite: true },
  );
  return finishBackup(dataDir, store.path, target, bounds);
}

/**
 * Puts a finished backup in rollback-journal mode: a backup copies the map's WAL mode, and reading a WAL file,
 * even read-only, leaves -wal and -shm files beside it. A backup is only ever read, so it needs neither.
 */
function settle(temp: string): void {
  const db = new Database(temp);
  try {
    db.pragma('journal_mode = DELETE');
  } finally {
    db.close();
  }
}

/** A failure of a backup, in words, for the log. */
function failureOf(store: DocumentStore, err: unknown): BackupOutcome {
  // The map was closed under a running backup (the app quitting, which backs up on its own): nothing went wrong.
  if (!store.database.open) return { kind: 'skipped', reason: 'the map was closed while it was being backed up' };
  const reason = err instanceof Error ? err.message : String(err);
  return { kind: 'failed', message: `The backup of "${store.path}" could not be written: ${reason}` };
}

/**
 * Takes a backup of an open map with SQLite's online backup API, which copies a few pages at a time between
 * turns of the event loop, so editing goes on meanwhile. Skips one identical to the newest; then keeps the
 * number and size of the backups within their bounds. Never throws.
 */
export async function takeBackup(
  dataDir: string,
  store: DocumentStore,
  bounds: BackupBounds = BACKUP_BOUNDS,
): Promise<BackupOutcome> {
  try {
    const staged = staging(dataDir, store);
    if (typeof staged !== 'string') return { kind: 'skipped', reason: staged.skipped };
    await createAtomically(
      staged,
      async (temp) => {
        await store.database.backup(temp);
        settle(temp);
      },
      { overwrite: true },
    );
    // No other task runs between the copy's end and this line: the store still holds what was copied.
    return { kind: 'taken', backup: place(dataDir, store, staged, bounds) };
  } catch (err) {
    return failureOf(store, err);
  }
}

/**
 * takeBackup for a map being closed when the app cannot wait (quitting): VACUUM INTO writes a consistent
 * snapshot of the database (its write-ahead log included) to a new file in one synchronous step. Never throws.
 */
export function takeBackupNow(
  dataDir: string,
  store: DocumentStore,
  bounds: BackupBounds = BACKUP_BOUNDS,
): BackupOutcome {
  try {
    const staged = staging(dataDir, store);
    if (typeof staged !== 'string') return { kind: 'skipped', reason: staged.skipped };
    createAtomicallySync(
      staged,
      (temp) => {
        store.database.prepare('VACUUM INTO ?').run(temp);
        settle(temp);
      },
      { overwrite: true },
    );
    return { kind: 'taken', backup: place(dataDir, store, staged, bounds) };
  } catch (err) {
    return failureOf(store, err);
  }
}

/** The backup just written, as listed, after pruning the others to the bounds. */
function finishBackup(dataDir: string, mapPath: string, target: string, bounds: BackupBounds): Backup {
  pruneMap(dataDir, mapPath, bounds);
  pruneFolder(dataDir, target, bounds.folderBytes);
  const backup = listBackups(dataDir, mapPath).find((b) => b.file === target);
  if (!backup) throw new Error('the backup was removed at once to keep the backups folder within its size');
  return backup;
}

/** Keeps the newest `perMap` backups of a map, fewer when they pass `bytesPerMap`; never the newest. */
function pruneMap(dataDir: string, mapPath: string, bounds: BackupBounds): void {
  const folder = backupFolder(dataDir, mapPath);
  // A staged copy (or its hidden temp files) of a process killed half-way; a running backup ends within minutes.
  for (const name of readdirSync(folder)) {
    const staged = join(folder, name);
    if (/^\.?staging-\d+\.tandem/.test(name) && Date.now() - statSync(staged).mtimeMs > STALE_STAGING_MS)
      rmSync(staged, { force: true });
  }
  let bytes = 0;
  let kept = 0;
  for (const b of listBackups(dataDir, mapPath)) {
    const fits = kept < bounds.perMap && bytes + b.bytes <= bounds.bytesPerMap;
    if (kept === 0 || fits) {
      kept++;
      bytes += b.bytes;
    } else rmSync(b.file, { force: true });
  }
}

/** Removes the oldest backups of any map until the whole folder is within `limit` bytes; `keep` stays. */
function pruneFolder(dataDir: string, keep: string, limit: number): void {
  const root = backupsRoot(dataDir);
  const all: { file: string; id: string; bytes: number }[] = [];
  for (const key of readdirSync(root)) {
    let names: string[];
    try {
      names = readdirSync(join(root, key));
    } catch {
      continue;
    }
    for (const id of names) {
      if (!BACKUP_NAME.test(id)) continue;
      const file = join(root, key, id);
      try {
        all.push({ file, id, bytes: statSync(file).size });
      } catch {
        // Removed meanwhile by another Tandem: nothing to count.
      }
    }
  }
  let total = all.reduce((sum, b) => sum + b.bytes, 0);
  // Oldest first across every map: the name starts with the moment it was taken.
  for (const b of all.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0))) {
    if (total <= limit) break;
    if (b.file === keep) continue;
    rmSync(b.file, { force: true });
    total -= b.bytes;
  }
}

/**
 * Writes a good backup of `mapPath` to `out` as a new file and returns what it holds: the newest good one, or the
 * one named by `id`. Refuses an existing `out`; reads only the backups folder, so the damaged original is never
 * opened, let alone written.
 */
export async function recoverBackup(dataDir: string, mapPath: string, out: string, id?: string): Promise<GoodBackup> {
  const good = goodBackups(dataDir, mapPath);
  if (good.length === 0) {
    const all = listBackups(dataDir, mapPath).length;
    throw new ApiFailure(
      'not_found',
      all === 0
        ? `Tandem has no backup of "${mapPath}" in ${backupsRoot(dataDir)}.`
        : `None of the ${all} backups of "${mapPath}" passes the checks: each is damaged too.`,
    );
  }
  const chosen = id === undefined ? good[0]! : good.find((b) => b.id === id);
  if (!chosen)
    throw new ApiFailure('not_found', `"${id}" is not a good backup of "${mapPath}"; list them with map/backups.`);
  const source = new Database(chosen.file, { readonly: true, fileMustExist: true });
  try {
    await createAtomically(out, async (temp) => {
      await source.backup(temp);
    });
  } finally {
    source.close();
  }
  return chosen;
}
