// Everything the CLI prints passes through here. Survey cells, map and card titles, file names and the error
// messages that quote them are user data: an ESC in a CSV cell would otherwise be a terminal escape sequence
// (recolouring, retitling or clearing the terminal, or worse on some emulators), and a right-to-left override
// would make the printed line read differently from what it says.

/**
 * What a terminal acts on instead of showing: the C0 controls (NUL, BEL, BS, ESC, …), DEL, the C1 controls
 * (U+0080–U+009F; U+009B is a one-byte CSI), the bidi embeddings, overrides and isolates (U+202A–U+202E,
 * U+2066–U+2069) and the Unicode line and paragraph separators.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Readonly<Record<string, string>> = { '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/**
 * Shows every character a terminal would act on as a visible escape (`\u001b`, `\u202e`, `\n`) and leaves every
 * other character alone, Polish, Cyrillic and Chinese included. The escapes are those of JSON and JavaScript, so
 * JSON output passed through here still parses to the same values.
 */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Output of several lines (help, JSON, a list of problems): each line made safe, the breaks between them kept. */
export function terminalSafeLines(text: string): string {
  return text.split('\n').map(terminalSafe).join('\n');
}
