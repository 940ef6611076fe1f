import { copyFileSync, openSync, readFileSync, statSync, truncateSync, writeSync, closeSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ApiFailure } from '../../shared/api/result';
import { createFromTemplate } from '../../shared/templates/index';
import { DocumentStore } from '../../electron/services/documentStore';
import { checkFile } from '../../electron/services/fileCheck';
import { DamagedFile } from '../../electron/services/fileVerdict';
import { tempDirPerTest } from '../helpers/tempDir';

const tempDir = tempDirPerTest();
const FORMAT_1 = fileURLToPath(new URL('../fixtures/format-1.tandem', import.meta.url));

/** Words of SQLite itself that must never reach a user. */
const RAW_SQLITE = /SQLITE_|SqliteError|no such (table|column)|btree|\*\*\*|already exists|constraint failed/i;

/** A healthy sample map, closed, in a fresh folder. */
function sampleFile(): string {
  const file = join(tempDir(), 'map.tandem');
  DocumentStore.create(file, createFromTemplate('sample')).close();
  return file;
}

/** Changes a closed map behind Tandem's back, with foreign keys off as another program would. */
function tamper(file: string, sql: (db: Database.Database) => void): void {
  const db = new Database(file);
  db.pragma('foreign_keys = OFF');
  sql(db);
  db.close();
}

/** What `tandem check` says and what opening does, for the same file; the file is unchanged by opening. */
function verdicts(file: string): { check: ReturnType<typeof checkFile>; refusal: ApiFailure } {
  const check = checkFile(file);
  const before = readFileSync(file);
  let refusal: unknown = null;
  try {
    DocumentStore.open(file).close();
  } catch (err) {
    refusal = err;
  }
  if (!(refusal instanceof ApiFailure)) throw new Error(`the file was opened, or failed untyped: ${String(refusal)}`);
  expect(readFileSync(file).equals(before), 'opening a refused file changed it').toBe(true);
  return { check, refusal };
}

/** Check and open agree: both refuse, with the same problems, in words, naming `problem`. */
function expectDamaged(file: string, problem: RegExp): void {
  const { check, refusal } = verdicts(file);
  expect(check.ok).toBe(false);
  expect(check.problems[0]).toMatch(problem);
  expect(refusal).toBeInstanceOf(DamagedFile);
  expect(refusal.code).toBe('damaged');
  expect(refusal.message).toMatch(/^"[^"]+" is damaged: /);
  expect(refusal.message).toMatch(problem);
  expect((refusal as DamagedFile).problems).toEqual(check.problems.filter((p) => !p.startsWith('…')));
  expect(refusal.message).not.toMatch(RAW_SQLITE);
  expect(check.problems.join(' ')).not.toMatch(RAW_SQLITE);
}

describe('one verdict on a file: tandem check and opening agree', () => {
  it('refuses a row that points at a row that is gone (written with foreign keys off)', () => {
    const file = sampleFile();
    tamper(file, (db) => db.prepare("UPDATE pain_points SET card_id = 'gone' WHERE rowid = 1").run());
    expectDamaged(file, /row 1 of pain_points points at a row of cards that does not exist/);
  });

  it('refuses a row whose data breaks the schema, naming the entity and the field', () => {
    const file = sampleFile();
    tamper(file, (db) => {
      const row = db.prepare('SELECT id, data FROM cards ORDER BY ord, id LIMIT 1').get() as {
        id: string;
        data: string;
      };
      db.prepare('UPDATE cards SET data = ? WHERE id = ?').run(
        JSON.stringify({ ...JSON.parse(row.data), emotion: 40 }),
        row.id,
      );
    });
    expectDamaged(file, /cards\.0\.emotion: emotion must be at most \+2/);
  });

  it('refuses a row whose data is not JSON at all', () => {
    const file = sampleFile();
    tamper(file, (db) => db.prepare("UPDATE lanes SET data = '{not json' WHERE rowid = 1").run());
    expectDamaged(file, /row \d+ of lanes is not readable \(not valid JSON\)/);
  });

  it('refuses a card whose data names a lane its row does not (references inside the data)', () => {
    const file = sampleFile();
    tamper(file, (db) => {
      const row = db.prepare('SELECT id, data FROM cards LIMIT 1').get() as { id: string; data: string };
      db.prepare('UPDATE cards SET data = ? WHERE id = ?').run(
        JSON.stringify({ ...JSON.parse(row.data), laneId: 'elsewhere' }),
        row.id,
      );
    });
    expectDamaged(file, /card "[^"]+" is in a lane that does not exist \(laneId: "elsewhere"\)/);
  });

  it('refuses a truncated file', () => {
    const file = sampleFile();
    truncateSync(file, Math.floor(statSync(file).size / 2));
    expectDamaged(file, /damaged|malformed/);
  });

  it('refuses a file with a page of its cards overwritten with garbage', () => {
    const file = sampleFile();
    const db = new Database(file, { readonly: true });
    const root = db.prepare("SELECT rootpage FROM sqlite_master WHERE name = 'cards'").pluck().get() as number;
    const pageSize = db.pragma('page_size', { simple: true }) as number;
    db.close();
    const fd = openSync(file, 'r+');
    const garbage = Buffer.alloc(pageSize, 0);
    for (let i = 0; i < pageSize; i++) garbage[i] = (i * 7919 + 13) & 0xff;
    writeSync(fd, garbage, 0, pageSize, (root - 1) * pageSize);
    closeSync(fd);
    expectDamaged(file, /database pages are damaged|database is malformed/);
  });

  it("refuses a SQLite file with another program's application id as not a Tandem map", () => {
    const file = sampleFile();
    tamper(file, (db) => db.pragma('application_id = 1234'));
    const { check, refusal } = verdicts(file);
    expect(check).toEqual({ ok: false, problems: [refusal.message] });
    expect(refusal.code).toBe('invalid');
    expect(refusal.message).toBe('"map.tandem" is a SQLite database but not a Tandem map.');
  });

  it('refuses an older file whose upgrade cannot run, where check used to say OK', () => {
    const file = join(tempDir(), 'old.tandem');
    copyFileSync(FORMAT_1, file);
    tamper(file, (db) => db.exec('CREATE TABLE survey_imports (id INTEGER PRIMARY KEY)'));
    expectDamaged(file, /its tables are not those of a Tandem map/);
  });

  it('refuses a map table without a column Tandem writes', () => {
    const file = sampleFile();
    tamper(file, (db) => db.exec('ALTER TABLE links DROP COLUMN to_id'));
    expectDamaged(file, /its links table lacks the column "to_id"/);
  });

  it('lists at most twenty problems of a file with thousands, and says there are more', () => {
    const file = sampleFile();
    tamper(file, (db) => db.exec(`UPDATE cards SET data = json_set(data, '$.emotion', 40)`));
    const { check, refusal } = verdicts(file);
    expect(check.problems).toHaveLength(21);
    expect(check.problems[20]).toMatch(/and more problems/);
    expect(refusal.message).toMatch(/; and more\. It was not opened; nothing in it was changed\.$/);
  });

  it('opens and checks a sound file, and an older sound file, alike', () => {
    const file = sampleFile();
    expect(checkFile(file)).toMatchObject({ ok: true, summary: { cards: 35 } });
    DocumentStore.open(file).close();
    const old = join(tempDir(), 'old.tandem');
    copyFileSync(FORMAT_1, old);
    expect(checkFile(old)).toMatchObject({ ok: true, summary: { format: 1 } });
    expect(readFileSync(old).equals(readFileSync(FORMAT_1))).toBe(true);
    DocumentStore.open(old).close();
  });
});
