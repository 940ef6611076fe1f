import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/**
 * Name of the cookie that carries the per-run token after the first visit. Browsers share cookies across the
 * ports of one host, so the port is part of the name: two hosts open in one browser never overwrite each other.
 */
export function tokenCookieName(port: number): string {
  return `tandem_token_${port}`;
}
/** Header a non-browser client (tests, scripts) may use instead of the cookie. */
export const TOKEN_HEADER = 'x-tandem-token';

/** A fresh random token for one run of the host: 24 bytes, URL-safe. */
export function newToken(): string {
  return randomBytes(24).toString('base64url');
}

/**
 * Compares a presented token with the real one in constant time. Both sides are hashed first so that
 * timingSafeEqual always sees equal lengths and the length of the real token does not leak either.
 */
export function tokenMatches(presented: string | undefined, expected: string): boolean {
  if (presented === undefined || presented === '') return false;
  const a = createHash('sha256').update(presented).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/** The value of one cookie from a Cookie header, or undefined. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/** The Set-Cookie value that hands the token to the browser: never readable by scripts, never sent cross-site. */
export function tokenCookie(token: string, port: number): string {
  return `${tokenCookieName(port)}=${token}; HttpOnly; SameSite=Strict; Path=/`;
}

/** True when the request carries the token in the cookie or the X-Tandem-Token header. */
export function hasToken(req: IncomingMessage, token: string, port: number): boolean {
  const header = req.headers[TOKEN_HEADER];
  const fromHeader = Array.isArray(header) ? header[0] : header;
  return tokenMatches(fromHeader, token) || tokenMatches(readCookie(req.headers.cookie, tokenCookieName(port)), token);
}

/**
 * True when the Host header names us exactly. A page on another site can make the browser resolve its own
 * domain to 127.0.0.1 (DNS rebinding); its requests then arrive here with that domain in Host, and are refused.
 */
export function hostAllowed(req: IncomingMessage, port: number): boolean {
  const host = req.headers.host?.toLowerCase();
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

/** True when the request has no Origin (same-origin GETs, non-browser clients) or our own origin. */
export function originAllowed(req: IncomingMessage, port: number): boolean {
  const origin = req.headers.origin?.toLowerCase();
  return origin === undefined || origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;
}
