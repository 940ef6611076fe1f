import type { Comparison, ObjectChange } from '../history/compare';
import { summaryLine } from '../history/summary';
import type { Translate } from '../vocabulary';
import { changeNote, changesOf, objectWord } from './comparisonText';
import { escapeXml } from './escape';
import { FONT_FAMILY } from './text';

/** What the one-page summary of a comparison needs besides the comparison itself. */
export interface ComparisonPage {
  mapTitle: string;
  /** The older side in words: a version's name (or reason) and when it was kept. */
  from: string;
  /** The newer side in words; "the current map" when comparing with it. */
  to: string;
  comparison: Comparison;
  /** When the summary was made (printed in its footer). */
  now: Date;
  t?: Translate;
}

/** How much of each list the page shows: the rest is counted in a "… and N more (see the CSV)" line. */
export interface ComparisonFit {
  added: number;
  removed: number;
  changed: number;
  /** Objects left off the page, in all three lists together. */
  more: number;
}

// A4 portrait with 12 mm margins, in CSS px (96 per inch): the page is laid out to a fixed height so that it can
// never spill onto a second sheet, whatever the titles are. Each list item is exactly one line (cut with an ellipsis).
export const PAGE = { widthMm: 210, heightMm: 297, marginMm: 12 } as const;
const PX_PER_MM = 96 / 25.4;
const SHEET_HEIGHT = Math.floor((PAGE.heightMm - 2 * PAGE.marginMm) * PX_PER_MM) - 8;
const HEADER_HEIGHT = 158;
const FOOTER_HEIGHT = 22;
const SECTION_HEAD = 30;
const LINE = 16;

const SECTIONS = [
  { change: 'added', heading: 'Added', mark: '+' },
  { change: 'removed', heading: 'Removed', mark: '−' },
  { change: 'changed', heading: 'Changed', mark: '~' },
] as const;

/**
 * Shares `lines` among lists of `counts` items: every list gets an equal share, and what a short list does not need
 * goes to the longer ones. Bounded: each round either gives every open list a line or uses up the last of them.
 */
export function shareLines(counts: readonly number[], lines: number): number[] {
  const given = counts.map(() => 0);
  let left = Math.max(0, lines);
  let open = counts.map((_, i) => i).filter((i) => counts[i]! > 0);
  while (left > 0 && open.length > 0) {
    const share = Math.max(1, Math.floor(left / open.length));
    for (const i of open) {
      const give = Math.min(share, counts[i]! - given[i]!, left);
      given[i]! += give;
      left -= give;
    }
    open = open.filter((i) => given[i]! < counts[i]!);
  }
  return given;
}

function item(ch: ObjectChange, t: Translate | undefined): string {
  const note = changeNote(ch);
  return (
    `<li><span class="kind">${escapeXml(objectWord(ch.object, t))}</span>` +
    `<span class="title">${escapeXml(ch.title || '(untitled)')}</span>` +
    (note ? `<span class="note">${escapeXml(note)}</span>` : '') +
    '</li>'
  );
}

const iso = (d: Date) => d.toISOString().replace('T', ' ').slice(0, 16);

/**
 * "What changed in this workshop" as one A4 page of HTML for a CX lead's report: the map's title, the two sides
 * compared, the counts line, then the added, removed and changed objects with their titles, cut to fit the page
 * with "… and N more (see the CSV)". Text stays text; every user string is escaped.
 */
