import { z } from 'zod';
import type { Side } from '../schema/common';
import type { TandemDoc } from '../schema/document';
import type { SurveyResponse } from '../schema/survey';
import { SCALES, parseScaleValue, parseYesNo, type Scale } from './answers';
import { normaliseSite } from './sites';

/**
 * Reading survey CSV rows into answers: which column is which, and whether every field of a row is valid.
 * Pure (no Node): the importer streams the file and calls this per row; the UI's column-mapping dialog can
 * preview a file with the same rules.
 */

/** The columns of the long format, in their usual order. */
export const LONG_COLUMNS = [
  'interaction_id',
  'respondent',
  'touchpoint',
  'question',
  'value',
  'answered_at',
  'comment',
] as const;
export type LongColumn = (typeof LONG_COLUMNS)[number];

/** Columns a long-format file must have; `answered_at` and `comment` may be left out. */
export const REQUIRED_COLUMNS: readonly LongColumn[] = [
  'interaction_id',
  'respondent',
  'touchpoint',
  'question',
  'value',
];

/** Fewest errors listed by name before the rest are summed up as "and N more". */
export const MAX_LISTED_ERRORS = 20;

/**
 * How to read a wide file (one row per interaction and side, one column per question). Column names are
 * matched like long-format headers (case and surrounding spaces ignored).
 */
export const wideMappingSchema = z.object({
  /** Column holding the interaction id. */
  interactionId: z.string().min(1).max(200),
  /** Column holding the side, or the side every row has. */
  respondent: z.union([
    z.object({ column: z.string().min(1).max(200) }),
    z.object({ fixed: z.enum(['customer', 'employee']) }),
  ]),
  /** Column holding the touchpoint key, or the key every row has. */
  touchpoint: z.union([
    z.object({ column: z.string().min(1).max(200) }),
    z.object({ fixed: z.string().min(1).max(64) }),
  ]),
  /** Column holding the answer time, if any. */
  answeredAt: z.string().max(200).nullable().optional(),
  /** Column holding a free-text comment, if any (stored once, on the row's first answer). */
  comment: z.string().max(200).nullable().optional(),
  /** Column holding the site (store, branch, region), if any. */
  site: z.string().max(200).nullable().optional(),
  /** Question columns: column name → question key. Empty cells are skipped (the question was not answered). */
  questions: z
    .record(z.string().max(200), z.string().min(1).max(64))
    .refine((q) => Object.keys(q).length > 0, 'map at least one question column'),
});
export type WideMapping = z.infer<typeof wideMappingSchema>;

/** Header text as compared: trimmed, lower case, inner runs of spaces as "_" ("Interaction ID" → "interaction_id"). */
export function normaliseHeader(raw: string): string {
  return raw.trim().toLowerCase().replace(/\s+/g, '_');
}

/** Where each field of a row comes from, once the header has been read. */
export interface ColumnLayout {
  /** Field index per long-format column (long files), or per mapped role (wide files); `site` when the file has one. */
  index: Partial<Record<LongColumn | 'site', number>>;
  /** Wide files: [field index, question key] per question column. */
  questions: [number, string][] | null;
  /** Wide files with a fixed side / touchpoint. */
  fixed: { respondent?: Side; touchpoint?: string };
  /** Number of header fields. */
  width: number;
  /** Header names that no role uses. */
  ignored: string[];
}

