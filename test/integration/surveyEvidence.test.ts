import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DocumentStore } from '../../electron/services/documentStore';
import { MIGRATIONS, TANDEM_APPLICATION_ID } from '../../electron/services/migrations';
import { createSession } from '../../electron/services/session';
import { importSurvey } from '../../electron/services/surveyImport';
import { listImports, removeImport, restoreImport } from '../../electron/services/surveyImports';
import { reviewSurvey } from '../../electron/services/surveyReview';
import { surveyStats } from '../../electron/services/surveyStats';
import { dispatch } from '../../shared/api/dispatch';
import { painPointsCsv } from '../../shared/render/registerCsv';
import { createFromTemplate } from '../../shared/templates';
import { tempDirPerTest } from '../helpers/tempDir';

const tempDir = tempDirPerTest();
const SAMPLE = fileURLToPath(new URL('../fixtures/surveys/linked-survey-sample.csv', import.meta.url));
const HEADER = 'interaction_id,respondent,touchpoint,question,value,answered_at,comment';
const lines = (...rows: string[]): string => `${[HEADER, ...rows].join('\n')}\n`;

function sampleStore(): DocumentStore {
  return DocumentStore.create(join(tempDir(), 'map.tandem'), createFromTemplate('sample'));
}

function csv(content: string, name = 'responses.csv'): string {
  const path = join(tempDir(), name);
  writeFileSync(path, content);
  return path;
}

/** Every stored answer, as the statistics read them, in a stable order. */
function answers(store: DocumentStore): unknown[] {
  return store.database
    .prepare(
      'SELECT import_id, interaction_id, respondent, touchpoint, question, value, answered_at, comment FROM survey_responses ORDER BY import_id, interaction_id, respondent, touchpoint, question',
    )
    .all();
}

const failure = (p: Promise<unknown>): Promise<Error> =>
  p.then(
    () => {
      throw new Error('expected a refusal');
    },
    (e: unknown) => e as Error,
  );

describe('reviewing a survey file before it is imported', () => {
  it('gives answers and interactions per touchpoint key, which keys match a card, and the dates; writes nothing', async () => {
    const store = sampleStore();
    const review = await reviewSurvey(store, SAMPLE);
    expect(review).toMatchObject({
      fileName: 'linked-survey-sample.csv',
      answers: 604,
      interactions: { total: 64, customer: 64, employee: 55 },
      dates: { from: expect.stringMatching(/^2026-10-/), to: expect.stringMatching(/^2026-10-/) },
      sameFile: null,
    });
    const byKey = Object.fromEntries(review.touchpoints.map((t) => [t.key, t]));
    expect(Object.keys(byKey).sort()).toEqual(['delivery', 'install', 'order_online', 'support_chat', 'unknown_step']);
    expect(byKey.install).toMatchObject({ answers: 188, card: { title: expect.any(String) } });
    expect(byKey.unknown_step).toMatchObject({ answers: 30, card: null });
    // Matched keys first, the unmatched one last.
    expect(review.touchpoints.at(-1)!.key).toBe('unknown_step');
    expect(listImports(store.database)).toEqual([]);
    expect(answers(store)).toEqual([]);
    store.close();
  });

  it('refuses the pain point register CSV as not a survey, with the reason, before proposing any mapping', async () => {
    const store = sampleStore();
    const register = csv(painPointsCsv(store.doc), 'pain-points.csv');
    const review = await failure(reviewSurvey(store, register));
    expect(review.message).toMatch(
      /^"pain-points\.csv" is not a survey file: it has no column naming the interaction each answer is about/,
    );
    expect(review.message).toContain(
      'Its columns are Rank, Priority, Pain point, Card, Stage, Lane, Side, Severity and 8 more.',
    );
    const imported = await failure(importSurvey(store, register));
    expect(imported.message).toBe(review.message);
    expect(listImports(store.database)).toEqual([]);
    store.close();
  });

  it('offers an earlier import of the same file as the one to replace', async () => {
    const store = sampleStore();
    const first = await importSurvey(store, SAMPLE);
    const again = await reviewSurvey(store, SAMPLE);
    expect(again.sameFile).toMatchObject({
      importId: first.importId,
      fileName: 'linked-survey-sample.csv',
      identical: true,
    });
    const renamed = csv(
      readFileSync(SAMPLE, 'utf8').replace('T00040,employee,install,proud,n', 'T00040,employee,install,proud,y'),
      'linked-survey-sample.csv',
    );
    expect((await reviewSurvey(store, renamed)).sameFile).toMatchObject({ importId: first.importId, identical: false });
    store.close();
  });
});

