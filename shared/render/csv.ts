/** One cell of a CSV row: text a user typed (or Tandem's words), or a number Tandem computed. */
export type CsvCell = string | number | null;

// Excel opens a UTF-8 CSV as UTF-8 (Cyrillic, Chinese) only when it starts with a byte-order mark.
const BOM = '\uFEFF';

/** First characters that make a spreadsheet read a cell as a formula (or, with tab / CR, hide one behind them). */
const FORMULA_START = new Set(['=', '+', '-', '@', '\t', '\r']);

/**
 * A text cell as a spreadsheet must see it: text whose first character could start a formula gets a leading
 * apostrophe, whatever follows (line breaks and U+2028 included), so `=HYPERLINK(…)` stays text. Only the first
 * character is tested: a spreadsheet never reads a formula that starts later in the cell.
 */
function neutraliseCell(text: string): string {
  return FORMULA_START.has(text.charAt(0)) ? `'${text}` : text;
}

function quote(text: string, force: boolean): string {
  // Quote what would end or split the cell, and leading/trailing spaces a reader might trim.
  const needs = force || /[",\r\n\u2028\u2029]|^\s|\s$/.test(text);
  return needs ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * One cell as CSV. A number Tandem itself writes (rank, priority, severity, a score such as −3) stays a number a
 * spreadsheet can sum; every string — anything a user typed, even "-3" — is text, neutralised if it could run.
 */
export function csvCell(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const safe = neutraliseCell(cell);
  return quote(safe, safe !== cell);
}

/** A whole CSV file: byte-order mark, header, rows, CRLF line ends (RFC 4180), every cell spreadsheet-safe. */
export function csvText(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
