import { statSync } from 'node:fs';
import { basename } from 'node:path';
import type { Database } from 'better-sqlite3';
import { ApiFailure } from '../../shared/api/result';
import { MAX_SURVEY_BYTES, formatBytes } from '../../shared/limits';
import { listErrors, questionRules } from '../../shared/metrics/surveyRows';
import type { ImportSummary } from '../../shared/metrics/surveySchemas';
import type { TandemDoc } from '../../shared/schema/document';
import { assertRegularFile } from './fileSafety';
import { cancelledImport, parseFile, type ImportOptions, type ParsedFile } from './surveyParse';
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

/**
 * Imports a survey CSV into the open map's file: streams and validates every row, then writes all answers in
 * one transaction. A file with any error, a second import of the same bytes, or a cancelled import changes
 * nothing and throws an ApiFailure whose message lists the problems by row (header = row 1).
 */
export async function importSurvey(
  target: SurveyTarget,
  filePath: string,
  opts: ImportOptions = {},
): Promise<ImportSummary> {
  const name = basename(filePath);
  // A FIFO or a device would stream forever: refused before anything opens it.
  assertRegularFile(filePath, 'survey file');
  const bytes = statSync(filePath).size;
  if (bytes > MAX_SURVEY_BYTES)
    throw new ApiFailure(
      'invalid',
      `"${name}" is ${formatBytes(bytes)}; Tandem imports survey files of at most ${formatBytes(MAX_SURVEY_BYTES)}. Split it into smaller files; nothing was changed.`,
    );

  const db = target.database;
  const parsed = await parseFile(filePath, questionRules(target.doc), opts);
  refuseRepeat(db, name, parsed.sha256);
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
  if (opts.signal?.aborted) throw cancelledImport(name);

  const importId = writeImport(db, name, parsed);
  return summarise(importId, name, parsed, target.doc);
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
