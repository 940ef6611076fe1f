import { normaliseHeader } from '../../../shared/metrics/surveyRows';

/** The mapping dialog's form: a column (or a fixed value) per role, and the question key of each question column. */
export interface MappingDraft {
  interactionId: string;
  /** A column name, or "=customer" / "=employee" for a side every row has. */
  respondent: string;
  /** A column name, or "=" for a key every row has (typed into `touchpointKey`). */
  touchpoint: string;
  touchpointKey: string;
  answeredAt: string;
  comment: string;
  /** Column → question key; empty key = not a question. */
  questions: Record<string, string>;
}

const find = (header: readonly string[], pattern: RegExp, taken: Set<string>): string =>
  header.find((h) => !taken.has(h) && pattern.test(normaliseHeader(h))) ?? '';

/** A first guess from the column names (ticket / side / step / date / comment); every other column is a question. */
export function guessMapping(header: readonly string[]): MappingDraft {
  const taken = new Set<string>();
  const pick = (pattern: RegExp): string => {
    const c = find(header, pattern, taken);
    if (c) taken.add(c);
    return c;
  };
  const interactionId = pick(/interaction|ticket|case|order|visit|^id$|_id$/);
  const respondent = pick(/respondent|side|role|who/);
  const touchpoint = pick(/touchpoint|step|channel|stage/);
  const answeredAt = pick(/answered|date|time|submitted/);
  const comment = pick(/comment|remark|feedback|text/);
  const questions: Record<string, string> = {};
  for (const h of header) if (!taken.has(h) && h.trim() !== '') questions[h] = normaliseHeader(h);
  return {
    interactionId,
    respondent: respondent || '=customer',
    touchpoint: touchpoint || '=',
    touchpointKey: '',
    answeredAt,
    comment,
    questions,
  };
}
