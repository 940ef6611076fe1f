import { copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { DocumentStore } from '../../electron/services/documentStore';
import { importSurvey } from '../../electron/services/surveyImport';
import { surveyStats } from '../../electron/services/surveyStats';
import { TABLES, selectSql } from '../../electron/services/tables';
import type { Command } from '../../shared/commands/types';
import { makeCard, makeLink, makePainPoint } from '../../shared/factories';
import { COLLECTIONS, tandemDocSchema } from '../../shared/schema/document';
import { seeded } from '../fixtures/generateMap';
import { median, msSince, percentile } from './stats';

/** 10,000 mixed commands through the document store, each committed; baseline: raw single-row updates. */
export function benchCommits(mapPath: string, dir: string, count = 10_000) {
  const path = join(dir, 'commits.tandem');
  copyFileSync(mapPath, path);
  const store = DocumentStore.open(path);
  const rnd = seeded(3);
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const doc = store.doc;
    const card = doc.cards[Math.floor(rnd() * doc.cards.length)]!;
    const other = doc.cards[Math.floor(rnd() * doc.cards.length)]!;
    const lane = doc.lanes[Math.floor(rnd() * doc.lanes.length)]!;
    const stage = doc.stages[Math.floor(rnd() * doc.stages.length)]!;
    const r = rnd();
    let cmd: Command;
    if (r < 0.5) cmd = { type: 'card/update', id: card.id, patch: { title: `Edited ${i}` } };
    else if (r < 0.7) cmd = { type: 'card/move', id: card.id, laneId: lane.id, stageId: stage.id, order: 100 + rnd() };
    else if (r < 0.85)
      cmd = {
        type: 'card/add',
        card: makeCard({ laneId: lane.id, stageId: stage.id, order: 200 + rnd(), title: `New ${i}` }),
      };
    else if (r < 0.9) cmd = { type: 'card/delete', id: card.id };
    else if (r < 0.95)
      cmd =
        card.id === other.id
          ? { type: 'map/update', patch: { title: `Map ${i}` } }
          : { type: 'link/add', link: makeLink({ fromId: card.id, toId: other.id, kind: 'support' }) };
    else cmd = { type: 'painPoint/add', painPoint: makePainPoint({ cardId: card.id, title: `Pain ${i}` }) };
    const t = process.hrtime.bigint();
    try {
      store.apply(cmd);
    } catch {
      continue; // a duplicate link; refused before touching the disk
    }
    times.push(msSince(t));
  }
  store.close();

  const raw = new Database(join(dir, 'raw.db'));
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = FULL');
  raw.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, data TEXT)');
  const insert = raw.prepare('INSERT INTO t (id, data) VALUES (?, ?)');
  raw.transaction(() => {
    for (let i = 0; i < 2000; i++) insert.run(i, '{}');
  })();
  const update = raw.prepare('UPDATE t SET data = ? WHERE id = ?');
  const one = raw.transaction((i: number) => update.run(`{"title":"Edited ${i}"}`, i % 2000));
  const rawTimes: number[] = [];
  for (let i = 0; i < count; i++) {
    const t = process.hrtime.bigint();
    one(i);
    rawTimes.push(msSince(t));
  }
  raw.close();
  return {
    commands: times.length,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    baselineP95: percentile(rawTimes, 95),
    baselineP50: percentile(rawTimes, 50),
  };
}

/** One import of the survey into a fresh copy of the map; returns its time and the still-open store. */
async function importOnce(mapPath: string, csvPath: string, path: string) {
  copyFileSync(mapPath, path);
  const store = DocumentStore.open(path);
  const t = process.hrtime.bigint();
  const summary = await importSurvey(store, csvPath);
  return { ms: msSince(t), summary, store };
}

/**
 * Raw prepared single-row inserts of `values` in one transaction, into a database with the map file's own pragmas
 * and its own survey tables, constraints and indexes (copied from `schemaFrom`): the only difference left from the
 * import is everything it does besides INSERT.
 */
