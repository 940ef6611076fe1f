/**
 * The only content the renderer may load, in the Electron window and in the browser host alike: its own files.
 * No remote code, no eval, no plugins, no framing. React Flow and our components set style attributes at
 * runtime, and inline styles cannot run code, hence 'unsafe-inline' for styles only.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');
