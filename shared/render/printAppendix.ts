import { PRIORITY_FORMULA } from '../metrics/priority';
import { evidenceSchema } from '../schema/card';
import type { TandemDoc } from '../schema/document';
import type { MetricValue } from '../schema/metric';
import { escapeXml, num } from './escape';
import { legendHeight, renderLegend } from './legend';
import { severityColor } from './palette';
import { label } from '../vocabulary';
import { actionRegister, painRegister } from './register';
import { svgOpen, type RenderOptions } from './svg';

const e = escapeXml;

/** A figure as the app shows it: CES to two decimals (a mean on 1–7), everything else to one. */
function formatValue(v: number, decimals = 1): string {
  const r = Math.round(v * 10 ** decimals) / 10 ** decimals;
  return r < 0 ? `−${Math.abs(r)}` : String(r);
}

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

function legendSection(doc: TandemDoc): string {
  const width = 900;
  const height = legendHeight(doc, width);
  const svg = svgOpen(width, height, { x: 0, y: 0, width, height }) + renderLegend(doc, 0, 0, width) + '</svg>';
  const terms: [string, string][] = [
    [label('blueprintLine.interaction'), 'Between what the customer does and what the frontstage staff do with them.'],
    [
      label('blueprintLine.visibility'),
      'Everything below it happens out of the customer’s sight: backstage work and the systems behind it.',
    ],
    [label('blueprintLine.internal'), 'Between backstage staff and the support processes and systems they depend on.'],
    [
      'Support links',
      'A step below the line that enables a customer moment above it: the back office’s hidden contribution.',
    ],
    ['Pain point priority', `${PRIORITY_FORMULA}. Severity and reach run 1–5; every dot vote adds a tenth.`],
    [
      'Evidence',
      evidenceSchema.options.map((v) => `${label(`evidence.${v}`)}: ${label(`evidenceMeaning.${v}`)}.`).join(' '),
    ],
  ];
  const dl = `<dl>${terms.map(([t, d]) => `<dt>${e(t)}</dt><dd>${e(d)}</dd>`).join('')}</dl>`;
  return section('Legend', svg + dl);
}

function scorecardSection(doc: TandemDoc, values: readonly MetricValue[]): string {
  const stages = [...doc.stages].sort((a, b) => a.order - b.order);
  const note =
    '<p class="note">Stage values as entered by hand (or computed from imported survey responses). Each cell: value, number of respondents, period.</p>';
  if (doc.metrics.length === 0)
    return section('CX + EX scorecard', `${note}<p class="note">This map tracks no metrics yet.</p>`);
  const rows = doc.metrics.map((m) => {
    const cells = stages.map((s) => {
      const v = values.find((x) => x.metricId === m.id && x.stageId === s.id);
      if (!v) return '<span style="color:#9aa5b1">—</span>';
      const detail = [v.n === null ? '' : `n=${v.n}`, v.period].filter(Boolean).join(' · ');
      return `<b>${e(formatValue(v.value, m.kind === 'ces' ? 2 : 1))}</b>${detail ? `<br><span style="color:#5f6b7a">${e(detail)}</span>` : ''}`;
    });
    return [
      `${e(m.name)}`,
      m.side === 'customer' ? 'CX' : 'EX',
      m.target === null ? '' : e(formatValue(m.target)),
      ...cells,
    ];
  });
  const head = [
    { text: 'Metric' },
    { text: 'Side' },
    { text: 'Target', num: true },
    ...stages.map((s) => ({ text: s.name, num: true })),
  ];
  const cards = new Map(doc.cards.map((c) => [c.id, c.title]));
  const metrics = new Map(doc.metrics.map((m) => [m.id, m.name]));
  const byCard = values.filter((v) => v.cardId !== null);
  const cardTable =
    byCard.length === 0
      ? ''
      : `<h2 style="font-size:13px;margin-top:14px">By touchpoint</h2>` +
        table(
          [
            { text: 'Touchpoint' },
            { text: 'Metric' },
            { text: 'Value', num: true },
            { text: 'n', num: true },
            { text: 'Period' },
          ],
          byCard.map((v) => [
            e(cards.get(v.cardId ?? '') ?? ''),
            e(metrics.get(v.metricId) ?? ''),
            e(formatValue(v.value)),
            v.n === null ? '' : String(v.n),
            e(v.period),
          ]),
        );
  return section('CX + EX scorecard', note + table(head, rows) + cardTable);
}

function registerSection(doc: TandemDoc): string {
  const rows = painRegister(doc).map((r) => [
    String(r.rank),
    e(num(r.priority)),
    e(r.pain.title),
    e(r.card),
    e(r.stage),
    e(r.lane),
    e(label(`painSide.${r.pain.side}`)),
    `<span class="sev" style="background:${severityColor(r.pain.severity)};color:${r.pain.severity >= 4 ? '#fff' : '#1f2933'}">${r.pain.severity}</span>`,
    String(r.pain.reach),
    String(r.pain.votes),
    e(label(`painStatus.${r.pain.status}`)),
    e(r.team),
  ]);
  const note = `<p class="note">Ranked by priority = ${e(PRIORITY_FORMULA)}.</p>`;
  if (rows.length === 0) return section('Pain point register', `${note}<p class="note">No pain points yet.</p>`);
  const head = [
    '#',
    'Priority',
    'Pain point',
    'Card',
    'Stage',
    'Lane',
    'Side',
    'Severity',
    'Reach',
    'Votes',
    'Status',
    'Team',
  ].map((text) => ({
    text,
    num: ['#', 'Priority', 'Severity', 'Reach', 'Votes'].includes(text),
  }));
  return section('Pain point register', note + table(head, rows));
}

function actionsSection(doc: TandemDoc): string {
  const rows = actionRegister(doc).map((a) => [
    e(a.title),
    e(a.owner || '—'),
    String(a.effort),
    e(a.status),
    e(num(a.topPriority)),
    e(a.painPoints.join('; ')),
  ]);
  if (rows.length === 0) return section('Actions and owners', '<p class="note">No actions yet.</p>');
  const head = [
    { text: 'Action' },
    { text: 'Owner' },
    { text: 'Effort', num: true },
    { text: 'Status' },
    { text: 'Top priority', num: true },
    { text: 'Answers' },
  ];
  return section(
    'Actions and owners',
    '<p class="note">Ordered by the priority of the pain they remove.</p>' + table(head, rows),
  );
}

/** The appendix pages: legend, CX + EX scorecard, pain point register ranked by priority, actions with owners. */
export function renderAppendix(doc: TandemDoc, options: RenderOptions): string {
  return (
    legendSection(doc) +
    scorecardSection(doc, options.metricValues ?? doc.metricValues) +
    registerSection(doc) +
    actionsSection(doc)
  );
}
