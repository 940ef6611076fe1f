import { evidenceSchema } from '../schema/card';
import type { TandemDoc } from '../schema/document';
import type { MetricValue } from '../schema/metric';
import { escapeXml } from './escape';
import { legendHeight, renderLegend } from './legend';
import { severityColor } from './palette';
import { label, type MapLocale } from '../vocabulary';
import { localeOf } from './model';
import { sitesSection } from './printSites';
import { promisesSection } from './promisesAppendix';
import { actionRegister, painRegister } from './register';
import { type PrintTrend, trendSection } from './printTrend';
import { svgOpen, type RenderOptions } from './svg';

const e = escapeXml;

function section(title: string, body: string): string {
  return `<section class="appendix"><h2>${e(title)}</h2>${body}</section>`;
}

function table(head: { text: string; num?: boolean }[], rows: string[][]): string {
  const th = head.map((h) => `<th${h.num ? ' class="num"' : ''}>${e(h.text)}</th>`).join('');
  const body = rows
    .map((r) => `<tr>${r.map((cell, i) => `<td${head[i]?.num ? ' class="num"' : ''}>${cell}</td>`).join('')}</tr>`)
    .join('');
  return `<table><thead><tr>${th}</tr></thead><tbody>${body}</tbody></table>`;
}

function legendSection(doc: TandemDoc, locale: MapLocale): string {
  const { t, say } = locale;
  const width = 900;
  const height = legendHeight(doc, width);
  const svg = `${svgOpen(width, height, { x: 0, y: 0, width, height }) + renderLegend(doc, 0, 0, width)}</svg>`;
  const terms: [string, string][] = [
    [label('blueprintLine.interaction', { t }), say('appendix.term.interaction')],
    [label('blueprintLine.visibility', { t }), say('appendix.term.visibility')],
    [label('blueprintLine.internal', { t }), say('appendix.term.internal')],
    [say('appendix.term.supportLinks'), say('appendix.term.supportLinksMeaning')],
    [say('appendix.term.priority'), say('appendix.term.priorityMeaning', { formula: say('priority.formula') })],
    [
      say('appendix.term.evidence'),
      evidenceSchema.options
        .map((v) =>
          say('appendix.term.evidenceItem', {
            evidence: label(`evidence.${v}`, { t }),
            meaning: label(`evidenceMeaning.${v}`, { t }),
          }),
        )
        .join(' '),
    ],
  ];
  const dl = `<dl>${terms.map(([term, d]) => `<dt>${e(term)}</dt><dd>${e(d)}</dd>`).join('')}</dl>`;
  return section(say('appendix.legend'), svg + dl);
}

function scorecardSection(doc: TandemDoc, values: readonly MetricValue[], locale: MapLocale): string {
  const { say, number } = locale;
  const stages = [...doc.stages].sort((a, b) => a.order - b.order);
  const note = `<p class="note">${e(say('scorecard.note'))}</p>`;
  if (doc.metrics.length === 0)
    return section(say('scorecard.heading'), `${note}<p class="note">${e(say('scorecard.empty'))}</p>`);
  const respondents = (n: number | null) => (n === null ? '' : say('metrics.respondents', { n: number(n, 0) }));
  const rows = doc.metrics.map((m) => {
    const cells = stages.map((s) => {
      const v = values.find((x) => x.metricId === m.id && x.stageId === s.id);
      if (!v) return '<span style="color:#9aa5b1">—</span>';
      const detail = [respondents(v.n), v.period].filter(Boolean).join(' · ');
      // CES to two decimals (a mean on 1–7), everything else to one, as the app shows them.
      return `<b>${e(number(v.value, m.kind === 'ces' ? 2 : 1))}</b>${detail ? `<br><span style="color:#5f6b7a">${e(detail)}</span>` : ''}`;
    });
    return [
      `${e(m.name)}`,
      e(say(m.side === 'customer' ? 'metrics.cx' : 'metrics.ex')),
      m.target === null ? '' : e(number(m.target)),
      ...cells,
    ];
  });
  const head = [
    { text: say('scorecard.metric') },
    { text: say('scorecard.side') },
    { text: say('scorecard.target'), num: true },
    ...stages.map((s) => ({ text: s.name, num: true })),
  ];
  const cards = new Map(doc.cards.map((c) => [c.id, c.title]));
  const metrics = new Map(doc.metrics.map((m) => [m.id, m.name]));
  const byCard = values.filter((v) => v.cardId !== null);
  const cardTable =
    byCard.length === 0
      ? ''
      : `<h2 style="font-size:13px;margin-top:14px">${e(say('scorecard.byTouchpoint'))}</h2>` +
        table(
          [
            { text: say('scorecard.touchpoint') },
            { text: say('scorecard.metric') },
            { text: say('scorecard.value'), num: true },
            { text: say('scorecard.respondents'), num: true },
            { text: say('scorecard.period') },
          ],
          byCard.map((v) => [
            e(cards.get(v.cardId ?? '') ?? ''),
            e(metrics.get(v.metricId) ?? ''),
            e(number(v.value)),
            v.n === null ? '' : e(number(v.n, 0)),
            e(v.period),
          ]),
        );
  return section(say('scorecard.heading'), note + table(head, rows) + cardTable);
}

