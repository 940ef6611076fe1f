import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import Database from 'better-sqlite3';
import { ApiFailure } from '../../shared/api/result';
import type { TandemDoc } from '../../shared/schema/document';
import {
  DamagedFile,
  EMPTY_FILE_PROBLEM,
  assertFileSize,
  migrationProblems,
  readMap,
  shapeProblems,
  structureProblems,
  verdictFailure,
  type Reading,
} from './fileVerdict';
import { LATEST_FORMAT, TANDEM_APPLICATION_ID, migrate } from './migrations';
import { readableOpenError } from './sqliteErrors';

// Judging a map file, for opening it (DocumentStore.open) and for `tandem check`: never writes to the file judged.

type Db = Database.Database;

/** Reads a file's identity and refuses anything that is not a Tandem map this build can read. */
export function assertTandemFile(db: Db, path: string): number {
  const appId = db.pragma('application_id', { simple: true }) as number;
  const version = db.pragma('user_version', { simple: true }) as number;
  if (appId !== TANDEM_APPLICATION_ID) {
    throw new ApiFailure('invalid', `"${basename(path)}" is a SQLite database but not a Tandem map.`);
  }
  if (version > LATEST_FORMAT) {
    throw new ApiFailure(
      'unsupported',
      `"${basename(path)}" was saved by a newer version of Tandem (file format ${version}; this version reads up to ${LATEST_FORMAT}). Update Tandem to open it.`,
    );
  }
  return version;
}

/**
 * The one verdict on a file, shared by opening and `tandem check`: identity and format, the map tables' row counts
 * against the limits, page integrity and foreign keys (all before anything is written to it), then — after
 * `upgrade` brings an older format up to date — the tables, their columns and every row's schema, all bounded.
 * Throws the identity failures (not a Tandem map, newer format) and anything that is not damage (busy,
 * permissions); returns the damage it found.
 */
function examine(db: Db, path: string, upgrade: () => Db): Reading {
  const version = assertTandemFile(db, path);
  // Every format has the map tables: a file past a limit is refused before the integrity check reads every page.
  const shape = version >= 1 ? shapeProblems(db, path) : [];
  if (shape.length > 0) return { ok: false, problems: shape, more: false };
  const structure = structureProblems(db, path);
  if (structure.length > 0) return { ok: false, problems: structure, more: false };
  let target = db;
  if (version < LATEST_FORMAT) {
    const failed = migrationProblems(
      path,
      () => {
        target = upgrade();
      },
      version,
      LATEST_FORMAT,
    );
    if (failed.length > 0) return { ok: false, problems: failed, more: false };
    // The upgraded tables are judged again; a file already in the latest format was judged above.
    const upgraded = shapeProblems(target, path);
    if (upgraded.length > 0) return { ok: false, problems: upgraded, more: false };
  }
  return readMap(target, path);
}

/** The document of a file examine() found sound; throws DamagedFile with the problems otherwise. */
export function soundDocument(reading: Reading, path: string): { doc: TandemDoc; revision: number } {
  if (!reading.ok) throw new DamagedFile(path, reading.problems, reading.more);
  return reading;
}

/** examine() with an older format upgraded in a private copy, so that judging a file never writes to it. */
export function examineOnCopy(db: Db, path: string): Reading {
  let folder: string | undefined;
  let copy: Db | undefined;
  try {
    return examine(db, path, () => {
      folder = mkdtempSync(join(tmpdir(), 'tandem-check-'));
      const file = join(folder, 'upgraded.tandem');
      db.prepare('VACUUM INTO ?').run(file);
      copy = new Database(file);
      migrate(copy);
      return copy;
    });
  } finally {
    copy?.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  }
}

/** The problems of a failure, as check lists them: a damaged file's each, anything else as its one message. */
function problemsOf(path: string, err: unknown): string[] {
  const failure = verdictFailure(path, err);
  return failure instanceof DamagedFile ? failure.problems : [failure.message];
}

/** Runs every check on an open database; never throws. */
export function inspect(db: Db, path: string): { ok: boolean; problems: string[]; doc?: TandemDoc } {
  try {
    const reading = examineOnCopy(db, path);
    if (!reading.ok) {
      const more = reading.more ? ['… and more problems; the check stopped listing here'] : [];
      return { ok: false, problems: [...reading.problems, ...more] };
    }
    return { ok: true, problems: [], doc: reading.doc };
  } catch (err) {
    return { ok: false, problems: problemsOf(path, err) };
  }
}

/** Checks a file without changing it: identity, format, size, integrity, foreign keys and the document schema. */
export function checkFile(path: string): { ok: boolean; problems: string[]; summary?: Record<string, number> } {
  if (!existsSync(path)) return { ok: false, problems: [`"${path}" does not exist.`] };
  try {
    if (statSync(path).size === 0) return { ok: false, problems: [EMPTY_FILE_PROBLEM] };
    assertFileSize(path);
  } catch (err) {
    return { ok: false, problems: [readableOpenError(path, err).message] };
  }
  // A read-only look at a WAL file makes SQLite create empty -wal/-shm files; a check must leave no trace.
  const sidecars = ['-wal', '-shm'].map((s) => path + s).filter((p) => !existsSync(p));
  let db: Db | undefined;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    const version = db.pragma('user_version', { simple: true }) as number;
    const { ok, problems, doc } = inspect(db, path);
    if (!ok || !doc) return { ok: false, problems };
    if (version < LATEST_FORMAT) return { ok: true, problems: [], summary: { format: version } };
    return {
      ok: true,
      problems: [],
      summary: {
        stages: doc.stages.length,
        lanes: doc.lanes.length,
        cards: doc.cards.length,
        links: doc.links.length,
        painPoints: doc.painPoints.length,
      },
    };
  } catch (err) {
    return { ok: false, problems: problemsOf(path, err) };
  } finally {
    db?.close();
    for (const p of sidecars) rmSync(p, { force: true });
  }
}
