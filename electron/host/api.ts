import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApiImplementation } from '../../shared/api/contract';
import { dispatch } from '../../shared/api/dispatch';
import type { ApiResult } from '../../shared/api/result';
import { boundsForCall, findTextBreach } from '../../shared/bounds';
import { MAX_REQUEST_BYTES, formatBytes } from '../../shared/limits';
import { SECURITY_HEADERS } from './static';

/** The largest request body the API accepts (shared/limits.ts). */
export const MAX_BODY_BYTES = MAX_REQUEST_BYTES;

class BodyTooLarge extends Error {}

/** Answers a POST /api/<name> request with the dispatch envelope. */
export async function handleApiCall(
  impl: ApiImplementation,
  name: string,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  if (req.method !== 'POST') {
    res.writeHead(405, { ...SECURITY_HEADERS, Allow: 'POST', 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('The API only answers POST requests.\n');
    return;
  }
  let text: string;
  try {
    text = await readBody(req, MAX_BODY_BYTES);
  } catch (err) {
    if (err instanceof BodyTooLarge) {
      sendEnvelope(res, 413, {
        ok: false,
        error: {
          code: 'invalid_arguments',
          message: `${name}: the request is larger than ${formatBytes(MAX_BODY_BYTES)}, the most Tandem accepts`,
        },
      });
      // Stop the client from streaming the rest of an oversized body at us.
      res.on('finish', () => req.destroy());
      return;
    }
    throw err;
  }
  // Counted before JSON.parse builds anything: a small body can still hold a million objects.
  const breach = findTextBreach(text, boundsForCall(name));
  if (breach !== null) {
    sendEnvelope(res, 413, { ok: false, error: { code: 'invalid_arguments', message: `${name}: ${breach}` } });
    return;
  }
  let args: unknown;
  if (text.trim() !== '') {
    try {
      args = JSON.parse(text);
    } catch {
      sendEnvelope(res, 200, {
        ok: false,
        error: { code: 'invalid_arguments', message: `${name}: the request body is not valid JSON` },
      });
      return;
    }
  }
  sendEnvelope(res, 200, await dispatch(impl, name, args));
}

/** Reads the whole body as UTF-8, refusing more than `limit` bytes (declared or actually sent). */
function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? '0');
  if (Number.isFinite(declared) && declared > limit) return Promise.reject(new BodyTooLarge());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > limit) {
        done = true;
        chunks.length = 0;
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (done) return;
      done = true;
      resolve(Buffer.concat(chunks).toString('utf8'));
    });
    req.on('error', (err) => {
      if (done) return;
      done = true;
      reject(err);
    });
  });
}

function sendEnvelope(res: ServerResponse, status: number, envelope: ApiResult<unknown>): void {
  const body = JSON.stringify(envelope);
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(body)),
    'Cache-Control': 'no-store',
  });
  res.end(body);
}
