import { createHash } from 'node:crypto';
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { Transform, type TransformCallback } from 'node:stream';
import type { Database } from 'better-sqlite3';
import Papa from 'papaparse';
import { ApiFailure } from '../../shared/api/result';
import { MAX_SURVEY_ANSWERS, MAX_SURVEY_BYTES, formatBytes, formatCount } from '../../shared/limits';
import { assertRegularFile } from './fileSafety';
import {
  MAX_LISTED_ERRORS,
  listErrors,
  questionRules,
  readRow,
  resolveColumns,
  type ColumnLayout,
  type QuestionRules,
  type WideMapping,
} from '../../shared/metrics/surveyRows';
import type { ImportSummary } from '../../shared/metrics/surveySchemas';
import type { TandemDoc } from '../../shared/schema/document';
import type { SurveyResponse } from '../../shared/schema/survey';
import { readableOpenError } from './sqliteErrors';

export type { ImportSummary } from '../../shared/metrics/surveySchemas';

/** What the survey services need of an open map: its connection and its document (a DocumentStore is one). */
export interface SurveyTarget {
  readonly database: Database;
  readonly doc: TandemDoc;
}

export interface ImportOptions {
  /** Called with the share of the file read so far (0…1), at most about once per percent, and with 1 at the end. */
  onProgress?(fraction: number): void;
  /** Cancels the import; nothing is written. */
  signal?: AbortSignal;
  /** Reads a wide file (one row per interaction, one column per question) instead of the long format. */
  mapping?: WideMapping;
}

/** One parsed file, before anything is written. */
interface ParsedFile {
  answers: SurveyResponse[];
  /** Spreadsheet row number (header = row 1) of each answer key, to name rows that clash with earlier imports. */
  rowOf: Map<string, number>;
  errors: string[];
  errorCount: number;
  sha256: string;
  warnings: string[];
}

const answerKey = (a: Pick<SurveyResponse, 'interactionId' | 'respondent' | 'touchpoint' | 'question'>): string =>
  `${a.interactionId}\u0000${a.respondent}\u0000${a.touchpoint}\u0000${a.question}`;

/** Thrown inside the stream when the bytes are not UTF-8; turned into a readable failure by the caller. */
class EncodingError extends Error {}

/**
 * Hashes the exact bytes, counts them for the progress bar and decodes them as strict UTF-8. A wrong encoding
 * (Latin-1, UTF-16 from "Unicode text" exports) stops the import instead of turning into mojibake in the map.
 * Strings go out in object mode so papaparse never re-decodes a character split across two chunks.
 */
function decodingStream(onBytes: (n: number) => void, hash: ReturnType<typeof createHash>): Transform {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const decode = (chunk?: Buffer): string => {
    try {
      return chunk ? decoder.decode(chunk, { stream: true }) : decoder.decode();
    } catch {
      throw new EncodingError('not utf-8');
    }
  };
  return new Transform({
    readableObjectMode: true,
    transform(chunk: Buffer, _enc, done: TransformCallback) {
      hash.update(chunk);
      onBytes(chunk.length);
      try {
        const text = decode(chunk);
        done(null, text === '' ? undefined : text);
      } catch (err) {
        done(err as Error);
      }
    },
    flush(done: TransformCallback) {
      try {
        const text = decode();
        done(null, text === '' ? undefined : text);
      } catch (err) {
        done(err as Error);
      }
    },
  });
}

/** Line (1-based) of the first byte that is not valid UTF-8, for the error message. Reads the file again: only on that error path. */
function lineOfBadByte(path: string): number {
  const bytes = readFileSync(path);
  let line = 1;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (len === 0 || i + len > bytes.length) return line;
    for (let k = 1; k < len; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return line;
    if (b === 0x0a) line++;
    i += len;
  }
  return line;
}

/** Streams the file through papaparse, validating each row; resolves with everything read, or rejects on a file-level problem. */
function parseFile(path: string, rules: QuestionRules, opts: ImportOptions): Promise<ParsedFile> {
  const name = basename(path);
  const size = Math.max(1, statSync(path).size);
  const hash = createHash('sha256');
  const parsed: ParsedFile = { answers: [], rowOf: new Map(), errors: [], errorCount: 0, sha256: '', warnings: [] };
  let layout: ColumnLayout | null = null;
  let rowNumber = 0;
  let oddDates = 0;
  let read = 0;
  let reported = 0;

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
    const onAbort = (): void =>
      fail(new ApiFailure('io', `The import of "${name}" was cancelled; nothing was changed.`));
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
              fail(new ApiFailure('invalid', `"${name}" was not imported: ${columns.error}`));
              parser.abort();
              return;
            }
            layout = columns.layout;
            if (layout.ignored.length > 0) parsed.warnings.push(`Columns not used: ${layout.ignored.join(', ')}.`);
            return;
          }
          const quoteError = quoteErrors.get(i);
          if (quoteError) return error(rowNumber, quoteError);
          const row = readRow(fields, layout, rules);
          for (const message of row.errors) error(rowNumber, message);
          if (row.oddDate) oddDates++;
          for (const answer of row.answers) {
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

/** "2026-11-22 21:05 UTC" from an ISO time. */
const readableTime = (iso: string): string => `${iso.slice(0, 16).replace('T', ' ')} UTC`;

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

/** Writes the import and its answers in one transaction; rolls back (and throws) if answers clash with earlier imports. */
function write(db: Database, name: string, parsed: ParsedFile): number {
  const insertImport = db.prepare(
    'INSERT INTO survey_imports (file_name, sha256, imported_at, row_count) VALUES (?, ?, ?, ?)',
  );
  // One prepared single-row statement, reused: multi-row INSERTs of 16 or 100 answers each measured no faster
  // with better-sqlite3 (docs/performance.md).
  const insertAnswer = db.prepare(
    'INSERT INTO survey_responses (import_id, interaction_id, respondent, touchpoint, question, value, answered_at, comment) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  return db.transaction(() => {
    const importId = Number(
      insertImport.run(name, parsed.sha256, new Date().toISOString(), parsed.answers.length).lastInsertRowid,
    );
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
  const earlier = db
    .prepare('SELECT file_name AS fileName, imported_at AS importedAt FROM survey_imports WHERE sha256 = ?')
    .get(parsed.sha256) as { fileName: string; importedAt: string } | undefined;
  if (earlier) {
    throw new ApiFailure(
      'conflict',
      `"${name}" was already imported on ${readableTime(earlier.importedAt)} (as "${earlier.fileName}"); importing it again would count every answer twice. Nothing was changed.`,
    );
  }
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
  if (opts.signal?.aborted) throw new ApiFailure('io', `The import of "${name}" was cancelled; nothing was changed.`);

  let importId: number;
  try {
    importId = write(db, name, parsed);
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
