import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync, inflateSync } from 'node:zlib';
import type Database from 'better-sqlite3';
import { DocumentStore } from '../../electron/services/documentStore';
import type { Command } from '../../shared/commands/types';
import { makePainPoint } from '../../shared/factories';
import { compareDocs } from '../../shared/history/compare';
import { seeded } from '../fixtures/generateMap';
import { median, msSince, percentile } from './stats';

/** Bytes the versions take in the file: their table and its indexes, page by page (SQLite's dbstat). */
function versionBytes(db: Database.Database): number {
  const names = db.prepare("SELECT name FROM sqlite_master WHERE tbl_name = 'versions'").pluck().all() as string[];
  const marks = names.map(() => '?').join(', ');
  return (
    (db
      .prepare(`SELECT sum(pgsize) FROM dbstat WHERE name IN (${marks})`)
      .pluck()
      .get(...names) as number) ?? 0
  );
}

/** Bytes the rest of the file takes: the map itself, its tables and indexes (everything but the versions). */
function mapBytes(db: Database.Database): number {
  const total =
    (db.pragma('page_count', { simple: true }) as number) * (db.pragma('page_size', { simple: true }) as number);
  return total - versionBytes(db);
}

/** One small edit of a workshop: retitle a card, move it, or put a pain point on it. */
function smallEdit(store: DocumentStore, rnd: () => number, i: number): Command {
  const doc = store.doc;
  const card = doc.cards[Math.floor(rnd() * doc.cards.length)]!;
  const r = rnd();
  if (r < 0.5) return { type: 'card/update', id: card.id, patch: { title: `Edited in the workshop ${i}` } };
  if (r < 0.8) {
    const stage = doc.stages[Math.floor(rnd() * doc.stages.length)]!;
    return { type: 'card/move', id: card.id, laneId: card.laneId, stageId: stage.id, order: 100 + rnd() };
  }
  return { type: 'painPoint/add', painPoint: makePainPoint({ cardId: card.id, title: `Pain ${i}`, severity: 2 }) };
}

/**
 * Version history on the 2,000-card map (issue 12): `commands` small edits, a version kept every `every` commands.
 * Figures: keeping a version (median, p95, longest), listing the versions, opening an old one, comparing two, and
 * the file's growth per 100 versions as a share of the map's own size. Baseline, same run: what a plain whole
 * snapshot costs (JSON.stringify + deflate of the map; inflate + JSON.parse to read it back).
 */