describe('assigning unmatched keys and importing anyway', () => {
  it('stores an assigned key under its card and keeps an unassigned one with card null in the statistics', async () => {
    const store = sampleStore();
    const file = csv(lines('A1,customer,till,nps,10,2026-10-01,', 'A2,customer,lobby,nps,0,2026-10-01,'));
    const summary = await importSurvey(store, file, { assign: { till: 'install' } });
    expect(summary.unknownTouchpoints).toEqual(['lobby']);
    const stats = surveyStats(store);
    const install = stats.touchpoints.find((t) => t.key === 'install')!;
    expect(install.card).not.toBeNull();
    expect(install.metrics.nps).toBe(100);
    expect(stats.touchpoints.find((t) => t.key === 'lobby')).toMatchObject({ card: null, metrics: { nps: -100 } });
    expect(stats.touchpoints.some((t) => t.key === 'till')).toBe(false);
    expect(listImports(store.database)[0]!.assignments).toEqual({ till: 'install' });
    store.close();
  });

  it('refuses an assignment to a key no card has, and changes nothing', async () => {
    const store = sampleStore();
    const file = csv(lines('A1,customer,till,nps,10,,'));
    const err = await failure(importSurvey(store, file, { assign: { till: 'no_such_card' } }));
    expect(err.message).toBe('No card has the key "no_such_card" that "till" is assigned to; nothing was changed.');
    expect(listImports(store.database)).toEqual([]);
    store.close();
  });
});

describe('removing, restoring and replacing an import', () => {
  it('removes an import with its answers, and Undo brings back exactly the same answers under the same id', async () => {
    const store = sampleStore();
    const keep = await importSurvey(store, csv(lines('K1,customer,install,nps,7,2026-09-01,kept'), 'keep.csv'));
    const first = await importSurvey(store, SAMPLE);
    const before = answers(store);
    const listed = listImports(store.database);
    const npsBefore = surveyStats(store).stages.map((s) => s.metrics.nps);

    const removed = removeImport(store.database, first.importId);
    expect(removed).toMatchObject({ id: first.importId, answers: 604, interactions: 64 });
    expect(listImports(store.database).map((i) => i.id)).toEqual([keep.importId]);
    expect(answers(store)).toHaveLength(1);

    // A new import meanwhile takes a fresh id, never the removed one's.
    const other = await importSurvey(store, csv(lines('N1,customer,delivery,nps,9,,'), 'new.csv'));
    expect(other.importId).toBeGreaterThan(first.importId);
    removeImport(store.database, other.importId);

    restoreImport(store.database, first.importId);
    expect(answers(store)).toEqual(before);
    expect(listImports(store.database)).toEqual(listed);
    expect(surveyStats(store).stages.map((s) => s.metrics.nps)).toEqual(npsBefore);
    store.close();
  });

  it('cannot bring back a removal once the map was closed, and says why', async () => {
    const store = sampleStore();
    const { importId } = await importSurvey(store, SAMPLE);
    removeImport(store.database, importId);
    const path = store.path;
    store.close();
    const reopened = DocumentStore.open(path);
    expect(() => restoreImport(reopened.database, importId)).toThrow(
      `Survey import ${importId} cannot be brought back: its answers are kept only while the map stays open.`,
    );
    expect(listImports(reopened.database)).toEqual([]);
    reopened.close();
  });

  it('replaces an import by a corrected file: same id and assignments, only the new answers', async () => {
    const store = sampleStore();
    const first = await importSurvey(
      store,
      csv(lines('A1,customer,till,nps,0,2026-10-01,', 'A2,customer,till,nps,0,,'), 'october.csv'),
      {
        assign: { till: 'install' },
      },
    );
    const fixed = csv(lines('A1,customer,till,nps,10,2026-10-01,', 'A2,customer,till,nps,10,,'), 'october-fixed.csv');
    const summary = await importSurvey(store, fixed, { replace: first.importId });
    expect(summary).toMatchObject({ importId: first.importId, replaced: true, rows: 2, unknownTouchpoints: [] });
    expect(listImports(store.database)).toMatchObject([
      { id: first.importId, fileName: 'october-fixed.csv', answers: 2, assignments: { till: 'install' } },
    ]);
    expect(surveyStats(store).touchpoints.find((t) => t.key === 'install')!.metrics.nps).toBe(100);
    store.close();
  });

  it('refuses to replace an import that does not exist, naming the ones there are, and changes nothing', async () => {
    const store = sampleStore();
    const { importId } = await importSurvey(store, SAMPLE);
    const before = answers(store);
    const err = await failure(importSurvey(store, csv(lines('A1,customer,install,nps,9,,')), { replace: 99 }));
    expect(err.message).toBe(`There is no survey import 99; the imports of this map are ${importId}.`);
    expect(answers(store)).toEqual(before);
    store.close();
  });

  it('names the import to replace when the same file comes a second time', async () => {
    const store = sampleStore();
    const { importId } = await importSurvey(store, SAMPLE);
    const err = await failure(importSurvey(store, SAMPLE));
    expect(err.message).toMatch(new RegExp(`To bring in a corrected file, replace import ${importId}\\.$`));
    // Replacing it with its own bytes is allowed: nothing counts twice.
    expect(await importSurvey(store, SAMPLE, { replace: importId })).toMatchObject({ importId, rows: 604 });
    expect(answers(store)).toHaveLength(604);
    store.close();
  });
});

