import { statSync } from 'node:fs';
import { basename } from 'node:path';
import type Database from 'better-sqlite3';
import { ApiFailure } from '../../shared/api/result';
import { parseDocumentBounded } from '../../shared/boundedParse';
import {
  MAP_LIMITS,
  MAX_LISTED_PROBLEMS,
  MAX_TANDEM_FILE_BYTES,
  formatBytes,
  formatCount,
  mapLimitMessage,
} from '../../shared/limits';
import { COLLECTIONS, type CollectionName, type TandemDoc } from '../../shared/schema/document';
import { readableOpenError } from './sqliteErrors';
import { TABLES, selectSql } from './tables';

type Db = Database.Database;

/**
 * A map file that failed the checks `tandem check` runs: it is not opened for editing. The problems are sentences
 * a user can read (never a raw SQLite message); the code `damaged` lets the app offer recovery.
 */
export class DamagedFile extends ApiFailure {
  readonly problems: string[];
  constructor(path: string, problems: string[], more = false) {
    const shown = problems.slice(0, 3).join('; ');
    const rest = problems.length > 3 || more ? `; and ${more ? 'more' : `${problems.length - 3} more`}` : '';
    super('damaged', `"${basename(path)}" is damaged: ${shown}${rest}. It was not opened; nothing in it was changed.`);
    this.name = 'DamagedFile';
    this.problems = problems;
  }
}

/** The problem of a file of zero bytes: SQLite would read it as an empty database, which says nothing useful. */
export const EMPTY_FILE_PROBLEM =
  'it is empty (0 bytes): it may have been cut short while being saved, copied or synced';

/**
 * Refuses a file larger than MAX_TANDEM_FILE_BYTES (its write-ahead log included) before SQLite reads a page.
 * `fileSize` is the file's own size when the caller has just stat'ed it.
 */
export function assertFileSize(path: string, fileSize = statSync(path).size): void {
  let size = fileSize;
  try {
    size += statSync(`${path}-wal`).size;
  } catch {
    // No write-ahead log beside it: the file is all there is.
  }
  if (size > MAX_TANDEM_FILE_BYTES)
    throw new ApiFailure(
      'invalid',
      `"${basename(path)}" is ${formatBytes(size)}; Tandem opens map files of at most ${formatBytes(MAX_TANDEM_FILE_BYTES)}.`,
    );
}

/** Any failure met while judging a file, as the error to throw: a malformed database is a DamagedFile. */
export function verdictFailure(path: string, err: unknown): ApiFailure {
  if (err instanceof ApiFailure) return err;
  const code = (err as { code?: string }).code ?? '';
  if (code === 'SQLITE_CORRUPT' || /malformed/i.test(String(err))) {
    return new DamagedFile(path, ['the database is malformed: it may have been cut short or overwritten']);
  }
  return readableOpenError(path, err);
}

/** A SQLite failure met while examining a file, as a problem in words; failures that are not damage (busy, io) are thrown. */
function problemOf(path: string, err: unknown): string {
  if (err instanceof ApiFailure) throw err;
  const code = (err as { code?: string }).code ?? '';
  if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB' || /malformed|not a database/i.test(String(err))) {
    return 'the database is malformed: it may have been cut short or overwritten';
  }
  if (code === 'SQLITE_ERROR') return 'its tables are not those of a Tandem map';
  throw readableOpenError(path, err);
}

/**
 * Integrity of the pages and the foreign keys, each listing at most MAX_LISTED_PROBLEMS findings. Read-only:
 * nothing is written to a file that may be damaged.
 */
export function structureProblems(db: Db, path: string): string[] {
  const problems: string[] = [];
  try {
    const integrity = db.prepare(`PRAGMA integrity_check(${MAX_LISTED_PROBLEMS})`).pluck().all() as string[];
    const broken = integrity.filter((r) => r !== 'ok').length;
    if (broken > 0) {
      const count = broken >= MAX_LISTED_PROBLEMS ? `${broken} or more` : String(broken);
      problems.push(
        `its database pages are damaged (${count} faults found): it may have been cut short or overwritten`,
      );
      return problems;
    }
    for (const r of db.prepare('PRAGMA foreign_key_check').iterate() as IterableIterator<{
      table: string;
      rowid: number;
      parent: string;
    }>) {
      if (problems.length >= MAX_LISTED_PROBLEMS) break;
      problems.push(`row ${r.rowid} of ${r.table} points at a row of ${r.parent} that does not exist`);
    }
  } catch (err) {
    problems.push(problemOf(path, err));
  }
  return problems;
}