function registerSection(doc: TandemDoc, locale: MapLocale): string {
  const { t, say, number } = locale;
  const rows = painRegister(doc).map((r) => [
    e(number(r.rank, 0)),
    e(number(r.priority, 2)),
    // Who added it in a workshop, small under the title (participant text: escaped like every other cell).
    e(r.pain.title) +
      (r.addedBy ? `<br><span class="by">${e(say('register.addedBy', { name: r.addedBy }))}</span>` : ''),
    e(r.card) +
      (r.cardAddedBy ? `<br><span class="by">${e(say('register.addedBy', { name: r.cardAddedBy }))}</span>` : ''),
    e(r.stage),
    e(r.lane),
    e(label(`painSide.${r.pain.side}`, { t })),
    `<span class="sev" style="background:${severityColor(r.pain.severity)};color:${r.pain.severity >= 4 ? '#fff' : '#1f2933'}">${r.pain.severity}</span>`,
    String(r.pain.reach),
    String(r.pain.votes),
    e(label(`painStatus.${r.pain.status}`, { t })),
    e(r.team),
  ]);
  const note = `<p class="note">${e(say('register.note', { formula: say('priority.formula') }))}</p>`;
  if (rows.length === 0)
    return section(say('register.heading'), `${note}<p class="note">${e(say('register.empty'))}</p>`);
  const column = (text: string, isNumber = false) => ({ text, num: isNumber });
  const head = [
    column(say('register.rank'), true),
    column(label('registerColumn.priority', { t }), true),
    column(label('registerColumn.painPoint', { t })),
    column(label('registerColumn.card', { t })),
    column(label('registerColumn.stage', { t })),
    column(label('registerColumn.lane', { t })),
    column(label('registerColumn.side', { t })),
    column(label('registerColumn.severity', { t }), true),
    column(label('registerColumn.reach', { t }), true),
    column(label('registerColumn.votes', { t }), true),
    column(label('registerColumn.status', { t })),
    column(label('registerColumn.team', { t })),
  ];
  return section(say('register.heading'), note + table(head, rows));
}

function actionsSection(doc: TandemDoc, locale: MapLocale): string {
  const { t, say, number } = locale;
  const rows = actionRegister(doc, t).map((a) => [
    e(a.title),
    e(a.owner || '—'),
    e(number(a.effort, 0)),
    e(a.status),
    e(number(a.topPriority, 2)),
    e(a.painPoints.join('; ')),
  ]);
  if (rows.length === 0) return section(say('actions.heading'), `<p class="note">${e(say('actions.empty'))}</p>`);
  const head = [
    { text: label('actionColumn.action', { t }) },
    { text: say('actions.owner') },
    { text: say('actions.effort'), num: true },
    { text: label('actionColumn.status', { t }) },
    { text: say('actions.topPriority'), num: true },
    { text: say('actions.answers') },
  ];
  return section(say('actions.heading'), `<p class="note">${e(say('actions.note'))}</p>${table(head, rows)}`);
}

/**
 * The appendix pages in the map's language: legend, CX + EX scorecard, its trend by period (with two or more
 * periods of survey answers), pain point register, actions with owners.
 */
export function renderAppendix(doc: TandemDoc, options: RenderOptions & { trend?: PrintTrend }): string {
  const locale = localeOf(doc);
  return (
    legendSection(doc, locale) +
    scorecardSection(doc, options.metricValues ?? doc.metricValues, locale) +
    sitesSection(doc, options.sites ?? [], locale) +
    trendSection(doc, options.trend, locale) +
    registerSection(doc, locale) +
    actionsSection(doc, locale) +
    promisesSection(doc, options.evidence, locale)
  );
}
