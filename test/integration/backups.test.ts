// Rolling backups and recovery, on real files in temp folders: backups are taken when a map opens sound and when a
// changed map is closed, stay few and bounded, and a damaged map — cut short, a page overwritten, an upgrade that
// fails half-way, zero bytes, replaced by another program while open — is never changed, is refused with the
// problem named, and gives back its newest good content as a copy.
import { createHash } from 'node:crypto';
import {
  closeSync,
  copyFileSync,
  existsSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  truncateSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../shared/api/dispatch';
import { makeCard } from '../../shared/factories';
import { createFromTemplate } from '../../shared/templates/index';
import {
  BACKUP_BOUNDS,
  BACKUPS_PER_MAP,
  backupFolder,
  goodBackups,
  listBackups,
  takeBackup,
} from '../../electron/services/backups';
import { DocumentStore } from '../../electron/services/documentStore';
import { createSession, type Session } from '../../electron/services/session';
import { tempDirPerTest } from '../helpers/tempDir';

const tempDir = tempDirPerTest();
const FORMAT_1 = fileURLToPath(new URL('../fixtures/format-1.tandem', import.meta.url));
const SURVEY = fileURLToPath(new URL('../fixtures/surveys/linked-survey-sample.csv', import.meta.url));

const sha256 = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');

function newSession(dataDir: string): Session {
  return createSession({ host: 'browser', version: '0.1.0', dataDir });
}

/** A sound sample map (35 cards) in a fresh folder, closed. */
function sampleFile(name = 'map.tandem'): string {
  const file = join(tempDir(), name);
  DocumentStore.create(file, createFromTemplate('sample')).close();
  return file;
}

/** Renames the open map and adds a card to it through the API, as the user would. */
async function edit(session: Session, title: string): Promise<void> {
  const store = session.store()!;
  const card = makeCard({ laneId: store.doc.lanes[0]!.id, stageId: store.doc.stages[0]!.id, title });
  for (const command of [
    { type: 'map/update', patch: { title } },
    { type: 'card/add', card },
  ]) {
    const done = await dispatch(session.api, 'map/apply', { command, baseRevision: session.store()!.revision });
    expect(done, JSON.stringify(done)).toMatchObject({ ok: true });
  }
}

/**
 * The user's history with `file`: opened (a backup of the sound file), edited to `title` with one card more, and
 * left for another map (a backup of the edit). Returns the data folder holding the backups.
 */
async function workedOn(file: string, title = 'Newest good title'): Promise<string> {
  const dataDir = tempDir();
  const session = newSession(dataDir);
  await session.open(file);
  await session.backupsSettled();
  await edit(session, title);
  await session.open(sampleFile('other.tandem'));
  await session.backupsSettled();
  session.close();
  return dataDir;
}

/** Opening `file` fails, names `problem`, leaves the file byte for byte as it was, and offers a good backup. */
async function refusedWithOffer(dataDir: string, file: string, problem: RegExp): Promise<Session> {
  const before = sha256(file);
  const session = newSession(dataDir);
  const opened = await dispatch(session.api, 'map/open', { path: file });
  expect(opened.ok).toBe(false);
  if (opened.ok) return session;
  expect(['damaged', 'invalid']).toContain(opened.error.code);
  expect(opened.error.message).toMatch(problem);
  expect(opened.error.message).not.toMatch(/SQLITE_|SqliteError/);
  expect(sha256(file)).toBe(before);
  const offer = await dispatch(session.api, 'map/backups', { path: file });
  if (!offer.ok) throw new Error(offer.error.message);
  const { backups } = offer.data as { backups: { revision: number; cards: number; title: string }[] };
  expect(backups.map((b) => [b.revision, b.cards])).toEqual([
    [2, 36],
    [0, 35],
  ]);
  expect(backups[0]!.title).toBe('Newest good title');
  return session;
}

/** Recovers the newest good backup as a copy: it opens (in the session and on its own) with the newest content. */
async function recovers(session: Session, file: string): Promise<void> {
  const before = sha256(file);
  const out = join(tempDir(), 'recovered.tandem');
  const recovered = await dispatch(session.api, 'map/recover', { path: file, out });
  expect(recovered).toMatchObject({ ok: true, data: { path: out, doc: { meta: { title: 'Newest good title' } } } });
  expect(session.store()!.path).toBe(out);
  await session.backupsSettled();
  session.close();
  expect(sha256(file)).toBe(before);
  const copy = DocumentStore.open(out);
  expect(copy.doc.meta.title).toBe('Newest good title');
  expect(copy.doc.cards).toHaveLength(36);
  copy.close();
}

describe('rolling backups', () => {
  it('backs a map up when it opens sound and when it is left with changes, and names its path and title', async () => {
    const file = sampleFile();
    const dataDir = tempDir();
    const session = newSession(dataDir);
    await session.open(file);
    await session.backupsSettled();
    expect(listBackups(dataDir, file).map((b) => b.revision)).toEqual([0]);
    await edit(session, 'Renamed');
    await session.open(sampleFile('other.tandem'));
    await session.backupsSettled();
    const good = goodBackups(dataDir, file);
    expect(good.map((b) => [b.revision, b.cards])).toEqual([
      [2, 36],
      [0, 35],
    ]);
    expect(JSON.parse(readFileSync(join(backupFolder(dataDir, file), 'about.json'), 'utf8'))).toEqual({
      path: file,
      title: 'Renamed',
    });
    // A backup is a complete, closed map: nothing of SQLite's logs is left beside it.
    expect(readdirSync(backupFolder(dataDir, file)).filter((n) => !/\.tandem$|^about\.json$/.test(n))).toEqual([]);
    session.close();
  });

  it('backs up a changed map when the app closes, and skips a backup identical to the newest', async () => {
    const file = sampleFile();
    const dataDir = tempDir();
    const first = newSession(dataDir);
    await first.open(file);
    await first.backupsSettled();
    // Reopening the same, unchanged map takes no second copy.
    await first.open(file);
    await first.backupsSettled();
    expect(listBackups(dataDir, file)).toHaveLength(1);
    await edit(first, 'Closed with changes');
    first.close();
    expect(goodBackups(dataDir, file).map((b) => [b.revision, b.title])).toEqual([
      [2, 'Closed with changes'],
      [0, 'Closed with changes'],
    ]);
    // Opened and closed again without a change: still two.
    const second = newSession(dataDir);
    await second.open(file);
    await second.backupsSettled();
    second.close();
    expect(listBackups(dataDir, file)).toHaveLength(2);
  });

  it('backs up survey answers imported since the last backup, though they change no revision', async () => {
    const file = sampleFile();
    const dataDir = tempDir();
    const session = newSession(dataDir);
    await session.open(file);
    await session.backupsSettled();
    const imported = await dispatch(session.api, 'survey/import', { path: SURVEY });
    expect(imported.ok, JSON.stringify(imported)).toBe(true);
    expect(session.store()!.revision).toBe(0);
    await session.open(sampleFile('other.tandem'));
    await session.backupsSettled();
    session.close();
    const [newest, first] = listBackups(dataDir, file);
    const answers = (backup: string) => {
      const db = new Database(backup, { readonly: true });
      const n = db.prepare('SELECT count(*) FROM survey_responses').pluck().get() as number;
      db.close();
      return n;
    };
    expect(first && answers(first.file)).toBe(0);
    expect(newest && answers(newest.file)).toBeGreaterThan(0);
  });

  it(`keeps only the newest ${BACKUPS_PER_MAP} backups of a map`, async () => {
    const file = sampleFile();
    const other = sampleFile('other.tandem');
    const dataDir = tempDir();
    const session = newSession(dataDir);
    for (let round = 1; round <= 4; round++) {
      await session.open(file);
      await edit(session, `Round ${round}`);
      await session.open(other);
    }
    await session.backupsSettled();
    session.close();
    expect(goodBackups(dataDir, file).map((b) => b.revision)).toEqual([8, 6, 4]);
    expect(readdirSync(backupFolder(dataDir, file)).filter((n) => n.endsWith('.tandem'))).toHaveLength(3);
  });

  it('keeps fewer backups of a map past its byte bound, and drops the oldest of any map past the folder bound', async () => {
    const dataDir = tempDir();
    const a = DocumentStore.open(sampleFile('a.tandem'));
    const b = DocumentStore.open(sampleFile('b.tandem'));
    const rename = (store: DocumentStore, title: string) => store.apply({ type: 'map/update', patch: { title } });
    const first = await takeBackup(dataDir, a);
    if (first.kind !== 'taken') throw new Error(JSON.stringify(first));
    const size = first.backup.bytes;
    // Room for one and a half backups per map: the newest is kept, the one before goes.
    const perMap = { ...BACKUP_BOUNDS, bytesPerMap: Math.floor(size * 1.5) };
    rename(a, 'A, second');
    expect((await takeBackup(dataDir, a, perMap)).kind).toBe('taken');
    expect(listBackups(dataDir, a.path).map((x) => x.revision)).toEqual([1]);
    // Room for three backups in the whole folder: a fourth, of another map, pushes out the oldest (a's).
    const folder = { ...BACKUP_BOUNDS, folderBytes: Math.floor(size * 3.5) };
    rename(a, 'A, third');
    await takeBackup(dataDir, a, folder);
    await takeBackup(dataDir, b, folder);
    expect(listBackups(dataDir, a.path).map((x) => x.revision)).toEqual([2, 1]);
    rename(b, 'B, second');
    await takeBackup(dataDir, b, folder);
    expect(listBackups(dataDir, a.path).map((x) => x.revision)).toEqual([2]);
    expect(listBackups(dataDir, b.path).map((x) => x.revision)).toEqual([1, 0]);
    a.close();
    b.close();
  });

  it('reports a backup that cannot be written and lets editing go on', async () => {
    const file = sampleFile();
    // A data folder that is a file: nothing can be created inside it.
    const dataDir = join(tempDir(), 'not-a-folder');
    writeFileSync(dataDir, 'x');
    const store = DocumentStore.open(file);
    const outcome = await takeBackup(dataDir, store);
    expect(outcome).toMatchObject({ kind: 'failed', message: expect.stringContaining('could not be written') });
    expect(store.apply({ type: 'map/update', patch: { title: 'Still editing' } }).revision).toBe(1);
    store.close();
    expect(DocumentStore.open(file).doc.meta.title).toBe('Still editing');
  });
});

describe('recovery of a damaged map', () => {
  it('a truncated file', async () => {
    const file = sampleFile();
    const dataDir = await workedOn(file);
    truncateSync(file, Math.floor(statSync(file).size / 2));
    await recovers(await refusedWithOffer(dataDir, file, /is damaged: .*cut short/), file);
  });

  it('a file with a page overwritten in the middle', async () => {
    const file = sampleFile();
    const dataDir = await workedOn(file);
    const db = new Database(file, { readonly: true });
    const root = db.prepare("SELECT rootpage FROM sqlite_master WHERE name = 'cards'").pluck().get() as number;
    const pageSize = db.pragma('page_size', { simple: true }) as number;
    db.close();
    const fd = openSync(file, 'r+');
    const garbage = Buffer.alloc(pageSize);
    for (let i = 0; i < pageSize; i++) garbage[i] = (i * 7919 + 13) & 0xff;
    writeSync(fd, garbage, 0, pageSize, (root - 1) * pageSize);
    closeSync(fd);
    await recovers(await refusedWithOffer(dataDir, file, /database pages are damaged|database is malformed/), file);
  });

  it('a file whose upgrade fails half-way', async () => {
    const file = sampleFile();
    const dataDir = await workedOn(file);
    // The map comes back as an old format-1 file whose upgrade breaks at its last step (another program made a
    // table of that name): the first tables of the upgrade are created, then it fails.
    copyFileSync(FORMAT_1, file);
    const db = new Database(file);
    db.exec('CREATE TABLE snapshots (id INTEGER PRIMARY KEY)');
    db.close();
    const session = await refusedWithOffer(dataDir, file, /could not be upgraded from file format 1 to \d+/);
    // Still format 1, without a table of the half-done upgrade.
    const after = new Database(file, { readonly: true });
    expect(after.pragma('user_version', { simple: true })).toBe(1);
    expect(after.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'survey_imports'").pluck().get()).toBe(0);
    after.close();
    await recovers(session, file);
  });

  it('a file of zero bytes', async () => {
    const file = sampleFile();
    const dataDir = await workedOn(file);
    truncateSync(file, 0);
    await recovers(await refusedWithOffer(dataDir, file, /is damaged: it is empty \(0 bytes\)/), file);
  });

  it('a file replaced by another program while open: nothing is written to it, Save As keeps the map', async () => {
    const file = sampleFile();
    const dataDir = tempDir();
    const session = newSession(dataDir);
    await session.open(file);
    await edit(session, 'Newest good title');
    // Another program (a sync client, say) puts its own file at the path.
    const theirs = join(tempDir(), 'theirs.tandem');
    DocumentStore.create(theirs, createFromTemplate('blank', 'Their map')).close();
    const staged = `${file}.sync`;
    copyFileSync(theirs, staged);
    renameSync(staged, file);
    const before = sha256(file);
    const refused = await dispatch(session.api, 'map/apply', {
      command: { type: 'map/update', patch: { title: 'Lost?' } },
      baseRevision: session.store()!.revision,
    });
    expect(refused).toEqual({
      ok: false,
      error: {
        code: 'conflict',
        message:
          '"map.tandem" was replaced by another program while open; nothing was written to it. Use Save As to keep your map.',
      },
    });
    expect(session.store()!.doc.meta.title).toBe('Newest good title');
    // Saving onto the same name would look like saving while writing nothing: it is refused, in words.
    expect(await dispatch(session.api, 'map/saveAs', { path: file })).toEqual({
      ok: false,
      error: {
        code: 'conflict',
        message: '"map.tandem" is no longer the file Tandem opened; save your map under another name.',
      },
    });
    const copy = join(tempDir(), 'kept.tandem');
    expect(await dispatch(session.api, 'map/saveAs', { path: copy })).toEqual({ ok: true, data: { path: copy } });
    await session.backupsSettled();
    session.close();
    expect(sha256(file)).toBe(before);
    expect(DocumentStore.open(file).doc.meta.title).toBe('Their map');
    const kept = DocumentStore.open(copy);
    expect(kept.doc.meta.title).toBe('Newest good title');
    expect(kept.doc.cards).toHaveLength(36);
    kept.close();
  });

  it('refuses to recover over an existing file or onto the damaged file, and says when there is no backup', async () => {
    const file = sampleFile();
    const dataDir = await workedOn(file);
    truncateSync(file, 0);
    const session = newSession(dataDir);
    const taken = sampleFile('taken.tandem');
    const takenBefore = sha256(taken);
    expect(await dispatch(session.api, 'map/recover', { path: file, out: taken })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringMatching(/already exists/) },
    });
    expect(sha256(taken)).toBe(takenBefore);
    expect(await dispatch(session.api, 'map/recover', { path: file, out: file })).toMatchObject({
      ok: false,
      error: { code: 'invalid', message: expect.stringMatching(/damaged file is kept as it is/) },
    });
    expect(statSync(file).size).toBe(0);
    const stranger = sampleFile('stranger.tandem');
    const out = join(tempDir(), 'never.tandem');
    expect(await dispatch(session.api, 'map/backups', { path: stranger })).toEqual({ ok: true, data: { backups: [] } });
    expect(await dispatch(session.api, 'map/recover', { path: stranger, out })).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: expect.stringMatching(/has no backup of/) },
    });
    expect(existsSync(out)).toBe(false);
    expect(await dispatch(session.api, 'map/recover', { path: file, out, backup: '../../etc/passwd' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_arguments' },
    });
    session.close();
  });

  it('passes over a backup that is itself damaged and offers the one before it', async () => {
    const file = sampleFile();
    const dataDir = await workedOn(file);
    const [newest, older] = listBackups(dataDir, file);
    truncateSync(newest!.file, 1000);
    const good = goodBackups(dataDir, file);
    expect(good.map((b) => b.id)).toEqual([older!.id]);
    expect(good[0]!.cards).toBe(35);
  });
});
