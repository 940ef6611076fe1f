import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { MAX_SURVEY_CONTENT } from '../../shared/api/contract';
import { ApiFailure } from '../../shared/api/result';

/**
 * Runs `fn` on survey text the renderer read from a file input, written to a temp file under the user's file name,
 * so the one streaming reader (its checks, progress and duplicate detection by bytes) does the work and reports the
 * name the user knows. The temp folder is removed whatever happens.
 */
export async function withContentFile<T>(
  fileName: string,
  content: string,
  fn: (file: string) => Promise<T>,
): Promise<T> {
  if (Buffer.byteLength(content, 'utf8') > MAX_SURVEY_CONTENT) {
    throw new ApiFailure(
      'invalid',
      `"${fileName}" is larger than ${MAX_SURVEY_CONTENT / 1024 / 1024} MB; split it into smaller files.`,
    );
  }
  const dir = mkdtempSync(join(tmpdir(), 'tandem-survey-'));
  try {
    const safe =
      basename(fileName.replace(/\\/g, '/'))
        // biome-ignore lint/suspicious/noControlCharactersInRegex: file names must not carry C0 control characters (U+0000–U+001F), so they are replaced on purpose
        .replace(/[<>:"/\\|?*\u0000-\u001f]/g, '-')
        .trim() || 'survey.csv';
    const file = join(dir, safe);
    writeFileSync(file, content, 'utf8');
    return await fn(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
