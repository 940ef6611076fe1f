import { createHash } from 'node:crypto';
import { createReadStream, statSync } from 'node:fs';
import { basename } from 'node:path';
import Papa from 'papaparse';
import { ApiFailure } from '../../shared/api/result';
import { formatCount, MAX_SURVEY_ANSWERS } from '../../shared/limits';
import {
  type ColumnLayout,
  MAX_LISTED_ERRORS,
  type QuestionRules,
  readRow,
  resolveColumns,
  type WideMapping,
} from '../../shared/metrics/surveyRows';
import type { Assignments } from '../../shared/metrics/surveySchemas';
import { notASurvey } from '../../shared/metrics/surveyShape';
import type { SurveyResponse } from '../../shared/schema/survey';
import { decodingStream, EncodingError, lineOfBadByte } from './surveyDecode';

export interface ImportOptions {
  /** Called with the share of the file read so far (0…1), at most about once per percent, and with 1 at the end. */
  onProgress?(fraction: number): void;
  /** Cancels the import; nothing is written. */
  signal?: AbortSignal;
  /** Reads a wide file (one row per interaction, one column per question) instead of the long format. */
  mapping?: WideMapping;
  /** File touchpoint key → card key: the answers of an assigned key are stored under its card's key. */
  assign?: Assignments;
}

/** One parsed file, before anything is written. */
export interface ParsedFile {
  answers: SurveyResponse[];
  /** Spreadsheet row number (header = row 1) of each answer key, to name rows that clash with earlier imports. */
  rowOf: Map<string, number>;
  errors: string[];
  errorCount: number;
  sha256: string;
  warnings: string[];
}

/** What makes an answer one answer: its interaction, side, touchpoint and question. */
export const answerKey = (
  a: Pick<SurveyResponse, 'interactionId' | 'respondent' | 'touchpoint' | 'question'>,
): string => `${a.interactionId}\u0000${a.respondent}\u0000${a.touchpoint}\u0000${a.question}`;

/** The failure of an import the user cancelled. */
export const cancelledImport = (name: string): ApiFailure =>
  new ApiFailure('io', `The import of "${name}" was cancelled; nothing was changed.`);

/** Streams the file through papaparse, validating each row; resolves with everything read, or rejects on a file-level problem. */
export function parseFile(path: string, rules: QuestionRules, opts: ImportOptions): Promise<ParsedFile> {
  const name = basename(path);
  const size = Math.max(1, statSync(path).size);
  const hash = createHash('sha256');
  const parsed: ParsedFile = { answers: [], rowOf: new Map(), errors: [], errorCount: 0, sha256: '', warnings: [] };
  let layout: ColumnLayout | null = null;
  let rowNumber = 0;
  let oddDates = 0;
  let read = 0;
  let reported = 0;
  const assign = new Map(
    Object.entries(opts.assign ?? {}).map(([from, to]) => [from.trim().toLowerCase(), to.trim().toLowerCase()]),
  );

  const error = (row: number, message: string): void => {
    parsed.errorCount++;
    if (parsed.errors.length < MAX_LISTED_ERRORS) parsed.errors.push(`row ${row}: ${message}`);
  };

  return new Promise<ParsedFile>((resolve, reject) => {
    let settled = false;
    const file = createReadStream(path, { highWaterMark: 256 * 1024 });
    const text = decodingStream((n) => {
      read += n;
      const fraction = read / size;
      if (opts.onProgress && fraction - reported >= 0.01) {
        reported = fraction;
        opts.onProgress(Math.min(1, fraction));
      }
    }, hash);
    const fail = (err: unknown): void => {
      if (settled) return;
      settled = true;
      opts.signal?.removeEventListener('abort', onAbort);
      file.destroy();
      text.destroy();
      reject(err);
    };
    const onAbort = (): void => fail(cancelledImport(name));
    if (opts.signal?.aborted) return onAbort();
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    file.on('error', (err) => text.destroy(err));
    // papaparse drops its own listeners once it has finished or failed; a late stream error must not crash the host.
    text.on('error', () => undefined);
    file.pipe(text);

    Papa.parse<string[]>(text, {
      header: false,
      skipEmptyLines: false,
      chunk(results, parser) {
        if (settled) return parser.abort();
        const quoteErrors = new Map<number, string>();
        for (const e of results.errors) {
          if (e.type === 'Quotes' && e.row !== undefined) {
            quoteErrors.set(
              e.row,
              e.code === 'MissingQuotes'
                ? 'a quoted field is never closed (a " is missing)'
                : 'a quote mark is misplaced inside a quoted field',
            );
          }
        }
        results.data.forEach((fields, i) => {
          if (settled) return;
          rowNumber++;
          if (!layout) {
            // Blank lines before the header are skipped, so an empty file reads as empty rather than as missing columns.
            if (fields.every((f) => f.trim() === '')) return;
            const columns = resolveColumns(fields, opts.mapping);
            if (!columns.ok) {
              // A file that cannot be a survey at all says so, rather than which survey columns it lacks.
              const reason = opts.mapping ? null : notASurvey(fields, name);
              fail(new ApiFailure('invalid', reason ?? `"${name}" was not imported: ${columns.error}`));
              parser.abort();
              return;
            }
            layout = columns.layout;
            if (layout.ignored.length > 0) parsed.warnings.push(`Columns not used: ${layout.ignored.join(', ')}.`);
            return;
          }
          const quoteError = quoteErrors.get(i);
          if (quoteError) {
            error(rowNumber, quoteError);
            return;
          }
          const row = readRow(fields, layout, rules);
          for (const message of row.errors) error(rowNumber, message);
          if (row.oddDate) oddDates++;
          for (const answer of row.answers) {
            const assigned = assign.get(answer.touchpoint);
            if (assigned !== undefined) answer.touchpoint = assigned;
            const key = answerKey(answer);
            const earlier = parsed.rowOf.get(key);
            if (earlier !== undefined) {
              error(
                rowNumber,
                `it repeats the ${answer.respondent} answer to "${answer.question}" for interaction ${answer.interactionId} at "${answer.touchpoint}" already given in row ${earlier}`,
              );
              continue;
            }
            if (parsed.answers.length >= MAX_SURVEY_ANSWERS) {
              fail(
                new ApiFailure(
                  'invalid',
                  `"${name}" holds more than ${formatCount(MAX_SURVEY_ANSWERS)} answers, the most one import takes. Split it into smaller files; nothing was changed.`,
                ),
              );
              parser.abort();
              return;
            }
            parsed.rowOf.set(key, rowNumber);
            parsed.answers.push(answer);
          }
        });
      },
      complete() {
        if (settled) return;
        settled = true;
        opts.signal?.removeEventListener('abort', onAbort);
        if (!layout)
          return reject(new ApiFailure('invalid', `"${name}" is empty: it has no header row and no answers.`));
        if (oddDates > 0)
          parsed.warnings.push(
            `${oddDates} answered_at value${oddDates === 1 ? ' is' : 's are'} not a date Tandem can read; kept as text.`,
          );
        parsed.sha256 = hash.digest('hex');
        if (reported < 1) opts.onProgress?.(1);
        resolve(parsed);
      },
      error(err: Error) {
        if (err instanceof EncodingError) {
          fail(
            new ApiFailure(
              'invalid',
              `"${name}" is not UTF-8 text (the first unreadable character is on line ${lineOfBadByte(path)}). Save it as UTF-8 — in Excel: Save As › "CSV UTF-8" — and import it again.`,
            ),
          );
        } else fail(new ApiFailure('io', `"${name}" could not be read: ${err.message}`));
      },
    });
  });
}
