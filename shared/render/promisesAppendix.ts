import type { MapEvidence } from '../api/evidenceSchemas';
import { PROMISE_GLYPH, PROMISE_MIN_N } from '../insight/promises';
import { promiseWordsIn } from '../insight/promiseWords';
import { EFFECT_MIN_N, EFFECT_WINDOW_DAYS, type EffectSide } from '../metrics/effect';
import { figureText } from '../metrics/targets';
import type { TandemDoc } from '../schema/document';
import type { MetricKind } from '../schema/metric';
import { label, type MapLocale } from '../vocabulary';
import { escapeXml as e } from './escape';

/** One table of the appendix: head cells (numbers right-aligned) and rows of escaped cells. */
function table(head: { text: string; num?: boolean }[], rows: string[][]): string {
  const th = head.map((h) => `<th${h.num ? ' class="num"' : ''}>${e(h.text)}</th>`).join('');
  const body = rows
    .map((r) => `<tr>${r.map((cell, i) => `<td${head[i]?.num ? ' class="num"' : ''}>${cell}</td>`).join('')}</tr>`)
    .join('');
  return `<table><thead><tr>${th}</tr></thead><tbody>${body}</tbody></table>`;
}

/**
 * The appendix page of brand promises (each with its metric, target, figure, n and status) and of done actions'
 * before / after, in the map's language; nothing when the map has neither promises nor done actions.
 */
export function promisesSection(doc: TandemDoc, evidence: MapEvidence | undefined, locale: MapLocale): string {
  const promised = doc.cards.some((c) => c.promise);
  const done = doc.opportunities.some((o) => o.status === 'done');
  if (!evidence || (!promised && !done)) return '';
  const say = promiseWordsIn(locale.language);
  const figure = (kind: MetricKind, value: number | null) =>
    value === null ? '–' : figureText(kind, value, locale.number);
  const metricName = (kind: MetricKind) => label(`metricKind.${kind}`, { t: locale.t });

  const promises =
    evidence.promises.length === 0
      ? `<p class="note">${e(say('appendix.noPromises'))}</p>`
      : `<p class="note">${e(say('table.rule', { min: PROMISE_MIN_N }))}</p>${table(
          [
            { text: say('appendix.colTouchpoint') },
            { text: say('table.colPromise') },
            { text: say('appendix.colMetric') },
            { text: say('table.colTarget'), num: true },
            { text: say('table.colFigure'), num: true },
            { text: 'n', num: true },
            { text: say('table.colStatus') },
          ],
          evidence.promises.map((p) => [
            `${e(p.title)}${p.key ? ` <code>${e(p.key)}</code>` : ''}`,
            e(p.text),
            e(metricName(p.metric)),
            e(figure(p.metric, p.target)),
            e(figure(p.metric, p.value)),
            e(locale.number(p.n, 0)),
            e(`${PROMISE_GLYPH[p.status]} ${say(`status.${p.status}`)}`),
          ]),
        )}`;

  const side = (kind: MetricKind, s: EffectSide) =>
    s.enough
      ? say('effect.side', { figure: figure(kind, s.value), n: locale.number(s.n, 0) })
      : say('effect.tooFew', { n: locale.number(s.n, 0), min: EFFECT_MIN_N });
  const title = new Map(doc.opportunities.map((o) => [o.id, o.title]));
  const effectRows = evidence.effects.flatMap((effect) =>
    effect.touchpoints.flatMap((tp) =>
      tp.metrics.map((m) => [
        e(title.get(effect.actionId) ?? ''),
        e(`${effect.doneAt} (${effect.before.from} – ${effect.before.to} / ${effect.after.from} – ${effect.after.to})`),
        `${e(tp.title)} <code>${e(tp.key)}</code>`,
        e(metricName(m.metric)),
        e(side(m.metric, m.before)),
        e(side(m.metric, m.after)),
        e(m.change === null ? '–' : `${m.change > 0 ? '+' : ''}${locale.number(m.change, m.metric === 'ces' ? 2 : 1)}`),
      ]),
    ),
  );
  const effects =
    effectRows.length === 0
      ? `<p class="note">${e(say('appendix.noEffects'))}</p>`
      : `<p class="note">${e(say('appendix.effectsNote', { days: EFFECT_WINDOW_DAYS, min: EFFECT_MIN_N }))}</p>${table(
          [
            { text: say('appendix.colAction') },
            { text: say('appendix.colDoneOn') },
            { text: say('appendix.colTouchpoint') },
            { text: say('appendix.colMetric') },
            { text: say('effect.colBefore'), num: true },
            { text: say('effect.colAfter'), num: true },
            { text: say('effect.colChange'), num: true },
          ],
          effectRows,
        )}`;

  return `<section class="appendix"><h2>${e(say('appendix.heading'))}</h2><h3>${e(say('appendix.promises'))}</h3>${promises}<h3>${e(say('appendix.effects'))}</h3>${effects}</section>`;
}
