import type { CardBox, Rect } from '../layout';
import type { Card } from '../schema/card';
import { type PainSummary, painSummaries } from '../insight/painSummary';
import type { PainPoint } from '../schema/painPoint';
import { circlePoints, dashedPath, roundedRectPoints } from './dash';
import { attrs, escapeXml, num } from './escape';
import { textLines } from './grid';
import { intersects, type RenderModel } from './model';
import { label, localeFor, type MapLocale } from '../vocabulary';
import { COLORS, severityColor } from './palette';
import { textWidth, wrapText } from './text';

const TITLE_SIZE = 13;
const TITLE_LINE = 17;
const FOOTER_SIZE = 10;
const STRIPE = 5;
const ENGLISH = localeFor('en');

/** Every card whose box meets `region`, in lane/stage order; `gaps` (touchpoint key → disagreement share) adds gap badges. */
export function renderCards(model: RenderModel, region: Rect, gaps?: ReadonlyMap<string, number>): string {
  const out: string[] = [];
  for (const box of model.layout.cards.values()) {
    if (!intersects(box, region)) continue;
    const card = model.cards.get(box.id);
    if (!card) continue;
    const onEmotion = model.lanesById.get(card.laneId)?.kind === 'emotion';
    out.push(onEmotion ? emotionCard(model, card, box) : journeyCard(model, card, box, gaps));
  }
  return out.join('');
}

/** The outline of a card; assumed cards are dashed and proposed cards dotted, so status survives greyscale. */
function frame(card: Card, box: Rect): string {
  if (card.evidence === 'observed') {
    return `<rect${attrs({ x: box.x, y: box.y, width: box.width, height: box.height, rx: 6, fill: COLORS.cardFill, stroke: COLORS.cardStroke, 'stroke-width': 1 })}/>`;
  }
  // The dashes are geometry, not stroke-dasharray: see dash.ts for why.
  const dash = card.evidence === 'assumed' ? '5 3' : '1.5 3';
  return (
    `<rect${attrs({ x: box.x, y: box.y, width: box.width, height: box.height, rx: 6, fill: COLORS.cardFill })}/>` +
    dashedPath(roundedRectPoints(box.x, box.y, box.width, box.height, 6), dash, true, {
      stroke: COLORS.muted,
      'stroke-width': 1.2,
    })
  );
}

/** The owner team's colour as a stripe down the left edge, rounded with the card. */
function stripe(model: RenderModel, card: Card, box: Rect): string {
  const team = card.ownerTeamId ? model.teams.get(card.ownerTeamId) : undefined;
  if (!team) return '';
  const { x, y, height: h } = box;
  const d = `M${num(x + 6)},${num(y)} H${num(x + STRIPE)} V${num(y + h)} H${num(x + 6)} A6,6 0 0 1 ${num(x)},${num(y + h - 6)} V${num(y + 6)} A6,6 0 0 1 ${num(x + 6)},${num(y)} Z`;
  return `<path${attrs({ d, fill: team.color })}><title>${escapeXml(model.locale.say('card.owner', { team: team.name }))}</title></path>`;
}

/** The evidence mark (filled dot, dashed ring or plus) and its word. */
function evidenceTag(card: Card, x: number, baseline: number, locale: MapLocale): string {
  const cy = baseline - 3.5;
  const mark =
    card.evidence === 'observed'
      ? `<circle${attrs({ cx: x + 4, cy, r: 3.5, fill: COLORS.muted })}/>`
      : card.evidence === 'assumed'
        ? dashedPath(circlePoints(x + 4, cy, 3.5), '1.6 1.2', true, { stroke: COLORS.muted })
        : `<path${attrs({ d: `M${num(x + 4)},${num(cy - 4)} V${num(cy + 4)} M${num(x)},${num(cy)} H${num(x + 8)}`, stroke: COLORS.muted, 'stroke-width': 2 })}/>`;
  return (
    mark +
    textLines([label(`evidence.${card.evidence}`, { t: locale.t })], x + 12, baseline, 12, {
      'font-size': FOOTER_SIZE,
      fill: COLORS.muted,
    })
  );
}

