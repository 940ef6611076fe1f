import Papa from 'papaparse';
import { MAX_SURVEY_CONTENT } from '../../../shared/api/contract';

/** Where a survey comes from: a path the host can read (desktop app), or text read in the page (browser host). */
export type SurveySource =
  | { kind: 'path'; path: string; fileName: string }
  | { kind: 'content'; content: string; fileName: string };

/** The start of a CSV as the column-mapping dialog shows it. */
export interface CsvPreview {
  header: string[];
  rows: string[][];
}

/** The file's name without its folders, for messages. */
export const fileNameOf = (path: string): string => path.split(/[\\/]/).pop() || path;

/**
 * Reads a file picked in the page as strict UTF-8 (a byte-order mark kept, so the host sees the same bytes and
 * recognises a file imported twice). Too large or not UTF-8: a sentence saying what to do instead.
 */
export async function readSurveyFile(
  file: File,
): Promise<{ ok: true; source: SurveySource } | { ok: false; message: string }> {
  if (file.size > MAX_SURVEY_CONTENT) {
    return {
      ok: false,
      message: `"${file.name}" is ${(file.size / 1024 / 1024).toFixed(0)} MB; surveys up to ${MAX_SURVEY_CONTENT / 1024 / 1024} MB can be imported here. Split it into smaller files.`,
    };
  }
  let bytes: ArrayBuffer;
  try {
    bytes = await file.arrayBuffer();
  } catch (err) {
    return {
      ok: false,
      message: `"${file.name}" could not be read: ${err instanceof Error ? err.message : String(err)}`,
    };
  }
  try {
    const content = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    return { ok: true, source: { kind: 'content', content, fileName: file.name } };
  } catch {
    return {
      ok: false,
      message: `"${file.name}" is not UTF-8 text. Save it as UTF-8 — in Excel: Save As › "CSV UTF-8" — and import it again.`,
    };
  }
}

/** The header and first rows of CSV text (any of comma, semicolon or tab), without a byte-order mark. */
export function previewCsv(text: string, rows = 5): CsvPreview {
  const parsed = Papa.parse<string[]>(text.slice(0, 64 * 1024), {
    header: false,
    skipEmptyLines: 'greedy',
    preview: rows + 1,
  });
  const [header = [], ...data] = parsed.data;
  return { header: header.map((h) => h.replace(/^\uFEFF/, '')), rows: data };
}