const list = (names: readonly string[]): string =>
  names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}`;

/** Reads the header row: where each column is, or one sentence naming the columns that are missing. */
export function resolveColumns(
  header: readonly string[],
  mapping?: WideMapping,
): { ok: true; layout: ColumnLayout } | { ok: false; error: string } {
  const names = header.map(normaliseHeader);
  const find = (name: string): number | undefined => {
    const i = names.indexOf(normaliseHeader(name));
    return i < 0 ? undefined : i;
  };
  const layout: ColumnLayout = { index: {}, questions: null, fixed: {}, width: header.length, ignored: [] };
  const missing: string[] = [];
  const need = (role: LongColumn | 'site', column: string | null | undefined, required: boolean): void => {
    if (column === null || column === undefined) return;
    const i = find(column);
    if (i === undefined) {
      if (required) missing.push(column);
    } else layout.index[role] = i;
  };
  if (!mapping) {
    for (const c of LONG_COLUMNS) need(c, c, REQUIRED_COLUMNS.includes(c));
    // An optional column beside the seven: named in no error, so files without it read exactly as before.
    need('site', 'site', false);
    if (missing.length > 0) {
      const noun = missing.length === 1 ? 'the column' : 'the columns';
      return {
        ok: false,
        error: `it lacks ${noun} ${list(missing)}. The first row must name the columns ${LONG_COLUMNS.join(', ')} (answered_at and comment may be left out).`,
      };
    }
  } else {
    need('interaction_id', mapping.interactionId, true);
    if ('column' in mapping.respondent) need('respondent', mapping.respondent.column, true);
    else layout.fixed.respondent = mapping.respondent.fixed;
    if ('column' in mapping.touchpoint) need('touchpoint', mapping.touchpoint.column, true);
    else layout.fixed.touchpoint = mapping.touchpoint.fixed.trim().toLowerCase();
    need('answered_at', mapping.answeredAt, true);
    need('comment', mapping.comment, true);
    need('site', mapping.site, true);
    layout.questions = [];
    for (const [column, question] of Object.entries(mapping.questions)) {
      const i = find(column);
      if (i === undefined) missing.push(column);
      else layout.questions.push([i, question.trim().toLowerCase()]);
    }
    if (missing.length > 0)
      return {
        ok: false,
        error: `it lacks ${missing.length === 1 ? 'the column' : 'the columns'} ${list(missing)} named in the column mapping.`,
      };
  }
  const used = new Set<number>([...Object.values(layout.index), ...(layout.questions ?? []).map(([i]) => i)]);
  layout.ignored = header.filter((h, i) => !used.has(i) && h.trim() !== '');
  return { ok: true, layout };
}

/** How answers to each question are checked: on a numeric scale, as yes/no, or (absent) as free text. */
export type QuestionRules = Map<string, Scale | 'yes_no'>;

/**
 * The rules the map implies: its metric definitions' question keys (falling back to nps, csat, ces and enps for
 * the standard kinds it does not define) take their scales; yes-share questions and both sides of every pairing
 * are yes/no. A question the map does not know is kept as free text.
 */
export function questionRules(doc: Pick<TandemDoc, 'metrics' | 'pairings'>): QuestionRules {
  const rules: QuestionRules = new Map();
  const set = (question: string | null, rule: Scale | 'yes_no'): void => {
    const key = question?.trim().toLowerCase();
    if (key && !rules.has(key)) rules.set(key, rule);
  };
  for (const m of doc.metrics) {
    if (m.kind === 'yes_share') set(m.questionKey, 'yes_no');
    else if (m.kind !== 'custom') set(m.questionKey ?? m.kind, SCALES[m.kind]);
  }
  for (const kind of ['nps', 'csat', 'ces', 'enps'] as const) {
    if (!doc.metrics.some((m) => m.kind === kind)) set(kind, SCALES[kind]);
  }
  for (const p of doc.pairings) {
    set(p.customerQuestion, 'yes_no');
    set(p.employeeQuestion, 'yes_no');
  }
  return rules;
}

/** What one row gave: its answers (none for a blank line), the problems found, and notes worth a warning. */
export interface RowResult {
  answers: SurveyResponse[];
  errors: string[];
  /** The answered_at text is not a date Tandem can read (kept as text). */
  oddDate: boolean;
}

const LIMITS = {
  interaction_id: 120,
  touchpoint: 64,
  question: 64,
  value: 200,
  answered_at: 40,
  comment: 5000,
} as const;

/** Checks an answer against its question's rule; returns the stored (trimmed) value or an error. */
function checkValue(raw: string, rule: Scale | 'yes_no' | undefined): { value: string } | { error: string } {
  const value = raw.trim();
  if (value === '') return { error: 'the answer (value) is empty' };
  if (value.length > LIMITS.value) return { error: `the answer is longer than ${LIMITS.value} characters` };
  if (rule === 'yes_no') {
    return parseYesNo(value) === null
      ? { error: `"${value}" is not a yes/no answer (use yes/no, y/n, true/false or 1/0)` }
      : { value };
  }
  if (rule) {
    const parsed = parseScaleValue(value, rule);
    return parsed.ok ? { value } : { error: parsed.error };
  }
  return { value };
}

/** The field of a long-format role in a row, or undefined when the file has no such column. */
function fieldOf(fields: readonly string[], layout: ColumnLayout, c: LongColumn | 'site'): string | undefined {
  const i = layout.index[c];
  return i === undefined ? undefined : fields[i];
}

/** A required text field, trimmed; null (with an error recorded) when it is empty or too long. */
function requiredText(
  fields: readonly string[],
  layout: ColumnLayout,
  c: LongColumn & keyof typeof LIMITS,
  errors: string[],
): string | null {
  const v = fieldOf(fields, layout, c)?.trim() ?? '';
  if (v === '') errors.push(`${c} is empty`);
  else if (v.length > LIMITS[c]) errors.push(`${c} is longer than ${LIMITS[c]} characters`);
  else return v;
  return null;
}

/** True for a row whose every field is blank (a blank line, or one of only commas). */
function isBlank(fields: readonly string[]): boolean {
  for (const f of fields) if (f.trim() !== '') return false;
  return true;
}

// The answers of one interaction share its answered_at, so consecutive rows usually repeat the same text.
let lastDate = '';
let lastDateOdd = false;

/** True when Tandem cannot read `text` as a date (remembering the last text asked about). */
function isOddDate(text: string): boolean {
  if (text !== lastDate) {
    lastDate = text;
    lastDateOdd = Number.isNaN(Date.parse(text));
  }
  return lastDateOdd;
}

// Module-level helpers rather than closures per row: readRow runs once per line of files of 100,000+ lines.

/** Reads one data row into answers, or says what is wrong with it. Blank lines give no answers and no errors. */
export function readRow(fields: readonly string[], layout: ColumnLayout, rules: QuestionRules): RowResult {
  const errors: string[] = [];
  const result: RowResult = { answers: [], errors, oddDate: false };
  if (isBlank(fields)) return result;
  if (fields.length > layout.width) {
    errors.push(
      `it has ${fields.length} fields but the header has ${layout.width} (put text containing commas in double quotes)`,
    );
    return result;
  }

  const interactionId = requiredText(fields, layout, 'interaction_id', errors);
  let respondent: Side | null = layout.fixed.respondent ?? null;
  if (!respondent) {
    const raw = fieldOf(fields, layout, 'respondent')?.trim() ?? '';
    const side = raw.toLowerCase();
    if (side === 'customer' || side === 'employee') respondent = side;
    else
      errors.push(
        raw === ''
          ? 'respondent is empty (customer or employee)'
          : `unknown respondent "${raw}" (customer or employee)`,
      );
  }
  const touchpoint =
    layout.fixed.touchpoint ?? requiredText(fields, layout, 'touchpoint', errors)?.toLowerCase() ?? null;
  const rawDate = fieldOf(fields, layout, 'answered_at')?.trim() ?? '';
  if (rawDate.length > LIMITS.answered_at) errors.push(`answered_at is longer than ${LIMITS.answered_at} characters`);
  const answeredAt = rawDate === '' ? null : rawDate;
  result.oddDate = answeredAt !== null && isOddDate(answeredAt);
  // Comments are kept exactly as written (no trimming): they are quoted back to people.
  const comment = fieldOf(fields, layout, 'comment') ?? '';
  if (comment.length > LIMITS.comment) errors.push(`the comment is longer than ${LIMITS.comment} characters`);
  const siteRead = normaliseSite(fieldOf(fields, layout, 'site'));
  if ('error' in siteRead) errors.push(siteRead.error);
  const site = 'site' in siteRead ? siteRead.site : null;

  if (layout.questions) {
    for (const [i, question] of layout.questions) {
      const raw = fields[i] ?? '';
      if (raw.trim() === '') continue;
      addAnswer(result, question, raw, rules, true, interactionId, respondent, touchpoint, answeredAt, comment, site);
    }
  } else {
    const question = requiredText(fields, layout, 'question', errors)?.toLowerCase() ?? null;
    if (question !== null)
      addAnswer(
        result,
        question,
        fieldOf(fields, layout, 'value') ?? '',
        rules,
        false,
        interactionId,
        respondent,
        touchpoint,
        answeredAt,
        comment,
        site,
      );
  }
  if (errors.length > 0) result.answers = [];
  return result;
}

/** Checks one answer of a row and adds it (or its error) to the row's result. */
function addAnswer(
  result: RowResult,
  question: string,
  raw: string,
  rules: QuestionRules,
  wide: boolean,
  interactionId: string | null,
  respondent: Side | null,
  touchpoint: string | null,
  answeredAt: string | null,
  comment: string,
  site: string | null,
): void {
  const checked = checkValue(raw, rules.get(question));
  if ('error' in checked) result.errors.push(wide ? `${question}: ${checked.error}` : checked.error);
  else if (interactionId !== null && respondent !== null && touchpoint !== null) {
    result.answers.push({
      interactionId,
      respondent,
      touchpoint,
      question,
      value: checked.value,
      answeredAt,
      comment: result.answers.length === 0 ? comment : '',
      site,
    });
  }
}

/** "row 3: …" lines, the first MAX_LISTED_ERRORS of them, then "and N more". */
export function listErrors(errors: readonly string[], total: number): string[] {
  const shown = errors.slice(0, MAX_LISTED_ERRORS);
  return total > shown.length ? [...shown, `and ${total - shown.length} more`] : shown;
}
