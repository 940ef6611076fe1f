import { statSync } from 'node:fs';
import { basename } from 'node:path';
import type { Database } from 'better-sqlite3';
import { ApiFailure } from '../../shared/api/result';
import { formatBytes, MAX_SURVEY_BYTES } from '../../shared/limits';
import { listErrors, questionRules } from '../../shared/metrics/surveyRows';
import type { ImportSummary } from '../../shared/metrics/surveySchemas';
import type { TandemDoc } from '../../shared/schema/document';
import { assertRegularFile } from './fileSafety';
import { findImport } from './surveyImports';
import { cancelledImport, type ImportOptions, type ParsedFile, parseFile } from './surveyParse';
import { refuseRepeat, writeImport } from './surveyWrite';

// Reading the CSV is surveyDecode (bytes → text) and surveyParse (text → checked answers); writing them into the
// map file is surveyWrite. This module runs the steps in order and sums the result up.

export type { ImportSummary } from '../../shared/metrics/surveySchemas';
export type { ImportOptions } from './surveyParse';

/** What the survey services need of an open map: its connection and its document (a DocumentStore is one). */
export interface SurveyTarget {
  readonly database: Database;
  readonly doc: TandemDoc;
}

/** Import options of the service: the parse options, and the import whose answers the file replaces. */
export interface SurveyImportOptions extends ImportOptions {
  /** Replaces this import's answers, keeping its id and (unless `assign` is given) its assignments. */
  replace?: number;
}

/**
 * Reads and checks a whole survey file without writing anything: bounded in size before a byte is parsed, every
 * row validated. A file with any error throws an ApiFailure whose message lists the problems by row.
 */
export async function readSurvey(target: SurveyTarget, filePath: string, opts: ImportOptions): Promise<ParsedFile> {
  const name = basename(filePath);
  // A FIFO or a device would stream forever: refused before anything opens it.
  assertRegularFile(filePath, 'survey file');
  const bytes = statSync(filePath).size;
  if (bytes > MAX_SURVEY_BYTES)
    throw new ApiFailure(
      'invalid',
      `"${name}" is ${formatBytes(bytes)}; Tandem imports survey files of at most ${formatBytes(MAX_SURVEY_BYTES)}. Split it into smaller files; nothing was changed.`,
    );
  const parsed = await parseFile(filePath, questionRules(target.doc), opts);
  if (parsed.errorCount > 0) {
    const noun = parsed.errorCount === 1 ? '1 problem' : `${parsed.errorCount} problems`;
    throw new ApiFailure(
      'invalid',
      [
        `"${name}" was not imported (${noun}; nothing was changed):`,
        ...listErrors(parsed.errors, parsed.errorCount),
      ].join('\n'),
    );
  }
  if (parsed.answers.length === 0)
    throw new ApiFailure('invalid', `"${name}" has a header but no answers; nothing was imported.`);
  return parsed;
}

/** Refuses assignments to a key no card has: the answers would land nowhere the user chose. */
function checkAssignments(doc: TandemDoc, assign: Record<string, string>): void {
  const keys = new Set(doc.cards.map((c) => c.key).filter((k): k is string => k !== null));
  const missing = Object.entries(assign).filter(([, to]) => !keys.has(to));
  if (missing.length > 0)
    throw new ApiFailure(
      'invalid',
      `No card has the key ${missing.map(([, to]) => `"${to}"`).join(', ')} that ${missing.map(([from]) => `"${from}"`).join(', ')} ${missing.length === 1 ? 'is' : 'are'} assigned to; nothing was changed.`,
    );
}

/**
 * Imports a survey CSV into the open map's file: streams and validates every row, then writes all answers in
 * one transaction. With `replace`, the file's answers take the place of that import's (same id; its assignments
 * unless new ones are given). A file with any error, a second import of the same bytes, or a cancelled import
 * changes nothing and throws an ApiFailure whose message lists the problems by row (header = row 1).
 */
export async function importSurvey(
  target: SurveyTarget,
  filePath: string,
  opts: SurveyImportOptions = {},
): Promise<ImportSummary> {
  const name = basename(filePath);
  const db = target.database;
  const replacing = opts.replace === undefined ? undefined : findImport(db, opts.replace);
  const assign = opts.assign ?? replacing?.assignments ?? {};
  checkAssignments(target.doc, assign);
  const parsed = await readSurvey(target, filePath, { ...opts, assign });
  refuseRepeat(db, name, parsed.sha256, opts.replace);
  if (opts.signal?.aborted) throw cancelledImport(name);

  const importId = writeImport(db, name, parsed, { replace: opts.replace, assignments: assign });
  const summary = summarise(importId, name, parsed, target.doc);
  return replacing ? { ...summary, replaced: true } : summary;
}

function summarise(importId: number, fileName: string, parsed: ParsedFile, doc: TandemDoc): ImportSummary {
  const customer = new Set<string>();
  const employee = new Set<string>();
  const touchpoints = new Set<string>();
  for (const a of parsed.answers) {
    (a.respondent === 'customer' ? customer : employee).add(a.interactionId);
    touchpoints.add(a.touchpoint);
  }
  const keys = new Set(doc.cards.map((c) => c.key).filter((k): k is string => k !== null));
  return {
    importId,
    fileName,
    rows: parsed.answers.length,
    interactions: { total: new Set([...customer, ...employee]).size, customer: customer.size, employee: employee.size },
    unknownTouchpoints: [...touchpoints].filter((t) => !keys.has(t)).sort(),
    warnings: parsed.warnings,
  };
}
