import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DocumentStore } from '../../electron/services/documentStore';
import { TABLES } from '../../electron/services/tables';
import { COLLECTIONS } from '../../shared/schema/document';
import { REFERENCES, referenceColumn, type Reference } from '../../shared/schema/references';
import { makeMap } from '../helpers/makeMap';
import { useTempDir } from '../helpers/tempDir';

const tempDir = useTempDir();

/**
 * Foreign keys of the file that are not references between entities of the map: survey answers belong to the
 * import they came from, and both live beside the map, not in it.
 */
const OUTSIDE_THE_MAP = ['survey_responses.import_id -> survey_imports.id'];

/** The foreign keys the reference table asks for: one per single reference of a collection, on its column. */
function expectedForeignKeys(refs: readonly Reference[]): string[] {
  const out: string[] = [];
  for (const ref of refs) {
    if (ref.from === 'meta' || ref.kind !== 'single') continue;
    out.push(`${TABLES[ref.from].table}.${referenceColumn(ref)} -> ${TABLES[ref.to].table}.id`);
  }
  return [...out, ...OUTSIDE_THE_MAP].sort();
}

/** Every foreign key of every table of the file, as `table.column -> table.column`. */
function foreignKeysOf(db: Database.Database): string[] {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[];
  const out: string[] = [];
  for (const { name } of tables) {
    const fks = db.pragma(`foreign_key_list(${name})`) as { table: string; from: string; to: string }[];
    for (const fk of fks) out.push(`${name}.${fk.from} -> ${fk.table}.${fk.to}`);
  }
  return out.sort();
}

function freshFile(): Database.Database {
  const path = join(tempDir(), 'fresh.tandem');
  DocumentStore.create(path, makeMap()).close();
  return new Database(path, { readonly: true });
}

describe('the foreign keys of a .tandem file', () => {
  it('are exactly the stored references of the reference table', () => {
    const db = freshFile();
    try {
      expect(foreignKeysOf(db)).toEqual(expectedForeignKeys(REFERENCES));
    } finally {
      db.close();
    }
  });

  it('make a reference column NOT NULL exactly when the reference may not be null', () => {
    const db = freshFile();
    try {
      for (const ref of REFERENCES) {
        if (ref.from === 'meta' || ref.kind !== 'single') continue;
        const cols = db.pragma(`table_info(${TABLES[ref.from].table})`) as { name: string; notnull: number }[];
        const col = cols.find((c) => c.name === referenceColumn(ref));
        expect(col, `${ref.from}.${ref.field} has its column`).toBeDefined();
        expect(col?.notnull === 1, `${ref.from}.${ref.field} is NOT NULL`).toBe(!ref.nullable);
      }
    } finally {
      db.close();
    }
  });

  it('would disagree with a table that declares a stored reference no migration added', () => {
    const db = freshFile();
    try {
      const added: Reference = {
        kind: 'single',
        from: 'painPoints',
        field: 'ownerTeamId',
        to: 'teams',
        nullable: true,
        onDelete: 'clear',
        phrase: 'is owned by a team',
      };
      expect(foreignKeysOf(db)).not.toEqual(expectedForeignKeys([...REFERENCES, added]));
      expect(foreignKeysOf(db)).not.toEqual(expectedForeignKeys(REFERENCES.filter((r) => r.field !== 'ownerTeamId')));
    } finally {
      db.close();
    }
  });

  it('are stored by the document tables, whose reference columns come from the table', () => {
    for (const c of COLLECTIONS) {
      const stored = REFERENCES.filter((r) => r.from === c && r.kind === 'single').map(referenceColumn);
      expect(Object.keys(TABLES[c].columns), c).toEqual(expect.arrayContaining(stored));
    }
  });
});
