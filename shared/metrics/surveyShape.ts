import { LONG_COLUMNS, normaliseHeader } from './surveyRows';

/**
 * Whether a CSV header could be a survey at all, before any column mapping is offered. A survey names the
 * interaction each answer is about and holds answers; a file with neither (the pain point register, a card list)
 * is refused with the reason rather than proposed for import as if its columns were questions.
 */

/** Column names that can hold an interaction id: the long format's, or a ticket / case / visit / order number. */
export const INTERACTION_COLUMN = /interaction|ticket|case|order|visit|^id$|_id$/;
/** Column names that describe an answer rather than hold one. */
const ROLE_COLUMN =
  /respondent|side|role|who|touchpoint|step|channel|stage|answered|date|time|submitted|comment|remark|feedback|text/;

/** The reason a header cannot be a survey, or null when it could be one (long format, or wide with a mapping). */
export function notASurvey(header: readonly string[], fileName: string): string | null {
  const names = header.map(normaliseHeader).filter((h) => h !== '');
  if (names.length === 0) return null;
  const interaction = names.findIndex((h) => INTERACTION_COLUMN.test(h));
  const answers = names.filter((h, i) => i !== interaction && (h === 'value' || !ROLE_COLUMN.test(h)));
  const lacks: string[] = [];
  if (interaction < 0) lacks.push('no column naming the interaction each answer is about (such as interaction_id)');
  if (answers.length === 0) lacks.push('no column of answers');
  if (lacks.length === 0) return null;
  const shown = header
    .slice(0, 8)
    .map((h) => h.trim())
    .join(', ');
  return `"${fileName}" is not a survey file: it has ${lacks.join(' and ')}. Its columns are ${shown}${header.length > 8 ? ` and ${header.length - 8} more` : ''}. A survey file has one answer per row in the columns ${LONG_COLUMNS.join(', ')}, or one row per interaction with a column per question. Nothing was changed.`;
}
