import { brotliCompressSync, constants } from 'node:zlib';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DocumentStore } from '../../electron/services/documentStore';
import { createSession } from '../../electron/services/session';
import { dispatch } from '../../shared/api/dispatch';
import type { DocPatch } from '../../shared/commands/patch';
import { makeCard, makePainPoint } from '../../shared/factories';
import { exportJson } from '../../shared/render/json';
import { createFromTemplate } from '../../shared/templates/index';
import type { TandemDoc } from '../../shared/schema/document';
import { tempDirPerTest } from '../helpers/tempDir';

const tempDir = tempDirPerTest();

function newMap(): DocumentStore {
  return DocumentStore.create(join(tempDir(), 'map.tandem'), createFromTemplate('linked-cx-ex', 'Open an account'));
}

function addCard(store: DocumentStore, title: string): string {
  const doc = store.doc;
  const card = makeCard({ laneId: doc.lanes[0]!.id, stageId: doc.stages[0]!.id, title });
  store.apply({ type: 'card/add', card });
  return card.id;
}

describe('versions kept in the map file', () => {
  it('keeps a named version and reads it back exactly, after the map changed and the file was reopened', () => {
    const store = newMap();
    addCard(store, 'Fills in the form');
    const before = store.doc;
    const kept = store.versions.keep(store.doc, store.revision, { reason: 'named', name: 'Before the Kyiv workshop' });
    expect(kept).toMatchObject({ name: 'Before the Kyiv workshop', reason: 'named', revision: 1 });
    for (let i = 0; i < 5; i++) addCard(store, `Card ${i}`);
    const path = store.path;
    store.close();
    const again = DocumentStore.open(path);
    const [newest] = again.versions.list();
    expect(newest).toMatchObject({ id: kept!.id, name: 'Before the Kyiv workshop' });
    expect(again.versions.read(kept!.id)).toEqual(before);
    expect(again.doc.cards.length).toBe(before.cards.length + 5);
    again.close();
  });

  it('stores later versions as changes from the one before, each read back as the map was then', () => {
    const store = newMap();
    const states: [string, TandemDoc][] = [];
    for (let i = 0; i < 12; i++) {
      addCard(store, `Step ${i}`);
      const v = store.versions.keep(store.doc, store.revision, { reason: 'auto' });
      states.push([v!.id, store.doc]);
    }
    const db = store.database;
    const kinds = db.prepare('SELECT body_kind FROM versions ORDER BY seq').pluck().all();
    expect(kinds[0]).toBe('full');
    expect(kinds.slice(1)).toContain('delta');
    const path = store.path;
    store.close();
    const again = DocumentStore.open(path);
    for (const [id, doc] of states) expect(again.versions.read(id)).toEqual(doc);
    again.close();
  });

  it('skips an automatic version of a map that has not changed, and never a named one', () => {
    const store = newMap();
    addCard(store, 'One');
    expect(store.versions.keep(store.doc, store.revision, { reason: 'auto' })).not.toBeNull();
    expect(store.versions.keep(store.doc, store.revision, { reason: 'auto' })).toBeNull();
    expect(store.versions.keep(store.doc, store.revision, { reason: 'named', name: 'Same' })).not.toBeNull();
    expect(store.versions.list()).toHaveLength(2);
    store.close();
  });

  it('says what changed since the version before', () => {
    const store = newMap();
    store.versions.keep(store.doc, store.revision, { reason: 'named', name: 'Start' });
    const cardId = addCard(store, 'Waits at the till');
    addCard(store, 'Pays');
    store.apply({ type: 'painPoint/add', painPoint: makePainPoint({ cardId, title: 'Slow POS' }) });
    const stage = store.doc.stages[1]!;
    store.apply({ type: 'stage/update', id: stage.id, patch: { name: 'Pay' } });
    const v = store.versions.keep(store.doc, store.revision, { reason: 'auto' });
    expect(v!.changes).toEqual([
      { object: 'cards', change: 'added', count: 2 },
      { object: 'painPoints', change: 'added', count: 1 },
      { object: 'stages', change: 'renamed', count: 1 },
    ]);
    store.close();
  });
});

