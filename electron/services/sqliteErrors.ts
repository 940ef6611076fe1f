import { basename } from 'node:path';
import { ApiFailure } from '../../shared/api/result';

/** Turns a SQLite error met while opening or reading a file into a message a user can act on. */
export function readableOpenError(path: string, err: unknown): ApiFailure {
  if (err instanceof ApiFailure) return err;
  const name = basename(path);
  const code = (err as { code?: string }).code ?? '';
  const message = err instanceof Error ? err.message : String(err);
  if (code === 'SQLITE_NOTADB' || /not a database/i.test(message)) {
    return new ApiFailure('invalid', `"${name}" is not a Tandem map: it is not a SQLite database.`);
  }
  if (code === 'SQLITE_CORRUPT' || /malformed|corrupt/i.test(message)) {
    return new ApiFailure(
      'invalid',
      `"${name}" is damaged (the database is malformed): it may have been cut short while copying.`,
    );
  }
  if (code === 'SQLITE_CANTOPEN' || code === 'ENOENT')
    return new ApiFailure('not_found', `"${path}" does not exist or cannot be opened.`);
  if (code === 'SQLITE_READONLY' || code === 'SQLITE_PERM')
    return new ApiFailure('io', `"${name}" cannot be written: check its permissions.`);
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED')
    return new ApiFailure('io', `"${name}" is busy in another program; close it there and try again.`);
  if (code === 'SQLITE_FULL')
    return new ApiFailure('io', `The disk is full: "${name}" could not be written. Nothing was changed.`);
  return new ApiFailure('io', `"${name}" could not be read: ${message}`);
}
