import type { Database } from 'better-sqlite3';
import { ApiFailure } from '../../shared/api/result';
import { listErrors } from '../../shared/metrics/surveyRows';
import { readableOpenError } from './sqliteErrors';
import { nextImportId } from './surveyImports';
import { answerKey, type ParsedFile } from './surveyParse';

/** "2026-11-22 21:05 UTC" from an ISO time. */
const readableTime = (iso: string): string => `${iso.slice(0, 16).replace('T', ' ')} UTC`;

/**
 * Refuses a file whose exact bytes an earlier import already brought in: every answer would count twice. The
 * import being replaced (`replacing`) is not "earlier": a file may replace its own import.
 */
export function refuseRepeat(db: Database, name: string, sha256: string, replacing?: number): void {
  const earlier = db
    .prepare('SELECT id, file_name AS fileName, imported_at AS importedAt FROM survey_imports WHERE sha256 = ?')
    .get(sha256) as { id: number; fileName: string; importedAt: string } | undefined;
  if (earlier && earlier.id !== replacing) {
    throw new ApiFailure(
      'conflict',
      `"${name}" was already imported on ${readableTime(earlier.importedAt)} (as "${earlier.fileName}"); importing it again would count every answer twice. Nothing was changed. To bring in a corrected file, replace import ${earlier.id}.`,
    );
  }
}

/** Answers of this import that another import already gave (same interaction, side, touchpoint and question). */
function clashes(db: Database, importId: number, rowOf: Map<string, number>): string[] {
  const others = db
    .prepare('SELECT EXISTS (SELECT 1 FROM survey_responses WHERE import_id <> ?) AS any')
    .get(importId) as { any: number };
  if (!others.any) return [];
  const from = `FROM survey_responses n
    JOIN survey_responses o ON o.interaction_id = n.interaction_id AND o.respondent = n.respondent
      AND o.touchpoint = n.touchpoint AND o.question = n.question AND o.import_id <> n.import_id
    JOIN survey_imports i ON i.id = o.import_id
    WHERE n.import_id = ?`;
  const total = (db.prepare(`SELECT COUNT(*) AS n ${from}`).get(importId) as { n: number }).n;
  if (total === 0) return [];
  type Clash = {
    interactionId: string;
    respondent: 'customer' | 'employee';
    touchpoint: string;
    question: string;
    fileName: string;
    importedAt: string;
  };
  const rows = db
    .prepare(
      `SELECT n.interaction_id AS interactionId, n.respondent, n.touchpoint, n.question, i.file_name AS fileName, i.imported_at AS importedAt ${from} ORDER BY n.id LIMIT 20`,
    )
    .all(importId) as Clash[];
  const lines = rows.map(
    (c) =>
      `row ${rowOf.get(answerKey(c)) ?? '?'}: interaction ${c.interactionId} already has a ${c.respondent} answer to "${c.question}" at "${c.touchpoint}" (imported from "${c.fileName}" on ${readableTime(c.importedAt)})`,
  );
  return listErrors(lines, total);
}

/** Where a parsed file goes: a new import, or the answers of an existing one replaced (its id and assignments kept). */
export interface WriteTarget {
  replace?: number;
  assignments: Record<string, string>;
}

/** Writes the import and its answers in one transaction; rolls back (and throws) if answers clash with other imports. */
function write(db: Database, name: string, parsed: ParsedFile, target: WriteTarget): number {
  // One prepared single-row statement, reused: multi-row INSERTs of 16 or 100 answers each measured no faster
  // with better-sqlite3 (docs/performance.md).
  const insertAnswer = db.prepare(
    'INSERT INTO survey_responses (import_id, interaction_id, respondent, touchpoint, question, value, answered_at, comment, site) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const row = [
    name,
    parsed.sha256,
    new Date().toISOString(),
    parsed.answers.length,
    JSON.stringify(target.assignments),
  ];
  return db.transaction(() => {
    let importId: number;
    if (target.replace !== undefined) {
      importId = target.replace;
      db.prepare('DELETE FROM survey_responses WHERE import_id = ?').run(importId);
      db.prepare(
        'UPDATE survey_imports SET file_name = ?, sha256 = ?, imported_at = ?, row_count = ?, assignments = ? WHERE id = ?',
      ).run(...row, importId);
    } else {
      importId = nextImportId(db);
      db.prepare(
        'INSERT INTO survey_imports (id, file_name, sha256, imported_at, row_count, assignments) VALUES (?, ?, ?, ?, ?, ?)',
      ).run(importId, ...row);
    }
    for (const a of parsed.answers)
      insertAnswer.run(
        importId,
        a.interactionId,
        a.respondent,
        a.touchpoint,
        a.question,
        a.value,
        a.answeredAt,
        a.comment,
        a.site,
      );
    const clashing = clashes(db, importId, parsed.rowOf);
    if (clashing.length > 0) {
      throw new ApiFailure(
        'conflict',
        [
          `"${name}" was not imported: answers in it were already imported from another file. Nothing was changed.`,
          ...clashing,
        ].join('\n'),
      );
    }
    return importId;
  })();
}

/**
 * Writes a parsed file as a new import (or over the one it replaces) and returns its id; a failure changes nothing and comes back as an
 * ApiFailure that says why.
 */
export function writeImport(db: Database, name: string, parsed: ParsedFile, target: WriteTarget): number {
  try {
    return write(db, name, parsed, target);
  } catch (err) {
    // Two imports of the same file racing each other: the second meets the UNIQUE sha256 at commit time.
    if ((err as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') {
      throw new ApiFailure(
        'conflict',
        `"${name}" was already imported; importing it again would count every answer twice. Nothing was changed.`,
      );
    }
    throw readableOpenError(db.name, err);
  }
}