/** The words on a pain badge after its side mark, as the canvas writes them: "3 S5". */
export function painBadgeText(summary: PainSummary, locale: MapLocale): string {
  return locale.say('card.painBadge', {
    count: locale.number(summary.count, 0),
    severity: locale.number(summary.worst, 0),
  });
}

/** The side mark of a pain badge: whose pain it is, C, E or C+E in the map's language. */
export const sideMark = (summary: PainSummary, locale: MapLocale) =>
  label(`painSideMark.${summary.side}`, { t: locale.t });

/** The summary a badge shows (count, worst severity, side), as the canvas's badge computes it. */
function summaryOf(pains: readonly PainPoint[]): PainSummary | undefined {
  return painSummaries(pains).get(pains[0]?.cardId ?? '');
}

/**
 * The canvas's pain badge on paper: a pill in the worst severity's colour holding the side mark in a white ring
 * (whose pain: C, E, C+E), the number of pain points and the worst severity in words, right-aligned at `right`.
 */
export function painBadge(
  pains: readonly PainPoint[],
  right: number,
  baseline: number,
  locale: MapLocale = ENGLISH,
): string {
  const summary = summaryOf(pains);
  if (!summary) return '';
  const text = painBadgeText(summary, locale);
  const mark = sideMark(summary, locale);
  const markWidth = textWidth(mark, FOOTER_SIZE - 1) + 8;
  const width = painBadgeWidth(pains, locale);
  const x = right - width;
  const top = baseline - 11;
  const fill = severityColor(summary.worst);
  const ink = summary.worst >= 4 ? '#ffffff' : COLORS.ink;
  const title = locale.say('card.painBadgeTitle', {
    pains: label('count.painPoint', { count: summary.count, t: locale.t }),
    severity: summary.worst,
  });
  return (
    `<g><title>${escapeXml(`${title} · ${label(`painSide.${summary.side}`, { t: locale.t })}`)}</title>` +
    `<rect${attrs({ x, y: top, width, height: 14, rx: 7, fill })}/>` +
    `<rect${attrs({ x: x + 2, y: top + 2, width: markWidth, height: 10, rx: 5, fill: '#ffffff' })}/>` +
    textLines([mark], x + 2 + markWidth / 2, baseline - 1.5, 10, {
      'font-size': FOOTER_SIZE - 1,
      fill: COLORS.ink,
      'font-weight': 800,
      'text-anchor': 'middle',
    }) +
    textLines([text], x + markWidth + 6, baseline - 0.5, 12, {
      'font-size': FOOTER_SIZE,
      fill: ink,
      'font-weight': 600,
    }) +
    `</g>`
  );
}

/** Width of the pain badge (0 without pain points), so the gap badge can sit left of it. */
function painBadgeWidth(pains: readonly PainPoint[], locale: MapLocale): number {
  const summary = summaryOf(pains);
  if (!summary) return 0;
  return (
    textWidth(sideMark(summary, locale), FOOTER_SIZE - 1) +
    8 +
    10 +
    textWidth(painBadgeText(summary, locale), FOOTER_SIZE)
  );
}

/** The words on a gap badge: "≠ 41%". */
function gapText(share: number, locale: MapLocale): string {
  return `≠ ${locale.percent(Math.round(share * 100) / 100)}`;
}

/** Width of the gap badge of a disagreement share. */
export function gapBadgeWidth(share: number, locale: MapLocale = ENGLISH): number {
  return textWidth(gapText(share, locale), FOOTER_SIZE) + 12;
}