describe('survey calls through the contract', () => {
  it('reviews, imports with an assignment, lists, removes and restores through the session API', async () => {
    const dir = tempDir();
    const file = join(dir, 'map.tandem');
    DocumentStore.create(file, createFromTemplate('sample')).close();
    const session = createSession({ host: 'browser', version: '0.0.0-test', dataDir: join(dir, 'data') });
    await session.open(file);
    const content = lines('A1,customer,till,nps,10,2026-10-01,');
    const review = await dispatch(session.api, 'survey/reviewContent', { fileName: 'till.csv', content });
    expect(review).toMatchObject({ ok: true, data: { touchpoints: [{ key: 'till', card: null, answers: 1 }] } });
    const imported = await dispatch(session.api, 'survey/importContent', {
      fileName: 'till.csv',
      content,
      assign: { till: 'install' },
    });
    expect(imported).toMatchObject({ ok: true, data: { unknownTouchpoints: [] } });
    const id = imported.ok ? (imported.data as { importId: number }).importId : 0;
    expect(await dispatch(session.api, 'survey/list', {})).toMatchObject({
      ok: true,
      data: {
        imports: [{ id, fileName: 'till.csv', answers: 1, interactions: 1, dates: { from: '2026-10-01T00:00:00Z' } }],
      },
    });
    expect(await dispatch(session.api, 'survey/remove', { importId: id })).toMatchObject({ ok: true });
    expect(await dispatch(session.api, 'survey/list', {})).toEqual({ ok: true, data: { imports: [] } });
    expect(await dispatch(session.api, 'survey/restore', { importId: id })).toMatchObject({ ok: true, data: { id } });
    expect(await dispatch(session.api, 'survey/remove', { importId: 0 })).toMatchObject({
      ok: false,
      error: { code: 'invalid_arguments' },
    });
    expect(await dispatch(session.api, 'survey/stats', { by: 'week' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_arguments' },
    });
    session.close();
  });
});

describe('file format 4', () => {
  it('upgrades a format-3 map with a survey import: its answers kept, no assignments, then replaceable', async () => {
    const store = sampleStore();
    const { importId } = await importSurvey(store, SAMPLE);
    const path = store.path;
    store.close();
    // Take the file back to format 3: the import as a format-3 file held it, without the assignments column.
    const db = new Database(path);
    db.exec('ALTER TABLE survey_imports DROP COLUMN assignments');
    db.pragma('user_version = 3');
    expect(db.pragma('application_id', { simple: true })).toBe(TANDEM_APPLICATION_ID);
    db.close();
    const reopened = DocumentStore.open(path);
    expect(reopened.database.pragma('user_version', { simple: true })).toBe(MIGRATIONS.at(-1)!.version);
    expect(listImports(reopened.database)).toMatchObject([{ id: importId, answers: 604, assignments: {} }]);
    expect(await importSurvey(reopened, SAMPLE, { replace: importId })).toMatchObject({ importId, replaced: true });
    reopened.close();
  });
});
