/** Escapes text for use in XML/HTML element content and double- or single-quoted attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ENTITIES[ch] ?? ch).replace(CONTROL, '');
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

// Control characters other than tab/newline are not allowed in XML 1.0 at all: a pasted one would make the
// whole SVG unparsable, so they are dropped rather than escaped. Lone surrogates are dropped for the same reason.
const CONTROL =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: XML 1.0 forbids these control characters, so the sanitiser matches them on purpose
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** A number written compactly for SVG coordinates (at most two decimals, no "-0"). */
export function num(n: number): string {
  const r = Math.round(n * 100) / 100;
  return Object.is(r, -0) ? '0' : String(r);
}

/** Builds an attribute list from a record, escaping every value; undefined values are left out. */
export function attrs(values: Record<string, string | number | undefined>): string {
  let out = '';
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined) continue;
    out += ` ${name}="${escapeXml(typeof value === 'number' ? num(value) : value)}"`;
  }
  return out;
}
