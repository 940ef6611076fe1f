import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { CustomScheme } from 'electron';
import { contentTypeFor } from '../services/contentTypes';
import { APP_HOST, APP_SCHEME, CONTENT_SECURITY_POLICY } from './security';

/**
 * `app://` must be registered before `ready`: `standard` gives it real origins and relative URLs, `secure`
 * makes it a secure context, `supportFetchAPI` lets the renderer fetch its own assets. It is NOT given
 * `bypassCSP` or `corsEnabled`: it is just a read-only file server for dist/renderer.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true },
};

/**
 * Maps an app:// URL to a file inside `root`, or null when the URL names another host or tries to climb
 * out of the root (`..`, encoded separators, absolute paths).
 */
export function resolveAppFile(root: string, rawUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const relative = pathname === '/' ? 'index.html' : pathname.replace(/^\/+/, '');
  const base = path.resolve(root);
  const file = path.resolve(base, relative);
  if (file !== base && !file.startsWith(base + path.sep)) return null;
  return file;
}

/**
 * The request handler for `protocol.handle('app', …)`: serves files from `root` read-only, with the CSP
 * header attached here as well as by `onHeadersReceived` (custom-protocol responses are not guaranteed to
 * pass through webRequest on every Electron version; the header must never be missing).
 */
export function createAppProtocolHandler(root: string): (request: Request) => Promise<Response> {
  return async (request) => {
    const headers = { 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'X-Content-Type-Options': 'nosniff' };
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response('method not allowed', { status: 405, headers });
    }
    const file = resolveAppFile(root, request.url);
    if (!file) return new Response('not found', { status: 404, headers });
    try {
      const body = await readFile(file);
      const type = contentTypeFor(file);
      return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
        status: 200,
        headers: { ...headers, 'Content-Type': type },
      });
    } catch {
      return new Response('not found', { status: 404, headers });
    }
  };
}
