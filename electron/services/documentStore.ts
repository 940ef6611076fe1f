import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import Database from 'better-sqlite3';
import { ApiFailure } from '../../shared/api/result';
import { applyParsedCommand, parseCommand } from '../../shared/commands/apply';
import type { Command } from '../../shared/commands/types';
import { describeIssues } from '../../shared/commands/entity';
import { findCollectionBreach } from '../../shared/bounds';
import { COLLECTIONS, tandemDocSchema, type CollectionName, type TandemDoc } from '../../shared/schema/document';
import { mapMetaSchema } from '../../shared/schema/map';
import { LATEST_FORMAT, TANDEM_APPLICATION_ID, migrate } from './migrations';
import { DamagedFile, EMPTY_FILE_PROBLEM, assertFileSize, verdictFailure } from './fileVerdict';
import { assertTandemFile, examineOnCopy, inspect, soundDocument } from './fileCheck';
import { assertRegularFile, createAtomically, createAtomicallySync } from './fileSafety';
import { readableOpenError } from './sqliteErrors';
import { TABLES, rowParams, upsertSql } from './tables';
import { VersionStore } from './versions';

type Db = Database.Database;
type Statement = Database.Statement;
type Row = Record<string, unknown>;

/** Pragmas every connection gets: durable commits, foreign keys enforced. */
function configure(db: Db): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
}

/** Which file a path names right now (device + inode), or null when nothing is there. */
function identityOf(path: string): string | null {
  try {
    const st = statSync(path);
    return `${st.dev}:${st.ino}`;
  } catch {
    return null;
  }
}

/**
 * One open .tandem file. Holds the current document in memory and commits every command to disk in one
 * transaction as it happens: there is no unsaved state.
 */
export class DocumentStore {
  readonly path: string;
  private db: Db;
  private current: TandemDoc;
  private rev: number;
  private readonly upserts = new Map<CollectionName, Statement>();
  private readonly deletes = new Map<CollectionName, Statement>();
  private readonly setMeta: Statement;
  /** Removes a private copy (openCopy) once closed. */
  private dispose: (() => void) | undefined;
  private kept: VersionStore | undefined;
  /** Device and inode of the file this store opened: another program may put a different file at its path. */
  private readonly identity: string | null;
  /** Device and inode of this connection's -wal and -shm files, taken while the file was still the one opened. */
  private sidecars: (string | null)[] = [null, null];

  private constructor(path: string, db: Db, doc: TandemDoc, revision: number) {
    this.path = path;
    this.db = db;
    this.identity = identityOf(path);
    this.noteSidecars();
    this.current = doc;
    this.rev = revision;
    for (const c of COLLECTIONS) {
      this.upserts.set(c, db.prepare(upsertSql(TABLES[c])));
      this.deletes.set(c, db.prepare(`DELETE FROM ${TABLES[c].table} WHERE id = ?`));
    }
    this.setMeta = db.prepare(
      'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
    );
  }

  /**
   * Creates a new .tandem file holding `doc`. Refuses to overwrite an existing file. The file is written complete
   * under a temporary name and then given its name (fileSafety), so a crash never leaves half a map behind.
   */
  static create(path: string, doc: TandemDoc): DocumentStore {
    if (existsSync(path)) throw new ApiFailure('conflict', `"${path}" already exists; choose another name.`);
    const parsed = tandemDocSchema.safeParse(doc);
    if (!parsed.success) throw new ApiFailure('invalid', `the map is not valid: ${describeIssues(parsed.error)}`);
    createAtomicallySync(path, (temp) => {
      let db: Db;
      try {
        db = new Database(temp);
      } catch (err) {
        throw readableOpenError(path, err);
      }
      try {
        configure(db);
        db.pragma(`application_id = ${TANDEM_APPLICATION_ID}`);
        migrate(db);
        const writer = new DocumentStore(temp, db, parsed.data, 0);
        db.transaction(() => {
          db.pragma('defer_foreign_keys = ON');
          writer.writeMeta(parsed.data, 0);
          for (const c of COLLECTIONS)
            for (const e of parsed.data[c]) writer.upserts.get(c)!.run(rowParams(TABLES[c], e as Row));
        })();
      } finally {
        // Closing checkpoints the WAL into the file: what is renamed into place is the whole map.
        db.close();
      }
    });
    let db: Db;
    try {
      db = new Database(path, { fileMustExist: true });
    } catch (err) {
      throw readableOpenError(path, err);
    }
    configure(db);
    return new DocumentStore(path, db, parsed.data, 0);
  }

