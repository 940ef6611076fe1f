import { copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { DocumentStore } from '../../electron/services/documentStore';
import { importSurvey } from '../../electron/services/surveyImport';
import { surveyStats } from '../../electron/services/surveyStats';
import type { Command } from '../../shared/commands/types';
import { makeCard, makeLink, makePainPoint } from '../../shared/factories';
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
    else if (r < 0.85) cmd = { type: 'card/add', card: makeCard({ laneId: lane.id, stageId: stage.id, order: 200 + rnd(), title: `New ${i}` }) };
    else if (r < 0.9) cmd = { type: 'card/delete', id: card.id };
    else if (r < 0.95) cmd = card.id === other.id ? { type: 'map/update', patch: { title: `Map ${i}` } } : { type: 'link/add', link: makeLink({ fromId: card.id, toId: other.id, kind: 'support' }) };
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
  raw.transaction(() => { for (let i = 0; i < 2000; i++) insert.run(i, '{}'); })();
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
    p50: percentile(times, 50), p95: percentile(times, 95), p99: percentile(times, 99),
    baselineP95: percentile(rawTimes, 95), baselineP50: percentile(rawTimes, 50),
  };
}

/** The real import path on 100,000 rows; baseline: raw prepared inserts of the same rows in one transaction. */
export async function benchImport(mapPath: string, csvPath: string, dir: string) {
  const path = join(dir, 'survey.tandem');
  copyFileSync(mapPath, path);
  const store = DocumentStore.open(path);
  const t = process.hrtime.bigint();
  const summary = await importSurvey(store, csvPath);
  const importMs = msSince(t);
  const statsTimes: number[] = [];
  for (let i = 0; i < 5; i++) {
    const s = process.hrtime.bigint();
    surveyStats(store);
    statsTimes.push(msSince(s));
  }
  const rows = (store.database.prepare('SELECT interaction_id, respondent, touchpoint, question, value, answered_at, comment FROM survey_responses').all()) as unknown[][];
  store.close();

  rmSync(join(dir, 'rawsurvey.db'), { force: true });
  const raw = new Database(join(dir, 'rawsurvey.db'));
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = FULL');
  raw.exec(`CREATE TABLE r (id INTEGER PRIMARY KEY, interaction_id TEXT, respondent TEXT, touchpoint TEXT, question TEXT, value TEXT, answered_at TEXT, comment TEXT);
    CREATE INDEX r1 ON r(touchpoint, question, respondent); CREATE INDEX r2 ON r(interaction_id);`);
  const ins = raw.prepare('INSERT INTO r (interaction_id, respondent, touchpoint, question, value, answered_at, comment) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const values = rows.map((r) => Object.values(r as object));
  const rt = process.hrtime.bigint();
  raw.transaction(() => { for (const v of values) ins.run(...v); })();
  const rawMs = msSince(rt);
  raw.close();
  return {
    rows: summary.rows, importMs, rowsPerSecond: summary.rows / (importMs / 1000),
    baselineMs: rawMs, baselineRowsPerSecond: values.length / (rawMs / 1000), statsMs: median(statsTimes),
  };
}
