import { createReadStream, existsSync, realpathSync, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { extname, resolve, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../shared/api/csp';
import { contentTypeFor } from '../services/contentTypes';

export { CONTENT_SECURITY_POLICY };

/** Headers every response carries, whatever it is. */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  // The first URL carries the token in its query: never pass it on to anyone in a Referer.
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

export { contentTypeFor };

/** Why a static path was not resolved to a file. */
export type StaticLookup =
  | { kind: 'file'; path: string }
  | { kind: 'forbidden' }
  | { kind: 'not_found' }
  | { kind: 'bad_request' };

/**
 * Maps the raw (still percent-encoded) URL path to a file inside `root`. Any `..` segment, before or after
 * decoding, is refused outright; the resolved path must then still lie inside the real root, which also
 * catches symlinks that point out of it.
 */
export function lookupStatic(root: string, rawPath: string): StaticLookup {
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return { kind: 'bad_request' };
  }
  if (decoded.includes('\0')) return { kind: 'bad_request' };
  const segments = decoded.split(/[/\\]+/);
  if (segments.some((s) => s === '..')) return { kind: 'forbidden' };

  const realRoot = safeRealpath(root);
  if (realRoot === undefined) return { kind: 'not_found' };
  const relative =
    decoded === '/' || decoded === '' ? 'index.html' : `.${decoded.startsWith('/') ? '' : '/'}${decoded}`;
  const candidate = resolve(realRoot, relative);
  if (!isInside(realRoot, candidate)) return { kind: 'forbidden' };
  const real = safeRealpath(candidate);
  if (real === undefined) return { kind: 'not_found' };
  if (!isInside(realRoot, real)) return { kind: 'forbidden' };
  if (!statSync(real).isFile()) return { kind: 'not_found' };
  return { kind: 'file', path: real };
}

/** True when the renderer build is there to serve. */
export function isBuilt(root: string): boolean {
  return existsSync(resolve(root, 'index.html'));
}

/** Streams one file with its content type and the security headers. */
export function sendFile(res: ServerResponse, file: string, extraHeaders: Record<string, string> = {}): void {
  const size = statSync(file).size;
  const isHtml = extname(file).toLowerCase() === '.html';
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': contentTypeFor(file),
    'Content-Length': String(size),
    // index.html is tied to this run's token; hashed assets can be cached by the browser for the session.
    'Cache-Control': isHtml ? 'no-store' : 'private, max-age=3600',
    ...extraHeaders,
  });
  const stream = createReadStream(file);
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}

function isInside(root: string, p: string): boolean {
  return p === root || p.startsWith(root.endsWith(sep) ? root : root + sep);
}

function safeRealpath(p: string): string | undefined {
  try {
    return realpathSync(p);
  } catch {
    return undefined;
  }
}