  /**
   * Opens an existing .tandem file, upgrading its format if it is older. It runs every check `tandem check` runs
   * (bounded) and refuses a file that fails one with a DamagedFile error: a damaged map is never opened for editing.
   */
  static open(path: string): DocumentStore {
    const size = assertRegularFile(path, 'Tandem map').size;
    // SQLite reads zero bytes as a new, empty database: say what it really is.
    if (size === 0) throw new DamagedFile(path, [EMPTY_FILE_PROBLEM]);
    assertFileSize(path, size);
    let db: Db | undefined;
    try {
      db = new Database(path, { fileMustExist: true });
      const version = db.pragma('user_version', { simple: true }) as number;
      // Judged before anything is written: an older file is judged on an upgraded private copy first.
      const { doc, revision } = soundDocument(examineOnCopy(db, path), path);
      configure(db);
      if (version < LATEST_FORMAT) migrate(db);
      return new DocumentStore(path, db, doc, revision);
    } catch (err) {
      db?.close();
      throw verdictFailure(path, err);
    }
  }

  /**
   * Opens a private copy of a file for reading (statistics, say): the file itself is left exactly as it was, even
   * when it is in an older format that opening it for editing would upgrade. The copy goes when the store closes.
   */
  static openCopy(path: string): DocumentStore {
    assertRegularFile(path, 'Tandem map');
    const folder = mkdtempSync(join(tmpdir(), 'tandem-read-'));
    const copy = join(folder, basename(path));
    // Reading a WAL file makes SQLite create -wal/-shm files beside it: remove the ones this created.
    const sidecars = ['-wal', '-shm'].map((s) => path + s).filter((p) => !existsSync(p));
    let source: Db | undefined;
    try {
      source = new Database(path, { readonly: true, fileMustExist: true });
      assertTandemFile(source, path);
      // VACUUM INTO reads a consistent snapshot (WAL included) and writes a fresh file.
      source.prepare('VACUUM INTO ?').run(copy);
    } catch (err) {
      rmSync(folder, { recursive: true, force: true });
      throw readableOpenError(path, err);
    } finally {
      source?.close();
      for (const p of sidecars) rmSync(p, { force: true });
    }
    try {
      const store = DocumentStore.open(copy);
      store.dispose = () => rmSync(folder, { recursive: true, force: true });
      return store;
    } catch (err) {
      rmSync(folder, { recursive: true, force: true });
      throw err;
    }
  }

  /** The current document. */
  get doc(): TandemDoc {
    return this.current;
  }

  /** Number of commands committed to this file. */
  get revision(): number {
    return this.rev;
  }

  /**
   * The open connection, for the other services in electron/services that keep their own tables in the same
   * file (survey import and statistics). Map tables change only through apply(); never pass it outside the services.
   */
  get database(): Db {
    return this.db;
  }

  /** The versions kept inside this file. */
  get versions(): VersionStore {
    this.kept ??= new VersionStore(this.db);
    return this.kept;
  }

  /**
   * Checks a command that comes from outside (the command line, a script, a test) and applies it: the one parse
   * for callers that did not cross the API boundary. Throws an `invalid` CommandError for a malformed command.
   */
  apply(input: unknown): { revision: number; inverse: Command } {
    return this.applyParsed(parseCommand(input));
  }

