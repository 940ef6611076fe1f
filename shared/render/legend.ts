import type { BlueprintLineKind } from '../layout';
import type { TandemDoc } from '../schema/document';
import type { LinkKind } from '../schema/link';
import { BLUEPRINT_STYLE } from './blueprintLines';
import { circlePoints, dashedLine, dashedPath } from './dash';
import { attrs, escapeXml, num } from './escape';
import { gapBadgeWidth, gapPill } from './cards';
import { label } from '../vocabulary';
import { localeOf } from './model';
import { COLORS, LANE_FILL, LINK_STYLE, SEVERITY_COLORS } from './palette';
import { textWidth } from './text';

const ROW = 24;
const FONT = 11;

/** One legend entry: a small drawing (in a 28×12 box at the origin, or `iconWidth` wide) and its words. */
interface Item {
  icon: string;
  text: string;
  heading?: boolean;
  iconWidth?: number;
}

/** The sample value the legend's gap badge shows. */
const GAP_SAMPLE = 0.41;

const line = (color: string, dash: string | undefined, width = 2) =>
  dashedLine(0, 6, 28, 6, dash, { stroke: color, 'stroke-width': width });

function items(doc: TandemDoc): Item[] {
  const locale = localeOf(doc);
  const { t, say } = locale;
  // A heading carries its colon, as the language writes it ("Links:", "连接：").
  const heading = (text: string): Item => ({ icon: '', text: say('legend.heading', { heading: text }), heading: true });
  const out: Item[] = [heading(say('legend.links'))];
  for (const k of ['flow', 'support', 'handoff'] as LinkKind[]) {
    const s = LINK_STYLE[k];
    out.push({
      icon: `${line(s.color, s.dash)}<path${attrs({ d: 'M22,2 L28,6 L22,10 Z', fill: s.color })}/>`,
      text: say('legend.linkItem', {
        kind: label(`linkKind.${k}`, { t }),
        meaning: label(`linkKindMeaning.${k}`, { t }),
      }),
    });
  }
  out.push(heading(say('legend.lanes')));
  for (const side of ['customer', 'organisation'] as const) {
    const f = LANE_FILL[side];
    out.push({
      icon: `<rect${attrs({ x: 0, y: 0, width: 28, height: 12, fill: f.header })}/><rect${attrs({ x: 0, y: 0, width: 4, height: 12, fill: f.accent })}/>`,
      text: label(`laneSide.${side}`, { t }),
    });
  }
  out.push(heading(say('legend.evidence')));
  out.push({
    icon: `<circle cx="6" cy="6" r="4" fill="${COLORS.muted}"/>`,
    text: say('legend.evidenceItem', {
      evidence: label('evidence.observed', { t }),
      outline: say('legend.outline.observed'),
    }),
  });
  out.push({
    icon: dashedPath(circlePoints(6, 6, 4), '1.6 1.2', true, { stroke: COLORS.muted }),
    text: say('legend.evidenceItem', {
      evidence: label('evidence.assumed', { t }),
      outline: say('legend.outline.assumed'),
    }),
  });
  out.push({
    icon: `<path d="M6,2 V10 M2,6 H10" stroke="${COLORS.muted}" stroke-width="2"/>`,
    text: say('legend.evidenceItem', {
      evidence: label('evidence.proposed', { t }),
      outline: say('legend.outline.proposed'),
    }),
  });
  out.push(heading(say('legend.painPoints')));
  const swatches = SEVERITY_COLORS.map(
    (c, i) => `<rect${attrs({ x: i * 5.6, y: 1, width: 5.6, height: 10, fill: c })}/>`,
  ).join('');
  out.push({ icon: swatches, text: say('legend.painBadge') });
  if (doc.pairings.length > 0) {
    // The same drawing as on the cards, right-aligned in its own box.
    const width = gapBadgeWidth(GAP_SAMPLE, locale);
    out.push({
      icon: gapPill(GAP_SAMPLE, width, 11.5, locale),
      iconWidth: width,
      text: say('legend.perceptionGap'),
    });
  }
  if (doc.lanes.some((l) => l.kind === 'emotion')) {
    out.push(heading(label('laneKind.emotion', { t })));
    out.push({ icon: line(COLORS.customerCurve, undefined, 3), text: say('legend.curve.customer') });
    out.push({ icon: line(COLORS.employeeCurve, undefined, 3), text: say('legend.curve.employee') });
  }
  out.push(heading(say('legend.blueprint')));
  for (const k of ['interaction', 'visibility', 'internal'] as BlueprintLineKind[]) {
    out.push({
      icon: line(BLUEPRINT_STYLE[k].color, BLUEPRINT_STYLE[k].dash),
      text: label(`blueprintLine.${k}`, { t }),
    });
  }
  if (doc.teams.length > 0) {
    out.push(heading(say('legend.teams')));
    for (const t of doc.teams)
      out.push({ icon: `<rect${attrs({ x: 0, y: 0, width: 12, height: 12, rx: 2, fill: t.color })}/>`, text: t.name });
  }
  return out;
}

/** Room from an entry's left edge to its words. */
function iconSpace(item: Item): number {
  return Math.max(28, item.iconWidth ?? 28) + 6;
}

function itemWidth(item: Item): number {
  return item.heading ? textWidth(item.text, FONT) + 10 : iconSpace(item) + textWidth(item.text, FONT) + 18;
}

/** Places legend entries in rows no wider than `width`; a heading never ends a row. */
function place(doc: TandemDoc, width: number): { item: Item; x: number; row: number }[] {
  const placed: { item: Item; x: number; row: number }[] = [];
  const list = items(doc);
  let x = 0;
  let row = 0;
  list.forEach((item, i) => {
    const next = list[i + 1];
    const need = itemWidth(item) + (item.heading && next ? itemWidth(next) : 0);
    if (x > 0 && x + need > width) {
      row++;
      x = 0;
    }
    placed.push({ item, x, row });
    x += itemWidth(item) + (item.heading ? 0 : 6);
  });
  return placed;
}

/** Height the legend takes at a given width. */
export function legendHeight(doc: TandemDoc, width: number): number {
  const rows = Math.max(...place(doc, width).map((p) => p.row)) + 1;
  return 16 + rows * ROW;
}

/** The legend: link kinds, lane sides, evidence marks, pain and gap badges, emotion curves, blueprint lines and team colours. */
export function renderLegend(doc: TandemDoc, x: number, y: number, width: number): string {
  const out: string[] = [];
  for (const { item, x: ix, row } of place(doc, width)) {
    const top = y + 12 + row * ROW;
    if (item.heading) {
      out.push(
        `<text${attrs({ x: x + ix, y: top + 10, 'font-size': FONT, 'font-weight': 700, fill: COLORS.ink })}>${escapeXml(item.text)}</text>`,
      );
    } else {
      out.push(`<g transform="translate(${num(x + ix)},${num(top)})">${item.icon}</g>`);
      out.push(
        `<text${attrs({ x: x + ix + iconSpace(item), y: top + 10, 'font-size': FONT, fill: COLORS.ink })}>${escapeXml(item.text)}</text>`,
      );
    }
  }
  return `<g class="legend">${out.join('')}</g>`;
}