/** The collections whose tables a file of its format has: a table a later migration makes is judged after it. */
function inFormat(db: Db): CollectionName[] {
  const version = db.pragma('user_version', { simple: true }) as number;
  return COLLECTIONS.filter((c) => (TABLES[c].since ?? 1) <= version);
}

/** The map tables and the columns Tandem reads and writes in each. */
function tableProblems(db: Db): string[] {
  const problems: string[] = [];
  const tables = [{ table: 'meta', columns: ['key', 'value'] }];
  for (const c of inFormat(db))
    tables.push({ table: TABLES[c].table, columns: ['id', 'data', ...Object.keys(TABLES[c].columns)] });
  for (const { table, columns } of tables) {
    const have = new Set(db.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(table) as string[]);
    if (have.size === 0) problems.push(`its ${table} table is missing`);
    else for (const col of columns) if (!have.has(col)) problems.push(`its ${table} table lacks the column "${col}"`);
  }
  return problems;
}

/** Rows of every map table against MAP_LIMITS, counted before a single row is loaded. */
function countProblems(db: Db): string[] {
  const problems: string[] = [];
  for (const c of inFormat(db)) {
    const n = db.prepare(`SELECT count(*) FROM ${TABLES[c].table}`).pluck().get() as number;
    if (n > MAP_LIMITS[c]) problems.push(`${mapLimitMessage(c)}; this file has ${formatCount(n)}`);
  }
  return problems;
}

/**
 * The map tables, their columns and their row counts against MAP_LIMITS: cheap (no row is read), so it runs
 * before the integrity check, which reads every page of a file that may hold a million rows.
 */
export function shapeProblems(db: Db, path: string): string[] {
  try {
    const shape = tableProblems(db);
    return shape.length > 0 ? shape : countProblems(db);
  } catch (err) {
    return [problemOf(path, err)];
  }
}

/** What examining a file's map found: the document, or the problems. */
export type Reading = { ok: true; doc: TandemDoc; revision: number } | { ok: false; problems: string[]; more: boolean };

/**
 * Reads the map of a database in the latest format whose shape (shapeProblems) has been checked, bounded: every
 * row against its schema, stopping at MAX_LISTED_PROBLEMS problems.
 */
export function readMap(db: Db, path: string): Reading {
  try {
    const metaValue = db.prepare('SELECT value FROM meta WHERE key = ?').pluck();
    const problems: string[] = [];
    const json = (text: unknown, what: string): unknown => {
      try {
        return JSON.parse(String(text));
      } catch {
        problems.push(`${what} is not readable (not valid JSON)`);
        return null;
      }
    };
    const revision = Number(metaValue.get('revision') ?? 0);
    if (!Number.isInteger(revision) || revision < 0) problems.push('its revision count is not a whole number');
    const raw: Record<string, unknown> = {
      schemaVersion: Number(metaValue.get('schema_version') ?? 0),
      meta: json(metaValue.get('map') ?? 'null', 'the map settings'),
    };
    for (const c of COLLECTIONS) {
      const rows: unknown[] = [];
      let i = 0;
      for (const data of db.prepare(selectSql(TABLES[c])).pluck().iterate()) {
        i++;
        if (problems.length < MAX_LISTED_PROBLEMS) rows.push(json(data, `row ${i} of ${TABLES[c].table}`));
      }
      raw[c] = rows;
    }
    if (problems.length > 0) return { ok: false, problems, more: problems.length >= MAX_LISTED_PROBLEMS };
    const parsed = parseDocumentBounded(raw);
    if (!parsed.ok) return parsed;
    return { ok: true, doc: parsed.doc, revision };
  } catch (err) {
    return { ok: false, problems: [problemOf(path, err)], more: false };
  }
}

/** Runs a migration step, turning a failure of a damaged file's tables into a problem that says the upgrade failed. */
export function migrationProblems(path: string, run: () => void, from: number, to: number): string[] {
  try {
    run();
    return [];
  } catch (err) {
    return [`it could not be upgraded from file format ${from} to ${to} (${problemOf(path, err)})`];
  }
}