describe('automatic versions in a session', () => {
  it('keeps the state before the first edit, one after a stretch of editing and one on close', async () => {
    const seed = newMap();
    addCard(seed, 'Already there');
    const path = seed.path;
    seed.close();
    const events: string[] = [];
    const session = createSession({
      host: 'browser',
      version: '0',
      dataDir: tempDir(),
      emit: (e) => events.push(e),
      versions: { intervalMs: 40 },
    });
    await session.open(path);
    const store = session.store()!;
    const card = makeCard({ laneId: store.doc.lanes[0]!.id, stageId: store.doc.stages[0]!.id, title: 'New' });
    await dispatch(session.api, 'map/apply', { command: { type: 'card/add', card }, baseRevision: store.revision });
    expect(store.versions.list().map((v) => v.reason)).toEqual(['before-edit']);
    await new Promise((r) => setTimeout(r, 120));
    expect(store.versions.list().map((v) => v.reason)).toEqual(['auto', 'before-edit']);
    expect(events).toContain('history/changed');
    const card2 = makeCard({ laneId: store.doc.lanes[0]!.id, stageId: store.doc.stages[0]!.id, title: 'Later' });
    await dispatch(session.api, 'map/apply', {
      command: { type: 'card/add', card: card2 },
      baseRevision: store.revision,
    });
    session.close();
    const reopened = DocumentStore.open(path);
    expect(reopened.versions.list().map((v) => v.reason)).toEqual(['closed', 'auto', 'before-edit']);
    expect(reopened.versions.read(reopened.versions.list()[0]!.id).cards.map((c) => c.title)).toContain('Later');
    reopened.close();
  });
});

describe('restoring a version', () => {
  it('is one command, and its inverse brings the map before the restore back exactly', async () => {
    const dir = tempDir();
    const session = createSession({ host: 'browser', version: '0', dataDir: dir });
    await dispatch(session.api, 'map/new', { path: join(dir, 'm.tandem'), template: 'sample' });
    const store = session.store()!;
    addCard(store, 'Kept card');
    const saved = await dispatch(session.api, 'history/save', { name: 'Before Tuesday' });
    expect(saved.ok).toBe(true);
    const atVersion = exportJson(store.doc);
    addCard(store, 'Added after');
    store.apply({ type: 'stage/update', id: store.doc.stages[0]!.id, patch: { name: 'Renamed' } });
    const beforeRestore = exportJson(store.doc);
    const prepared = await dispatch(session.api, 'history/restore', { id: 'Before Tuesday' });
    const command = prepared.ok ? (prepared.data as { command: DocPatch | null }).command : null;
    if (command === null) throw new Error('no restore command');
    const { inverse } = store.applyParsed(command);
    expect(exportJson(store.doc)).toBe(atVersion);
    store.applyParsed(inverse);
    expect(exportJson(store.doc)).toBe(beforeRestore);
    // The state before the restore was kept too, so it outlives the undo stack.
    expect(store.versions.list().map((v) => v.reason)).toContain('before-restore');
    session.close();
  });
});

describe('versions of older files', () => {
  it('opens a format-1 file, keeps versions of it while it is edited, and reads the first as the file was', async () => {
    const path = join(tempDir(), 'old.tandem');
    copyFileSync(fileURLToPath(new URL('../fixtures/format-1.tandem', import.meta.url)), path);
    const session = createSession({ host: 'browser', version: '0', dataDir: tempDir() });
    const opened = await session.open(path);
    const store = session.store()!;
    addCard(store, 'Added after the upgrade');
    // The edit went through the store directly: the session keeps what it saw before it on close.
    await dispatch(session.api, 'map/apply', {
      command: { type: 'map/update', patch: { title: 'Upgraded' } },
      baseRevision: store.revision,
    });
    const [before] = store.versions.list();
    expect(before).toMatchObject({ reason: 'before-edit' });
    session.close();
    const again = DocumentStore.open(path);
    const versions = again.versions.list();
    expect(versions.map((v) => v.reason)).toEqual(['closed', 'before-edit']);
    const first = again.versions.read(versions[1]!.id);
    expect(first.cards).toHaveLength(opened.doc.cards.length + 1);
    expect(first.meta.title).toBe(opened.doc.meta.title);
    expect(again.versions.read(versions[0]!.id).meta.title).toBe('Upgraded');
    again.close();
  });

  it('moves a format-2 named snapshot into the versions and reads it', () => {
    const store = newMap();
    const doc = store.doc;
    const path = store.path;
    store.close();
    const db = new Database(path);
    db.exec('DROP TABLE versions');
    db.exec(
      'CREATE TABLE snapshots (id TEXT PRIMARY KEY, name TEXT NOT NULL, created_at TEXT NOT NULL, revision INTEGER NOT NULL, doc TEXT NOT NULL)',
    );
    db.prepare('INSERT INTO snapshots VALUES (?, ?, ?, ?, ?)').run(
      'snap1',
      'Old snapshot',
      '2026-01-01T10:00:00.000Z',
      0,
      JSON.stringify(doc),
    );
    db.pragma('user_version = 2');
    db.close();
    const again = DocumentStore.open(path);
    expect(again.versions.list()).toMatchObject([{ id: 'snap1', name: 'Old snapshot', reason: 'named' }]);
    expect(again.versions.read('snap1')).toEqual(doc);
    again.close();
  });
});

