import { copyFileSync, existsSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DocumentStore } from '../../electron/services/documentStore';
import { checkFile } from '../../electron/services/fileCheck';
import { LATEST_FORMAT, MIGRATIONS } from '../../electron/services/migrations';
import { runCli } from '../helpers/cli';
import { tempDirPerTest } from '../helpers/tempDir';

const tempDir = tempDirPerTest();
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
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map(
      (t) => t.name,
    );
    expect(tables).toEqual(expect.arrayContaining(['survey_responses', 'survey_imports', 'versions']));
    db.close();
  });

  it('reads statistics from a format-1 file without upgrading it or leaving anything beside it', async () => {
    const dir = tempDir();
    const path = join(dir, 'old.tandem');
    copyFileSync(FORMAT_1, path);
    const before = readFileSync(path);
    const copiesBefore = readdirSync(tmpdir()).filter((f) => f.startsWith('tandem-read-')).length;
    const result = await runCli(['stats', 'old.tandem'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('No survey answers in this map yet');
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(readdirSync(dir)).toEqual(['old.tandem']);
    expect(readdirSync(tmpdir()).filter((f) => f.startsWith('tandem-read-')).length).toBe(copiesBefore);
  });

  it('reads a private copy that holds the latest commits, still in the write-ahead log', () => {
    const path = join(tempDir(), 'live.tandem');
    copyFileSync(FORMAT_1, path);
    const writer = DocumentStore.open(path);
    writer.apply({ type: 'map/update', patch: { title: 'Renamed while open' } });
    // The writer still has the file open, so the rename sits in the -wal file, not in the main file.
    const copy = DocumentStore.openCopy(path);
    expect(copy.doc.meta.title).toBe('Renamed while open');
    expect(copy.path).not.toBe(path);
    const copyPath = copy.path;
    copy.close();
    expect(existsSync(copyPath)).toBe(false);
    writer.close();
  });

  it('leaves the committed fixture itself untouched', () => {
    const db = new Database(FORMAT_1, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    db.close();
  });
});
