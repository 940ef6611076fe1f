import type { Handout, HandoutMoment } from '../insight/handout';
import { HANDOUT_COMMENT_CHARS, HANDOUT_COMMENTS } from '../insight/handoutComments';
import { figureText, STATUS_GLYPH } from '../metrics/targets';
import type { TandemDoc } from '../schema/document';
import type { MapLocale } from '../vocabulary';
import { painBadgeText, sideMark } from './cards';
import { escapeXml as e } from './escape';
import { localeOf } from './model';
import { severityColor } from './palette';
import { FONT_FAMILY } from './text';

/** A handout is one A4 page: at most this many moments are printed; the rest are counted. */
export const HANDOUT_MOMENTS = 6;
/** At most this many of the team's own cards are named; the rest are counted. */
const OWN_NAMED = 10;
/** The handout's paper: A4 portrait, in millimetres. */
export const HANDOUT_PAPER = { width: 210, height: 297, marginMm: 12 } as const;
/** The page's size in CSS px (96 per inch), which a PNG handout is drawn at. */
export const HANDOUT_PX = { width: Math.round((210 / 25.4) * 96), height: Math.round((297 / 25.4) * 96) } as const;

function figures(m: HandoutMoment, locale: MapLocale): string {
  const { say, number } = locale;
  // One group per touchpoint the moment is measured at, each named, so two touchpoints' figures never blur.
  const groups = m.touchpoints
    .filter((tp) => tp.figures.length > 0 || tp.gaps.length > 0)
    .map((tp) => {
      const items = tp.figures.map((f) => {
        const glyph = STATUS_GLYPH[f.status];
        const target =
          f.target === null ? '' : `${say('metrics.target', { value: figureText(f.kind, f.target, number) })} · `;
        const status = f.status === 'none' ? '' : say(`metrics.status.${f.status}`);
        return (
          `<li class="fig fig--${f.status}"><b>${e(f.name)}</b> ${e(figureText(f.kind, f.value, number))}` +
          (glyph ? ` <span class="glyph" title="${e(status)}">${glyph}</span>` : '') +
          ` <span class="aside">${e(target)}${e(say('metrics.respondents', { n: number(f.n, 0) }))}</span></li>`
        );
      });
      const gaps = tp.gaps.map(
        (g) =>
          `<li class="gap">⚑ ${e(
            say('handout.gap', {
              percent: locale.percent(g.share),
              pairs: number(g.pairs, 0),
              customer: g.customer,
              employee: g.employee,
            }),
          )}</li>`,
      );
      return (
        `<p class="where">${e(say('handout.measuredAt', { touchpoints: tp.title }))}</p>` +
        `<ul class="figs">${items.join('')}${gaps.join('')}</ul>`
      );
    });
  return groups.length > 0 ? groups.join('') : `<p class="none">${e(say('handout.noFigures'))}</p>`;
}

function moment(m: HandoutMoment, locale: MapLocale): string {
  const badge = m.pain
    ? `<span class="pain" style="background:${severityColor(m.pain.worst)}"><span class="side">${e(sideMark(m.pain, locale))}</span> ${e(painBadgeText(m.pain, locale))}</span>`
    : '';
  const comments =
    m.comments.length > 0
      ? `<div class="words"><p class="label">${e(locale.say('handout.comments'))}</p>${m.comments.map((c) => `<blockquote><q>${e(c)}</q></blockquote>`).join('')}</div>`
      : '';
  return (
    `<article class="moment"><p class="stage">${e(m.stage)}</p>` +
    `<h2>${e(m.title)} ${badge}</h2>${figures(m, locale)}${comments}</article>`
  );
}

/**
 * A team's one-page handout as a self-contained HTML page (A4 portrait, print-light): the customer moments its
 * cards shape with their figures (the scorecard's rounding and target marks), flagged perception gaps, pain badges
 * and a bounded selection of customers' comments, all in the map's language.
 */