describe('retention over a month of editing', () => {
  it('thins automatic versions as they age, keeps named ones, and every kept version still reads as it was', () => {
    const store = newMap();
    const start = Date.parse('2026-11-01T08:00:00Z');
    const states = new Map<string, TandemDoc>();
    let named = 0;
    // 30 days, a working day of 8 hours each, a version every 20 minutes of editing: 720 versions kept in all.
    for (let day = 0; day < 30; day++) {
      for (let step = 0; step < 24; step++) {
        const now = new Date(start + day * 86_400_000 + step * 20 * 60_000);
        addCard(store, `Day ${day} step ${step}`);
        const name = step === 0 && day % 7 === 0 ? `Workshop ${day}` : null;
        if (name) named++;
        const v = store.versions.keep(store.doc, store.revision, { reason: name ? 'named' : 'auto', name, now });
        states.set(v!.id, store.doc);
      }
    }
    const end = new Date(start + 29 * 86_400_000 + 23 * 20 * 60_000);
    const list = store.versions.list();
    const ages = list.map((v) => (end.getTime() - Date.parse(v.createdAt)) / 3_600_000);
    const auto = list.filter((v) => v.reason === 'auto');
    // The last day: all 24; days 1 to 7 ago: one an hour (8 working hours a day, 6 whole days and the hours of
    // the seventh); older: one a day.
    expect(ages.filter((h) => h < 24).length).toBe(24);
    const hourly = auto.filter((v) => {
      const h = (end.getTime() - Date.parse(v.createdAt)) / 3_600_000;
      return h >= 24 && h < 168;
    });
    const hours = new Set(hourly.map((v) => v.createdAt.slice(0, 13)));
    expect(hours.size).toBe(hourly.length);
    const daily = auto.filter((v) => (end.getTime() - Date.parse(v.createdAt)) / 3_600_000 >= 168);
    const days = new Set(daily.map((v) => v.createdAt.slice(0, 10)));
    expect(days.size).toBe(daily.length);
    expect(daily.length).toBeGreaterThanOrEqual(22);
    expect(list.filter((v) => v.reason === 'named')).toHaveLength(named);
    expect(list.length).toBeLessThan(24 + 7 * 8 + 30 + named);
    // Every version that stayed reads back as the map was when it was kept, after reopening the file.
    const path = store.path;
    store.close();
    const again = DocumentStore.open(path);
    for (const v of again.versions.list()) expect(again.versions.read(v.id)).toEqual(states.get(v.id));
    again.close();
  });
});

describe('a damaged version', () => {
  it('is refused with a message naming it, and the map and the other versions still open', () => {
    const store = newMap();
    addCard(store, 'One');
    const first = store.versions.keep(store.doc, store.revision, { reason: 'named', name: 'First' })!;
    addCard(store, 'Two');
    const second = store.versions.keep(store.doc, store.revision, { reason: 'named', name: 'Second' })!;
    const doc = store.doc;
    const path = store.path;
    store.database.prepare('UPDATE versions SET body = ? WHERE id = ?').run(Buffer.from('not compressed'), second.id);
    store.close();
    const again = DocumentStore.open(path);
    expect(again.doc).toEqual(doc);
    expect(() => again.versions.read(second.id)).toThrow(`Version "${second.id}" cannot be read`);
    expect(again.versions.read(first.id).cards.map((c) => c.title)).toContain('One');
    again.close();
  });

  it('refuses a body that would inflate past the JSON limit without reading it all', () => {
    const store = newMap();
    const v = store.versions.keep(store.doc, store.revision, { reason: 'named', name: 'Bomb' })!;
    const bomb = brotliCompressSync(Buffer.alloc(80 * 1024 * 1024, 0x20), {
      params: { [constants.BROTLI_PARAM_QUALITY]: 1 },
    });
    store.database.prepare('UPDATE versions SET body = ? WHERE id = ?').run(bomb, v.id);
    const fresh = DocumentStore.open(store.path);
    expect(() => fresh.versions.read(v.id)).toThrow('cannot be read');
    fresh.close();
    store.close();
  });
});