export function benchHistory(mapPath: string, dir: string, commands = 10_000, every = 100) {
  const path = join(dir, 'history.tandem');
  copyFileSync(mapPath, path);
  const store = DocumentStore.open(path);
  const db = store.database;
  db.pragma('wal_checkpoint(TRUNCATE)');
  const mapAtStart = mapBytes(db);
  const rnd = seeded(12);
  const keepTimes: number[] = [];
  const snapshotTimes: number[] = [];
  let snapshotBytes = 0;
  let applied = 0;
  // Bounded: exactly `commands` tries, whatever each does.
  for (let i = 0; i < commands; i++) {
    try {
      store.apply(smallEdit(store, rnd, i));
      applied++;
    } catch {
      // A move onto the same place is refused before it touches the disk; the next edit goes on.
    }
    if ((i + 1) % every !== 0) continue;
    const t = process.hrtime.bigint();
    store.versions.keep(store.doc, store.revision, { reason: 'auto' });
    keepTimes.push(msSince(t));
    const b = process.hrtime.bigint();
    const snapshot = deflateSync(JSON.stringify(store.doc));
    snapshotTimes.push(msSince(b));
    snapshotBytes = snapshot.length;
  }
  db.pragma('wal_checkpoint(TRUNCATE)');
  const versions = store.versions.list();
  const stored = versionBytes(db);
  // How the bytes split between whole versions and changes: what a miss of the growth goal comes from.
  const kinds = db
    .prepare('SELECT body_kind AS kind, count(*) AS n, sum(length(body)) AS bytes FROM versions GROUP BY body_kind')
    .all() as { kind: string; n: number; bytes: number }[];
  const chain = db
    .prepare(
      "SELECT max(run) FROM (SELECT count(*) AS run FROM versions v WHERE body_kind = 'delta' GROUP BY (SELECT max(seq) FROM versions f WHERE f.body_kind = 'full' AND f.seq < v.seq))",
    )
    .pluck()
    .get() as number | null;
  const mapAtEnd = mapBytes(db);

  const runs = 15;
  const listTimes: number[] = [];
  const rawListTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    store.versions.list();
    listTimes.push(msSince(t));
    const b = process.hrtime.bigint();
    db.prepare('SELECT id, name, created_at FROM versions ORDER BY seq DESC').all();
    rawListTimes.push(msSince(b));
  }

  // The oldest version is whole: the cheapest to read. The deepest is the end of the longest chain of changes after
  // a whole version: the dearest to read, so its figures are the worst case a user meets in the History panel.
  const oldest = versions.at(-1)!;
  const deepest = db
    .prepare(
      "SELECT v.id FROM versions v ORDER BY v.seq - (SELECT max(seq) FROM versions f WHERE f.body_kind = 'full' AND f.seq <= v.seq) DESC, v.seq DESC LIMIT 1",
    )
    .pluck()
    .get() as string;
  const readTimes: number[] = [];
  const readWholeTimes: number[] = [];
  const compareWholeTimes: number[] = [];
  const compareDeepTimes: number[] = [];
  const compareTwoTimes: number[] = [];
  const compareOnlyTimes: number[] = [];
  const parseTimes: number[] = [];
  const snapshot = deflateSync(JSON.stringify(store.doc));
  for (let i = 0; i < runs; i++) {
    let t = process.hrtime.bigint();
    const deep = store.versions.read(deepest);
    readTimes.push(msSince(t));
    t = process.hrtime.bigint();
    const whole = store.versions.read(oldest.id);
    readWholeTimes.push(msSince(t));
    // What `history/compare {from, to: null}` does: read the version, compare it with the current map.
    t = process.hrtime.bigint();
    compareDocs(store.versions.read(oldest.id), store.doc);
    compareWholeTimes.push(msSince(t));
    t = process.hrtime.bigint();
    compareDocs(store.versions.read(deepest), store.doc);
    compareDeepTimes.push(msSince(t));
    t = process.hrtime.bigint();
    compareDocs(store.versions.read(oldest.id), store.versions.read(deepest));
    compareTwoTimes.push(msSince(t));
    t = process.hrtime.bigint();
    compareDocs(whole, deep);
    compareOnlyTimes.push(msSince(t));
    t = process.hrtime.bigint();
    JSON.parse(inflateSync(snapshot).toString('utf8'));
    parseTimes.push(msSince(t));
  }
  store.close();
  const per100 = (stored / versions.length) * 100;
  return {
    commands: applied,
    versions: versions.length,
    keepP50: median(keepTimes),
    keepP95: percentile(keepTimes, 95),
    keepMax: Math.max(...keepTimes),
    snapshotP50: median(snapshotTimes),
    listMs: median(listTimes),
    rawListMs: median(rawListTimes),
    readMs: median(readTimes),
    readWholeMs: median(readWholeTimes),
    parseMs: median(parseTimes),
    compareWholeMs: median(compareWholeTimes),
    compareDeepMs: median(compareDeepTimes),
    compareTwoMs: median(compareTwoTimes),
    compareOnlyMs: median(compareOnlyTimes),
    versionBytes: stored,
    kinds,
    longestChain: chain ?? 0,
    mapBytesAtStart: mapAtStart,
    mapBytesAtEnd: mapAtEnd,
    growthPer100: per100 / mapAtStart,
    snapshotGrowthPer100: (snapshotBytes * 100) / mapAtStart,
  };
}

/**
 * The growth goal as the issue words it: 100 versions of small edits, each version one small edit (a retitle, a
 * move, a pain point) after the one before. Measured on a fresh copy of the map, for the first 100 versions (which
 * include the first whole copy) and the 100 after them; as shares of the map's own size.
 */
export function benchSmallEditGrowth(mapPath: string, dir: string, versions = 100) {
  const path = join(dir, 'growth.tandem');
  copyFileSync(mapPath, path);
  const store = DocumentStore.open(path);
  const db = store.database;
  db.pragma('wal_checkpoint(TRUNCATE)');
  const mapSize = mapBytes(db);
  const rnd = seeded(7);
  const stored: number[] = [];
  let kept = 0;
  // Two rounds of `versions`: the first pays for the first whole copy, the second is what editing then costs.
  // Bounded: at most twice the versions asked for in tries (a refused move keeps nothing).
  for (let i = 0; i < versions * 4 && kept < versions * 2; i++) {
    try {
      store.apply(smallEdit(store, rnd, i));
    } catch {
      continue;
    }
    if (store.versions.keep(store.doc, store.revision, { reason: 'auto' })) kept++;
    if (kept === versions && stored.length === 0) {
      db.pragma('wal_checkpoint(TRUNCATE)');
      stored.push(versionBytes(db));
    }
  }
  db.pragma('wal_checkpoint(TRUNCATE)');
  stored.push(versionBytes(db));
  const bodies = db
    .prepare('SELECT body_kind AS kind, count(*) AS n, sum(length(body)) AS bytes FROM versions GROUP BY body_kind')
    .all() as { kind: string; n: number; bytes: number }[];
  store.close();
  const [first = 0, both = 0] = stored;
  return { kept, mapSize, firstShare: first / mapSize, nextShare: (both - first) / mapSize, bodies };
}
