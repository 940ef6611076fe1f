import { closeSync, openSync, readSync } from 'node:fs';
import { basename } from 'node:path';
import Papa from 'papaparse';
import { ApiFailure } from '../../shared/api/result';

/** Bytes read for a preview: enough for a header and a few rows of any sensible survey export. */
const PREVIEW_BYTES = 64 * 1024;

/**
 * The header and first rows of a survey CSV, for the column-mapping dialog of wide files. Reads only the start of
 * the file; a character cut at the end of that window is dropped rather than shown broken.
 */
export function previewSurvey(path: string, rows = 5): { header: string[]; rows: string[][] } {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    throw new ApiFailure('not_found', `"${basename(path)}" could not be opened.`);
  }
  const buffer = Buffer.alloc(PREVIEW_BYTES);
  let n: number;
  try {
    n = readSync(fd, buffer, 0, PREVIEW_BYTES, 0);
  } finally {
    closeSync(fd);
  }
  const text = new TextDecoder('utf-8').decode(buffer.subarray(0, n)).replace(/\uFFFD+$/, '');
  const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: 'greedy', preview: rows + 1 });
  const [header = [], ...data] = parsed.data;
  return { header: header.map((h) => h.replace(/^\uFEFF/, '')), rows: data };
}