export function renderHandoutHtml(doc: TandemDoc, handout: Handout, now: Date): string {
  const locale = localeOf(doc);
  const { say, number } = locale;
  const mapTitle = doc.meta.title.trim() || say('map.untitled');
  const shown = handout.moments.slice(0, HANDOUT_MOMENTS);
  const more = handout.moments.length - shown.length;
  const named = handout.own.slice(0, OWN_NAMED).map((c) => `${c.title} (${c.stage})`);
  const ownLine =
    named.join(' · ') +
    (handout.own.length > OWN_NAMED ? ` ${say('handout.moreCards', { count: handout.own.length - OWN_NAMED })}` : '');
  const summary = [
    say('handout.momentCount', { count: handout.moments.length }),
    handout.between > 0 ? say('handout.onTheWay', { count: handout.between }) : '',
  ]
    .filter(Boolean)
    .join(' · ');
  const body =
    handout.moments.length === 0
      ? `<p class="empty">${e(say(handout.own.length === 0 ? 'handout.noCards' : 'handout.noMoments'))}</p>`
      : shown.map((m) => moment(m, locale)).join('') +
        (more > 0 ? `<p class="more">${e(say('handout.moreMoments', { count: more }))}</p>` : '');
  const legend = (['met', 'near', 'missed'] as const).map((s) => `${STATUS_GLYPH[s]} ${say(`metrics.status.${s}`)}`);
  const rule = say('handout.commentRule', { count: HANDOUT_COMMENTS, chars: number(HANDOUT_COMMENT_CHARS, 0) });
  const title = say('handout.title', { team: handout.team.name });
  const { width, height, marginMm: m } = HANDOUT_PAPER;
  const css = `
@page { size: ${width}mm ${height}mm; margin: ${m}mm; }
html, body { margin: 0; padding: 0; background: #ffffff; }
@media screen { body { padding: ${m}mm; } }
body { font-family: ${FONT_FAMILY}; color: #1f2933; font-size: 10.5px; line-height: 1.35; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.sheet { box-sizing: border-box; width: ${width - 2 * m}mm; height: ${height - 2 * m - 0.5}mm; overflow: hidden; display: flex; flex-direction: column; }
header { border-left: 6px solid ${handout.team.color}; padding: 2px 0 2px 10px; margin-bottom: 8px; }
h1 { font-size: 18px; margin: 0 0 2px; }
.sub, .own, .summary { margin: 0; color: #3b4754; }
.own b, .summary b { color: #1f2933; }
.moments { flex: 1; overflow: hidden; display: grid; grid-template-columns: 1fr 1fr; gap: 8px 12px; align-content: start; }
.moment { border: 1px solid #d5dae1; border-radius: 6px; padding: 6px 8px; break-inside: avoid; overflow: hidden; }
.stage { margin: 0; font-size: 9px; text-transform: uppercase; letter-spacing: 0.04em; color: #5f6b7a; }
h2 { font-size: 12.5px; margin: 1px 0 4px; }
.pain { display: inline-block; font-size: 9.5px; color: #ffffff; border-radius: 8px; padding: 0 6px; vertical-align: 1px; white-space: nowrap; }
.pain .side { display: inline-block; background: #ffffff; color: #1f2933; border-radius: 6px; padding: 0 3px; font-weight: 700; }
.where { margin: 0 0 2px; color: #5f6b7a; font-size: 9.5px; }
ul { list-style: none; margin: 0; padding: 0; }
.fig { margin: 1px 0; }
.fig .aside { color: #5f6b7a; font-size: 9.5px; }
.fig--met .glyph { color: #15803d; font-weight: 700; }
.fig--near .glyph { color: #a16207; font-weight: 700; }
.fig--missed .glyph { color: #b91c1c; font-weight: 700; }
.gap { color: #9a3412; margin: 2px 0; }
.words .label { margin: 4px 0 1px; font-weight: 700; font-size: 9.5px; color: #3b4754; }
blockquote { margin: 2px 0 2px 4px; padding-left: 6px; border-left: 2px solid #cbd2da; font-style: italic; color: #1f2933; }
.none, .more, .empty { color: #5f6b7a; }
.empty { grid-column: 1 / -1; font-size: 12px; padding: 12px; border: 1px dashed #aab4bf; border-radius: 6px; }
footer { margin-top: 6px; padding-top: 4px; border-top: 1px solid #d5dae1; font-size: 9px; color: #5f6b7a; display: flex; justify-content: space-between; gap: 12px; }
`;
  return (
    `<!DOCTYPE html><html lang="${e(locale.tag)}"><head><meta charset="utf-8"><title>${e(title)}</title>` +
    `<meta name="generator" content="Tandem"><style>${css}</style></head><body><section class="sheet">` +
    `<header><h1>${e(title)}</h1><p class="sub">${e(mapTitle)} · ${e(say('titleBlock.exported', { date: locale.date(now) }))}</p>` +
    (handout.own.length > 0 ? `<p class="own"><b>${e(say('handout.ownCards'))}</b> ${e(ownLine)}</p>` : '') +
    `<p class="summary"><b>${e(summary)}</b></p></header>` +
    `<div class="moments">${body}</div>` +
    `<footer><span>${e(legend.join(' · '))}</span><span>${e(rule)}</span></footer>` +
    `</section></body></html>`
  );
}