function rawInsertMs(dbPath: string, schemaFrom: string, values: unknown[][]): number {
  rmSync(dbPath, { force: true });
  const raw = new Database(dbPath);
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = FULL');
  raw.pragma('foreign_keys = ON');
  const source = new Database(schemaFrom, { readonly: true });
  const ddl = source
    .prepare(
      "SELECT sql FROM sqlite_master WHERE tbl_name IN ('survey_imports', 'survey_responses') AND sql IS NOT NULL ORDER BY type = 'index', rowid",
    )
    .all() as { sql: string }[];
  source.close();
  raw.exec(ddl.map((d) => `${d.sql};`).join('\n'));
  raw
    .prepare(
      "INSERT INTO survey_imports (id, file_name, sha256, imported_at, row_count) VALUES (1, 'raw.csv', 'raw', '2026-01-01T00:00:00Z', ?)",
    )
    .run(values.length);
  const ins = raw.prepare(
    'INSERT INTO survey_responses (import_id, interaction_id, respondent, touchpoint, question, value, answered_at, comment) VALUES (1, ?, ?, ?, ?, ?, ?, ?)',
  );
  const rt = process.hrtime.bigint();
  raw.transaction(() => {
    for (const v of values) ins.run(...v);
  })();
  const ms = msSince(rt);
  raw.close();
  return ms;
}

/**
 * The real import path on 100,000 rows; baseline: raw prepared inserts of the same rows in one transaction.
 * Each is run three times, alternating, and the medians are compared, so one noisy run on a shared machine
 * (or the first, colder run) does not decide the ratio.
 */
export async function benchImport(mapPath: string, csvPath: string, dir: string, runs = 3) {
  const importTimes: number[] = [];
  const rawTimes: number[] = [];
  let last: Awaited<ReturnType<typeof importOnce>> | null = null;
  let values: unknown[][] = [];
  for (let i = 0; i < runs; i++) {
    last?.store.close();
    last = await importOnce(mapPath, csvPath, join(dir, `survey-${i}.tandem`));
    importTimes.push(last.ms);
    if (i === 0) {
      values = last.store.database
        .prepare(
          'SELECT interaction_id, respondent, touchpoint, question, value, answered_at, comment FROM survey_responses',
        )
        .raw()
        .all() as unknown[][];
    }
    rawTimes.push(rawInsertMs(join(dir, `rawsurvey-${i}.db`), join(dir, 'survey-0.tandem'), values));
  }
  const store = last!.store;
  const statsTimes: number[] = [];
  for (let i = 0; i < 5; i++) {
    const s = process.hrtime.bigint();
    surveyStats(store);
    statsTimes.push(msSince(s));
  }
  store.close();
  const importMs = median(importTimes);
  const rawMs = median(rawTimes);
  return {
    rows: last!.summary.rows,
    importMs,
    rowsPerSecond: last!.summary.rows / (importMs / 1000),
    baselineMs: rawMs,
    baselineRowsPerSecond: values.length / (rawMs / 1000),
    statsMs: median(statsTimes),
    importRuns: importTimes,
    baselineRuns: rawTimes,
  };
}

/**
 * Opening a map runs every check `tandem check` runs (integrity, foreign keys, counts, every row's schema).
 * Figure: DocumentStore.open + close of the 2,000-card map. Baseline, same run: what opening did before — a
 * quick_check, then every row read and the document parsed once with its schema.
 */
export function benchOpen(mapPath: string, runs = 15) {
  const openTimes: number[] = [];
  const baseTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    DocumentStore.open(mapPath).close();
    openTimes.push(msSince(t));
    const b = process.hrtime.bigint();
    const db = new Database(mapPath, { fileMustExist: true });
    db.pragma('journal_mode = WAL');
    db.pragma('quick_check', { simple: true });
    const meta = new Map(
      (db.prepare('SELECT key, value FROM meta').all() as { key: string; value: string }[]).map((r) => [
        r.key,
        r.value,
      ]),
    );
    const raw: Record<string, unknown> = {
      schemaVersion: Number(meta.get('schema_version')),
      meta: JSON.parse(meta.get('map') ?? 'null'),
    };
    for (const c of COLLECTIONS)
      raw[c] = (db.prepare(selectSql(TABLES[c])).pluck().all() as string[]).map((d) => JSON.parse(d) as unknown);
    if (!tandemDocSchema.safeParse(raw).success) throw new Error('the benchmark map does not parse');
    db.close();
    baseTimes.push(msSince(b));
  }
  return { ms: median(openTimes), baselineMs: median(baseTimes), runs: openTimes, baselineRuns: baseTimes };
}
