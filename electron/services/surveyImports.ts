import type { Database } from 'better-sqlite3';
import { ApiFailure } from '../../shared/api/result';
import type { SurveyImportInfo } from '../../shared/metrics/surveySchemas';
import { readableOpenError } from './sqliteErrors';

/**
 * Survey imports as objects: listed, removed and (for Undo) brought back. A removed import's rows move to TEMP
 * tables of the map's connection, so the editor's Undo restores exactly those answers for as long as the map stays
 * open — the only time its undo history can reach them — and they vanish with the connection (ADR 0019).
 */

/** ISO (UTC, seconds) of a julianday, in SQL. */
const iso = (jd: string): string => `strftime('%Y-%m-%dT%H:%M:%SZ', ${jd})`;

const LIST_SQL = `
  SELECT i.id, i.file_name AS fileName, i.imported_at AS importedAt, i.assignments,
    (SELECT COUNT(*) FROM survey_responses r WHERE r.import_id = i.id) AS answers,
    (SELECT COUNT(DISTINCT interaction_id) FROM survey_responses r WHERE r.import_id = i.id) AS interactions,
    (SELECT ${iso('MIN(julianday(answered_at))')} FROM survey_responses r WHERE r.import_id = i.id) AS dateFrom,
    (SELECT ${iso('MAX(julianday(answered_at))')} FROM survey_responses r WHERE r.import_id = i.id) AS dateTo
  FROM survey_imports i`;

type ListRow = Omit<SurveyImportInfo, 'dates' | 'assignments'> & {
  assignments: string;
  dateFrom: string | null;
  dateTo: string | null;
};

function info(row: ListRow): SurveyImportInfo {
  const { dateFrom, dateTo, assignments, ...rest } = row;
  return { ...rest, dates: { from: dateFrom, to: dateTo }, assignments: parseAssignments(assignments) };
}

/** The stored assignments of an import; a damaged value reads as none rather than failing the list. */
export function parseAssignments(text: string): Record<string, string> {
  try {
    const value = JSON.parse(text) as unknown;
    if (value && typeof value === 'object' && !Array.isArray(value))
      return Object.fromEntries(Object.entries(value).filter((e): e is [string, string] => typeof e[1] === 'string'));
  } catch {
    // Falls through to none.
  }
  return {};
}

/** Every survey import of the map, oldest first, with its answers, interactions and time span. */
export function listImports(db: Database): SurveyImportInfo[] {
  return (db.prepare(`${LIST_SQL} ORDER BY i.id`).all() as ListRow[]).map(info);
}

/** One import, or a not_found failure that names the ids there are. */
export function findImport(db: Database, id: number): SurveyImportInfo {
  const row = db.prepare(`${LIST_SQL} WHERE i.id = ?`).get(id) as ListRow | undefined;
  if (row) return info(row);
  const ids = listImports(db).map((i) => i.id);
  throw new ApiFailure(
    'not_found',
    ids.length === 0
      ? `There is no survey import ${id}: this map has no survey imports.`
      : `There is no survey import ${id}; the imports of this map are ${ids.join(', ')}.`,
  );
}

function ensureRemovedTables(db: Database): void {
  db.exec(`
    CREATE TEMP TABLE IF NOT EXISTS removed_survey_imports AS SELECT * FROM main.survey_imports WHERE 0;
    CREATE TEMP TABLE IF NOT EXISTS removed_survey_responses AS SELECT * FROM main.survey_responses WHERE 0;
  `);
}

/**
 * The id a new import takes: above every import there is and every removed one Undo may bring back, so an undone
 * removal never meets a newer import under its id.
 */
export function nextImportId(db: Database): number {
  ensureRemovedTables(db);
  const row = db
    .prepare(
      'SELECT MAX(COALESCE((SELECT MAX(id) FROM main.survey_imports), 0), COALESCE((SELECT MAX(id) FROM temp.removed_survey_imports), 0)) AS id',
    )
    .get() as { id: number };
  return row.id + 1;
}

/** Removes an import and its answers from the map in one transaction; they are kept on this connection for Undo. */
export function removeImport(db: Database, id: number): SurveyImportInfo {
  const removed = findImport(db, id);
  ensureRemovedTables(db);
  try {
    db.transaction(() => {
      db.prepare('DELETE FROM temp.removed_survey_responses WHERE import_id = ?').run(id);
      db.prepare('DELETE FROM temp.removed_survey_imports WHERE id = ?').run(id);
      db.prepare('INSERT INTO temp.removed_survey_imports SELECT * FROM main.survey_imports WHERE id = ?').run(id);
      db.prepare(
        'INSERT INTO temp.removed_survey_responses SELECT * FROM main.survey_responses WHERE import_id = ? ORDER BY id',
      ).run(id);
      db.prepare('DELETE FROM main.survey_responses WHERE import_id = ?').run(id);
      db.prepare('DELETE FROM main.survey_imports WHERE id = ?').run(id);
    })();
  } catch (err) {
    throw readableOpenError(db.name, err);
  }
  return removed;
}

/**
 * Brings back a removed import with the same id, file name, time, assignments and answers (Undo of a removal).
 * Refused, changing nothing, when the map was closed since (the answers are gone) or when the same file or the
 * same answers were imported again in the meantime.
 */
export function restoreImport(db: Database, id: number): SurveyImportInfo {
  ensureRemovedTables(db);
  const kept = db
    .prepare('SELECT file_name AS fileName, sha256 FROM temp.removed_survey_imports WHERE id = ?')
    .get(id) as { fileName: string; sha256: string } | undefined;
  if (!kept)
    throw new ApiFailure(
      'not_found',
      `Survey import ${id} cannot be brought back: its answers are kept only while the map stays open.`,
    );
  const again = db.prepare('SELECT id FROM main.survey_imports WHERE id = ? OR sha256 = ?').get(id, kept.sha256) as
    | { id: number }
    | undefined;
  if (again)
    throw new ApiFailure(
      'conflict',
      `"${kept.fileName}" cannot be brought back: it was imported again since (import ${again.id}). Nothing was changed.`,
    );
  const columns = 'import_id, interaction_id, respondent, touchpoint, question, value, answered_at, comment, site';
  try {
    db.transaction(() => {
      db.prepare('INSERT INTO main.survey_imports SELECT * FROM temp.removed_survey_imports WHERE id = ?').run(id);
      db.prepare(
        `INSERT INTO main.survey_responses (${columns}) SELECT ${columns} FROM temp.removed_survey_responses WHERE import_id = ? ORDER BY id`,
      ).run(id);
      const clash = db
        .prepare(
          `SELECT 1 FROM main.survey_responses n JOIN main.survey_responses o ON o.interaction_id = n.interaction_id
             AND o.respondent = n.respondent AND o.touchpoint = n.touchpoint AND o.question = n.question
             AND o.import_id <> n.import_id
           WHERE n.import_id = ? LIMIT 1`,
        )
        .get(id);
      if (clash)
        throw new ApiFailure(
          'conflict',
          `"${kept.fileName}" cannot be brought back: answers in it were imported again since from another file. Nothing was changed.`,
        );
      db.prepare('DELETE FROM temp.removed_survey_responses WHERE import_id = ?').run(id);
      db.prepare('DELETE FROM temp.removed_survey_imports WHERE id = ?').run(id);
    })();
  } catch (err) {
    if (err instanceof ApiFailure) throw err;
    throw readableOpenError(db.name, err);
  }
  return findImport(db, id);
}