  /**
   * Applies a command already parsed at the trust boundary (`map/apply` through the contract) and commits it in one
   * transaction; on any failure nothing changes, in memory or on disk. Never parses again.
   */
  applyParsed(cmd: Command): { revision: number; inverse: Command } {
    const before = this.current;
    const { doc, inverse } = applyParsedCommand(before, cmd);
    // A map past its limits would be refused the next time it is opened: refuse the change instead.
    const breach = findCollectionBreach(doc);
    if (breach !== null) throw new ApiFailure('invalid', `${breach}. Nothing was changed.`);
    const revision = this.rev + 1;
    this.assertSameFile();
    try {
      this.db.transaction(() => {
        this.db.pragma('defer_foreign_keys = ON');
        this.writeDiff(before, doc);
        this.setMeta.run('revision', String(revision));
      })();
    } catch (err) {
      throw readableOpenError(this.path, err);
    }
    this.current = doc;
    this.rev = revision;
    return { revision, inverse };
  }

  /** True when the file at this store's path is no longer the one it opened (replaced, moved or deleted). */
  get replaced(): boolean {
    return this.identity !== null && identityOf(this.path) !== this.identity;
  }

  /**
   * Refuses to write when the file at this store's path is no longer the one it opened (another program replaced,
   * moved or deleted it): a write would go to the old file, which the user can no longer see, while the new one is
   * left as it is. A stat per commit is cheap next to the commit's fsync. Save As still works from the connection.
   */
  assertSameFile(): void {
    if (this.identity === null) return;
    const now = identityOf(this.path);
    if (now === this.identity) {
      this.noteSidecars();
      return;
    }
    const name = basename(this.path);
    throw new ApiFailure(
      'conflict',
      now === null
        ? `"${name}" was moved or deleted by another program while open; nothing was written. Use Save As to keep your map.`
        : `"${name}" was replaced by another program while open; nothing was written to it. Use Save As to keep your map.`,
    );
  }

  /**
   * Copies the file to `dest` with SQLite's online backup (consistent even while the map is open), into a temporary
   * file that replaces `dest` only once complete.
   */
  async saveAs(dest: string): Promise<void> {
    try {
      await createAtomically(
        dest,
        async (temp) => {
          await this.db.backup(temp);
          // The file about to be replaced may have a journal of its own; it must not be applied to the copy.
          for (const s of ['-wal', '-shm']) rmSync(dest + s, { force: true });
        },
        { overwrite: true },
      );
    } catch (err) {
      throw err instanceof ApiFailure ? err : readableOpenError(dest, err);
    }
  }

  /** Integrity, foreign keys, identity and schema of the open file. */
  check(): { ok: boolean; problems: string[] } {
    const { ok, problems } = inspect(this.db, this.path);
    return { ok, problems };
  }

  /** Closes the file (checkpointing the WAL into it). */
  close(): void {
    const replaced = this.replaced;
    if (this.db.open) this.db.close();
    // SQLite keeps the log of a file that was replaced under it, beside the new file, where the next reader of that
    // file would apply it to pages that are not its own. The log is this connection's (same inode): remove it.
    if (replaced)
      ['-wal', '-shm'].forEach((suffix, i) => {
        if (this.sidecars[i] !== null && identityOf(this.path + suffix) === this.sidecars[i])
          rmSync(this.path + suffix, { force: true });
      });
    this.dispose?.();
    this.dispose = undefined;
  }

  private noteSidecars(): void {
    this.sidecars = this.sidecars.map((known, i) => identityOf(this.path + ['-wal', '-shm'][i]) ?? known);
  }

  private writeMeta(doc: TandemDoc, revision: number): void {
    this.setMeta.run('schema_version', String(doc.schemaVersion));
    this.setMeta.run('map', JSON.stringify(doc.meta));
    this.setMeta.run('revision', String(revision));
  }

  /** Writes only what changed: unchanged entities keep their object identity through applyCommand. */
  private writeDiff(before: TandemDoc, after: TandemDoc): void {
    if (before.meta !== after.meta) this.setMeta.run('map', JSON.stringify(mapMetaSchema.parse(after.meta)));
    for (const c of COLLECTIONS) {
      const prev = before[c] as Row[];
      const next = after[c] as Row[];
      if (prev === next) continue;
      const old = new Map(prev.map((e) => [e.id as string, e]));
      for (const e of next) {
        const id = e.id as string;
        if (old.get(id) !== e) this.upserts.get(c)!.run(rowParams(TABLES[c], e));
        old.delete(id);
      }
      for (const id of old.keys()) this.deletes.get(c)!.run(id);
    }
  }
}
