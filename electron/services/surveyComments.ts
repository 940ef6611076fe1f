import type { Database } from 'better-sqlite3';
import type { CommentRow } from '../../shared/insight/handoutComments';

/** Rows read per touchpoint: enough for the selection to skip repeats and still find its few, never the whole table. */
const ROWS_PER_TOUCHPOINT = 200;

const commentsSql = `
  SELECT comment AS text, answered_at AS answeredAt, id AS "order" FROM survey_responses
  WHERE touchpoint = ? AND respondent = 'customer' AND trim(comment) <> ''
  ORDER BY julianday(answered_at) IS NULL, julianday(answered_at) DESC, id DESC
  LIMIT ${ROWS_PER_TOUCHPOINT}`;

/** The newest customer comments at each of `keys` (touchpoint keys), for the handout's selection to choose from. */
export function customerComments(database: Database, keys: readonly string[]): Map<string, CommentRow[]> {
  const statement = database.prepare(commentsSql);
  const out = new Map<string, CommentRow[]>();
  for (const key of new Set(keys)) out.set(key, statement.all(key.trim().toLowerCase()) as CommentRow[]);
  return out;
}
