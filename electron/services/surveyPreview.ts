import { closeSync, readSync } from 'node:fs';
import Papa from 'papaparse';
import { openRegularFile } from './fileSafety';

/** Bytes read for a preview: enough for a header and a few rows of any sensible survey export. */
const PREVIEW_BYTES = 64 * 1024;

/**
 * The header and first rows of a survey CSV, for the column-mapping dialog of wide files. Reads only the start of
 * the file; a character cut at the end of that window is dropped rather than shown broken.
 */
export function previewSurvey(path: string, rows = 5): { header: string[]; rows: string[][] } {
  // A FIFO or a device is refused before it can block the read; a missing file is `not_found`.
  const fd = openRegularFile(path, 'survey file');
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
