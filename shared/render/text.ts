/**
 * Text measuring without a DOM: the SVG is built in plain TypeScript (also in Node), so widths are estimated from
 * character classes. The estimates are slightly generous so that wrapped lines fit in any of the fonts of the
 * stack (Noto Sans, DejaVu Sans, Noto Sans CJK).
 */

/** The font stack every export names; no font file is referenced. */
export const FONT_FAMILY = '"Noto Sans", "DejaVu Sans", "Noto Sans CJK SC", sans-serif';

/** True for characters that take a full em and may break anywhere (CJK ideographs, kana, hangul, full-width forms). */
export function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    code >= 0x20000
  );
}

const NARROW = new Set([..."iljtfrI!|.,:;'`()[]{} "]);
const WIDE_LATIN = new Set([...'mwMW@%ЖжШшЩщЮюМмФф—']);

/** Estimated advance of one character, in ems. */
export function charWidth(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  if (isWide(code)) return 1;
  if (NARROW.has(ch)) return 0.32;
  if (WIDE_LATIN.has(ch)) return 0.86;
  if (ch >= 'A' && ch <= 'Z') return 0.68;
  if (code >= 0x410 && code <= 0x42f) return 0.7; // Cyrillic capitals
  if (ch >= '0' && ch <= '9') return 0.6;
  return 0.58;
}

/** Estimated width of a string at a font size, in pixels. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += charWidth(ch);
  return em * fontSize;
}

/** Splits text into units that may not be broken: words (with their trailing space) and single wide characters. */
function units(text: string): string[] {
  const out: string[] = [];
  let word = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (isWide(code)) {
      if (word) out.push(word);
      word = '';
      out.push(ch);
    } else if (ch === ' ') {
      out.push(`${word} `);
      word = '';
    } else {
      word += ch;
    }
  }
  if (word) out.push(word);
  return out;
}

/** Breaks one over-long word into pieces that each fit. */
function breakWord(word: string, maxWidth: number, fontSize: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const ch of word) {
    if (piece && textWidth(piece + ch, fontSize) > maxWidth) {
      pieces.push(piece);
      piece = '';
    }
    piece += ch;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/**
 * Wraps text into lines no wider than `maxWidth`: Latin and Cyrillic at spaces (over-long words broken by
 * character), CJK between any two characters. With `maxLines`, the last kept line ends in an ellipsis when text
 * was cut.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, maxLines = Infinity): string[] {
  const lines: string[] = [];
  for (const paragraph of text.replace(/\s*\n\s*/g, '\n').split('\n')) {
    let line = '';
    for (const unit of units(paragraph.replace(/[ \t]+/g, ' ').trim())) {
      if (textWidth((line + unit).trimEnd(), fontSize) <= maxWidth) {
        line += unit;
        continue;
      }
      if (line.trim() !== '') lines.push(line.trimEnd());
      line = unit;
      if (textWidth(unit.trimEnd(), fontSize) > maxWidth) {
        const pieces = breakWord(unit.trimEnd(), maxWidth, fontSize);
        lines.push(...pieces.slice(0, -1));
        line = `${pieces[pieces.length - 1] ?? ''}${unit.endsWith(' ') ? ' ' : ''}`;
      }
    }
    if (line.trim() !== '' || lines.length === 0) lines.push(line.trimEnd());
  }
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, Math.max(1, maxLines));
  kept[kept.length - 1] = ellipsize(kept[kept.length - 1] ?? '', maxWidth, fontSize);
  return kept;
}

/** Shortens a line so that it and a trailing ellipsis fit. */
export function ellipsize(line: string, maxWidth: number, fontSize: number): string {
  let cut = line.trimEnd();
  while (cut.length > 0 && textWidth(`${cut}…`, fontSize) > maxWidth)
    cut = Array.from(cut).slice(0, -1).join('').trimEnd();
  return `${cut}…`;
}
