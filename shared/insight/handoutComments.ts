/** One customer comment as the survey store holds it. */
export interface CommentRow {
  /** The comment as typed. */
  text: string;
  /** When it was answered (ISO 8601), or null when the file gave no time. */
  answeredAt: string | null;
  /** Import order: a later row was imported later. */
  order: number;
}

/** The handout's rule for customers' comments: at most this many per moment… */
export const HANDOUT_COMMENTS = 3;
/** …each cut to about this many characters. */
export const HANDOUT_COMMENT_CHARS = 200;

const time = (row: CommentRow): number => {
  const t = row.answeredAt === null ? Number.NaN : Date.parse(row.answeredAt);
  return Number.isNaN(t) ? Number.NEGATIVE_INFINITY : t;
};

/** A comment on one line, cut at a word boundary before `max` characters with an ellipsis when longer. */
export function trimComment(text: string, max = HANDOUT_COMMENT_CHARS): string {
  const line = text.replace(/\s+/g, ' ').trim();
  const chars = [...line];
  if (chars.length <= max) return line;
  const cut = chars.slice(0, max - 1).join('');
  const space = cut.lastIndexOf(' ');
  // A word boundary in the last fifth keeps the cut readable; a long unbroken run (or a script without spaces) is cut as is.
  const kept = space > cut.length * 0.8 ? cut.slice(0, space) : cut;
  return `${kept.replace(/[\s,;:.–—-]+$/u, '')}…`;
}

/**
 * The customers' comments a handout prints for one moment: newest first (by answer time; comments without a time
 * after those with one, later imports first), blank ones and repeats left out (compared ignoring case and spacing),
 * at most `limit`, each on one line and cut to about HANDOUT_COMMENT_CHARS characters.
 */
export function selectComments(rows: readonly CommentRow[], limit = HANDOUT_COMMENTS): string[] {
  const sorted = [...rows].sort((a, b) => time(b) - time(a) || b.order - a.order);
  const seen = new Set<string>();
  const out: string[] = [];
  for (const row of sorted) {
    if (out.length >= limit) break;
    const text = trimComment(row.text);
    const same = text.toLocaleLowerCase();
    if (text === '' || seen.has(same)) continue;
    seen.add(same);
    out.push(text);
  }
  return out;
}
