import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DocumentStore, checkFile } from '../../electron/services/documentStore';
import { LATEST_FORMAT, MIGRATIONS } from '../../electron/services/migrations';
import { useTempDir } from '../helpers/tempDir';

const tempDir = useTempDir();
const FORMAT_1 = fileURLToPath(new URL('../fixtures/format-1.tandem', import.meta.url));

describe('file format migrations', () => {
  it('numbers migrations 1, 2, … without gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  it('opens a format-1 file, upgrades it to the latest format and keeps the map as it was', () => {
    const path = join(tempDir(), 'old.tandem');
    copyFileSync(FORMAT_1, path);
    expect(checkFile(path)).toMatchObject({ ok: true, summary: { format: 1 } });
    const store = DocumentStore.open(path);
    expect(store.doc.meta.title).toBe('Format 1 fixture');
    expect(store.doc.cards).toHaveLength(35);
    expect(store.revision).toBe(7);
    store.close();
    const db = new Database(path, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_FORMAT);
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((t) => t.name);
    expect(tables).toEqual(expect.arrayContaining(['survey_responses', 'survey_imports', 'snapshots']));
    db.close();
  });

  it('leaves the committed fixture itself untouched', () => {
    const db = new Database(FORMAT_1, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    db.close();
  });
});