/** The violet-brown "≠ 41%" pill itself, right-aligned at `right` (the cards' badge and the legend's sample). */
export function gapPill(share: number, right: number, baseline: number, locale: MapLocale = ENGLISH): string {
  const width = gapBadgeWidth(share, locale);
  const x = right - width;
  return (
    `<rect${attrs({ x, y: baseline - 11, width, height: 14, rx: 7, fill: COLORS.gap })}/>` +
    textLines([gapText(share, locale)], x + 6, baseline - 0.5, 12, {
      'font-size': FOOTER_SIZE,
      fill: '#ffffff',
      'font-weight': 700,
    })
  );
}

/** "≠ 41%": customers and employees at this touchpoint disagree above the map's threshold; right-aligned at `right`. */
export function gapBadge(
  share: number,
  key: string,
  right: number,
  baseline: number,
  locale: MapLocale = ENGLISH,
): string {
  const percent = locale.percent(Math.round(share * 100) / 100);
  return (
    `<g class="gap-badge"><title>${escapeXml(locale.say('card.gapTitle', { key, percent }))}</title>` +
    gapPill(share, right, baseline, locale) +
    `</g>`
  );
}

function journeyCard(model: RenderModel, card: Card, box: CardBox, gaps?: ReadonlyMap<string, number>): string {
  const left = box.x + STRIPE + 8;
  const width = box.width - STRIPE - 8 - 10;
  const maxLines = Math.max(1, Math.floor((box.height - 8 - 24) / TITLE_LINE));
  const { locale } = model;
  const title =
    card.title.trim() === '' ? [locale.say('card.untitled')] : wrapText(card.title, width, TITLE_SIZE, maxLines);
  const footer = box.y + box.height - 9;
  const pains = model.painsByCard.get(card.id) ?? [];
  const gapShare = card.key === null ? undefined : gaps?.get(card.key);
  return (
    `<g class="card">` +
    frame(card, box) +
    stripe(model, card, box) +
    textLines(title, left, box.y + 8 + TITLE_SIZE, TITLE_LINE, {
      'font-size': TITLE_SIZE,
      fill: card.title.trim() === '' ? COLORS.faint : COLORS.ink,
    }) +
    evidenceTag(card, left, footer, locale) +
    painBadge(pains, box.x + box.width - 8, footer, locale) +
    (gapShare === undefined || card.key === null
      ? ''
      : gapBadge(
          gapShare,
          card.key,
          box.x + box.width - 8 - painBadgeWidth(pains, locale) - (pains.length > 0 ? 4 : 0),
          footer,
          locale,
        )) +
    `</g>`
  );
}

/** The value word of an emotion card: "+1", "0", "−2" or "not set". */
export function emotionLabel(value: number | null, locale: MapLocale = ENGLISH): string {
  if (value === null) return locale.say('emotion.notSet');
  const r = Math.round(value * 10) / 10;
  return r > 0 ? `+${locale.number(r)}` : locale.number(r);
}

function emotionCard(model: RenderModel, card: Card, box: CardBox): string {
  const left = box.x + STRIPE + 6;
  const width = box.width - STRIPE - 6 - 8;
  const { locale } = model;
  const title = wrapText(card.title.trim() === '' ? locale.say('card.untitledShort') : card.title, width, 12, 2);
  const footer = box.y + box.height - 6;
  const value = card.emotion;
  const color = value === null ? COLORS.faint : value < 0 ? '#b8283a' : value > 0 ? '#2b8a3e' : COLORS.muted;
  return (
    `<g class="card card--emotion">` +
    frame(card, box) +
    stripe(model, card, box) +
    textLines(title, left, box.y + 16, 14, { 'font-size': 12, fill: COLORS.ink }) +
    (title.length < 2 || box.height > 56
      ? textLines([emotionLabel(value, locale)], left, footer, 12, { 'font-size': 11, 'font-weight': 700, fill: color })
      : '') +
    painBadge(model.painsByCard.get(card.id) ?? [], box.x + box.width - 6, footer, locale) +
    `</g>`
  );
}
