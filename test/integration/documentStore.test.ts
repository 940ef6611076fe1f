import { copyFileSync, readFileSync, truncateSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DocumentStore } from '../../electron/services/documentStore';
import { checkFile } from '../../electron/services/fileCheck';
import { LATEST_FORMAT, TANDEM_APPLICATION_ID } from '../../electron/services/migrations';
import { makeCard } from '../../shared/factories';
import { createFromTemplate } from '../../shared/templates/index';
import { tempDirPerTest } from '../helpers/tempDir';

const tempDir = tempDirPerTest();

function sampleStore(): { store: DocumentStore; path: string } {
  const path = join(tempDir(), 'map.tandem');
  return { store: DocumentStore.create(path, createFromTemplate('sample')), path };
}

describe('DocumentStore', () => {
  it('creates a file that identifies itself as a Tandem map in the latest format, with WAL and foreign keys', () => {
    const { store, path } = sampleStore();
    store.close();
    const db = new Database(path, { readonly: true });
    expect(db.pragma('application_id', { simple: true })).toBe(TANDEM_APPLICATION_ID);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_FORMAT);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('commits every command as it happens: a reopened file has the same document and revision', () => {
    const { store, path } = sampleStore();
    const lane = store.doc.lanes[2]!;
    const stage = store.doc.stages[0]!;
    const card = makeCard({ laneId: lane.id, stageId: stage.id, title: 'Reads the reviews', order: 9 });
    store.apply({ type: 'card/add', card });
    store.apply({ type: 'card/update', id: card.id, patch: { title: 'Reads the reviews twice', tags: ['research'] } });
    store.apply({ type: 'map/update', patch: { title: 'Checkout v2' } });
    const expected = store.doc;
    // Reopen while the first handle is still open, as a crash would leave it.
    const again = DocumentStore.open(path);
    expect(again.revision).toBe(3);
    expect(again.doc).toEqual(expected);
    again.close();
    store.close();
  });

  it('applies a delete and its undo through the file: the cascade is restored exactly', () => {
    const { store, path } = sampleStore();
    const original = store.doc;
    const buy = original.stages[1]!;
    const { inverse } = store.apply({ type: 'stage/delete', id: buy.id, cards: { mode: 'delete' } });
    expect(store.doc.cards.some((c) => c.stageId === buy.id)).toBe(false);
    store.apply(inverse);
    store.close();
    const reopened = DocumentStore.open(path);
    expect(reopened.doc).toEqual(original);
    reopened.close();
  });

  it('refuses an invalid command and leaves memory and disk unchanged', () => {
    const { store, path } = sampleStore();
    const before = store.doc;
    expect(() => store.apply({ type: 'card/update', id: 'nope', patch: { title: 'x' } })).toThrow(/does not exist/);
    expect(() => store.apply({ type: 'card/update', id: before.cards[0]!.id, patch: { emotion: 9 } })).toThrow(
      /at most/,
    );
    expect(store.doc).toBe(before);
    expect(store.revision).toBe(0);
    store.close();
    expect(DocumentStore.open(path).revision).toBe(0);
  });

  it('refuses to create over an existing file', () => {
    const { store, path } = sampleStore();
    store.close();
    expect(() => DocumentStore.create(path, createFromTemplate('blank'))).toThrow(/already exists/);
  });

  it('saves a copy with Save As that opens with the same document', async () => {
    const { store } = sampleStore();
    const copy = join(tempDir(), 'copy.tandem');
    await store.saveAs(copy);
    const opened = DocumentStore.open(copy);
    expect(opened.doc).toEqual(store.doc);
    opened.close();
    store.close();
  });
});

describe('opening files that are not healthy Tandem maps', () => {
  it('says a missing file does not exist', () => {
    expect(() => DocumentStore.open(join(tempDir(), 'none.tandem'))).toThrow(/does not exist/);
  });

  it('says a random file is not a SQLite database', () => {
    const path = join(tempDir(), 'noise.tandem');
    writeFileSync(path, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
    expect(() => DocumentStore.open(path)).toThrow(/not a Tandem map: it is not a SQLite database/);
    expect(checkFile(path).ok).toBe(false);
  });

  it('says a SQLite database from another program is not a Tandem map', () => {
    const path = join(tempDir(), 'other.tandem');
    const db = new Database(path);
    db.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)');
    db.close();
    expect(() => DocumentStore.open(path)).toThrow(/SQLite database but not a Tandem map/);
    expect(checkFile(path).problems[0]).toMatch(/not a Tandem map/);
  });

  it('refuses a file written by a newer Tandem and says to update', () => {
    const { store, path } = sampleStore();
    store.close();
    const db = new Database(path);
    db.pragma(`user_version = ${LATEST_FORMAT + 1}`);
    db.close();
    expect(() => DocumentStore.open(path)).toThrow(/newer version of Tandem/);
    expect(checkFile(path).problems.join(' ')).toMatch(/newer version/);
  });

  it('reports a truncated copy as damaged instead of crashing', () => {
    const { store, path } = sampleStore();
    store.close();
    const cut = join(tempDir(), 'cut.tandem');
    copyFileSync(path, cut);
    truncateSync(cut, Math.floor(statSync(cut).size / 2));
    const result = checkFile(cut);
    expect(result.ok).toBe(false);
    expect(result.problems.join(' ')).toMatch(/damaged|malformed|not a Tandem map/);
    expect(() => DocumentStore.open(cut)).toThrow(/damaged|malformed|not a Tandem map/);
  });

  it('reports a map whose rows break the schema as damaged, naming the problem', () => {
    const { store, path } = sampleStore();
    const cardId = store.doc.cards[0]!.id;
    store.close();
    const db = new Database(path);
    const row = db.prepare('SELECT data FROM cards WHERE id = ?').get(cardId) as { data: string };
    db.prepare('UPDATE cards SET data = ? WHERE id = ?').run(
      JSON.stringify({ ...JSON.parse(row.data), emotion: 40 }),
      cardId,
    );
    db.close();
    expect(() => DocumentStore.open(path)).toThrow(/damaged: .*emotion/);
  });

  it('checks a healthy file and summarises it', () => {
    const { store, path } = sampleStore();
    store.close();
    const result = checkFile(path);
    expect(result).toMatchObject({ ok: true, problems: [], summary: { stages: 5, lanes: 9, cards: 35 } });
    expect(existsSync(`${path}-wal`) || existsSync(`${path}-shm`)).toBe(false);
    expect(readFileSync(path).subarray(0, 15).toString()).toBe('SQLite format 3');
  });
});
