/**
 * The only content the renderer may load, in the Electron window and in the browser host alike: its own files.
 * No remote code, no eval, no plugins, no framing. React Flow and our components set style attributes at
 * runtime, and inline styles cannot run code, hence 'unsafe-inline' for styles only.
 */
const DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
] as const;

/**
 * Directives the CSP standard ignores in a `<meta>` element (Chromium logs an error for each): only a response
 * header can carry them, and both hosts send one.
 */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

/** The policy both hosts send as the Content-Security-Policy header on every response. */
export const CONTENT_SECURITY_POLICY = DIRECTIVES.join('; ');

/**
 * The policy renderer/index.html carries in its `<meta>` element: the header's, directive for directive, less the
 * header-only ones. A test holds the HTML (source and built) to this string, so the two cannot drift apart.
 */
export const META_CONTENT_SECURITY_POLICY = DIRECTIVES.filter((d) => !HEADER_ONLY.has(d.split(' ')[0] ?? '')).join(
  '; ',
);