export function renderComparisonHtml(page: ComparisonPage): { html: string; fit: ComparisonFit } {
  const { comparison, t } = page;
  const lists = SECTIONS.map((s) => ({ ...s, items: changesOf(comparison, s.change) }));
  const present = lists.filter((l) => l.items.length > 0);
  const room = SHEET_HEIGHT - HEADER_HEIGHT - FOOTER_HEIGHT - present.length * SECTION_HEAD;
  const shares = shareLines(
    lists.map((l) => l.items.length),
    Math.floor(room / LINE),
  );
  const fit: ComparisonFit = { added: 0, removed: 0, changed: 0, more: 0 };
  let body = '';
  lists.forEach((l, i) => {
    if (l.items.length === 0) return;
    const lines = shares[i]!;
    // A cut list gives its last line to the count of what is left off.
    const shown = lines >= l.items.length ? l.items.length : Math.max(0, lines - 1);
    const more = l.items.length - shown;
    fit[l.change] = shown;
    fit.more += more;
    body +=
      `<section class="${l.change}"><h2><span class="mark">${l.mark}</span>${l.heading} (${l.items.length})</h2><ul>` +
      l.items
        .slice(0, shown)
        .map((ch) => item(ch, t))
        .join('') +
      (more > 0 ? `<li class="more">… and ${more} more (see the CSV)</li>` : '') +
      '</ul></section>';
  });
  if (present.length === 0)
    body = '<p class="none">The two sides are the same: nothing was added, removed or changed.</p>';

  const title = page.mapTitle.trim() || 'Untitled map';
  const counts = summaryLine(comparison.counts, { t, max: Number.POSITIVE_INFINITY });
  const css = `
@page { size: ${PAGE.widthMm}mm ${PAGE.heightMm}mm; margin: ${PAGE.marginMm}mm; }
html, body { margin: 0; padding: 0; background: #ffffff; }
body { font-family: ${FONT_FAMILY}; color: #1f2933; font-size: 11px; }
.sheet { height: ${SHEET_HEIGHT}px; overflow: hidden; display: flex; flex-direction: column; }
header { height: ${HEADER_HEIGHT}px; box-sizing: border-box; border-bottom: 1px solid #cbd2d9; overflow: hidden; }
.eyebrow { font-size: 11px; letter-spacing: 0.08em; text-transform: uppercase; color: #52606d; margin: 0 0 4px; }
h1 { font-size: 22px; line-height: 28px; margin: 0 0 10px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
dl { display: grid; grid-template-columns: 44px 1fr; row-gap: 2px; margin: 0 0 8px; font-size: 12px; line-height: 17px; }
dt { color: #52606d; } dd { margin: 0; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.counts { font-size: 13px; line-height: 18px; font-weight: 600; margin: 0; max-height: 36px; overflow: hidden; }
main { flex: 1; overflow: hidden; }
section { margin: 0; }
h2 { font-size: 13px; line-height: 18px; height: ${SECTION_HEAD - 8}px; margin: 8px 0 0; }
.mark { display: inline-block; width: 16px; text-align: center; margin-right: 4px; border-radius: 3px; color: #ffffff; }
.added .mark { background: #2f855a; } .removed .mark { background: #c53030; } .changed .mark { background: #b7791f; }
ul { list-style: none; margin: 0; padding: 0 0 0 20px; }
li { height: ${LINE}px; line-height: ${LINE}px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.kind { display: inline-block; width: 78px; color: #52606d; }
.note { color: #52606d; margin-left: 8px; }
.removed .title { text-decoration: line-through; text-decoration-color: #c53030; }
.more { color: #52606d; font-style: italic; }
.none { font-size: 13px; margin-top: 16px; }
footer { height: ${FOOTER_HEIGHT}px; line-height: ${FOOTER_HEIGHT}px; font-size: 10px; color: #7b8794; border-top: 1px solid #e4e7eb; }
`;
  const html =
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${escapeXml(`What changed — ${title}`)}</title>` +
    `<meta name="generator" content="Tandem"><style>${css}</style></head><body><div class="sheet">` +
    `<header><p class="eyebrow">What changed</p><h1>${escapeXml(title)}</h1>` +
    `<dl><dt>From</dt><dd>${escapeXml(page.from)}</dd><dt>To</dt><dd>${escapeXml(page.to)}</dd></dl>` +
    `<p class="counts">${escapeXml(counts)}</p></header>` +
    `<main>${body}</main>` +
    `<footer>Made with Tandem, ${escapeXml(iso(page.now))} UTC. The CSV export lists every change with the fields that changed.</footer>` +
    '</div></body></html>';
  return { html, fit };
}
