import type { PeriodKind, PeriodStats } from '../metrics/surveySchemas';
import { figureText, STATUS_GLYPH, targetStatus } from '../metrics/targets';
import type { TandemDoc } from '../schema/document';
import type { MetricKind } from '../schema/metric';
import type { MapLocale } from '../vocabulary';
import { escapeXml as e } from './escape';

/** The survey figures per period that a PDF appendix prints as the trend. */
export interface PrintTrend {
  by: PeriodKind;
  periods: readonly PeriodStats[];
}

type Standard = 'nps' | 'csat' | 'ces' | 'enps';
const STANDARD: readonly MetricKind[] = ['nps', 'csat', 'ces', 'enps'];

/** Month or quarter for an export's trend: months, unless there are more than a year of them. */
export function trendGrain(months: number): PeriodKind {
  return months > 12 ? 'quarter' : 'month';
}

/**
 * The appendix's trend: for each standard metric the map tracks, a table of stages × periods with the figure (the
 * scorecard's rounding and target mark) where the period has answers. Empty when fewer than two periods have any —
 * one period is the scorecard itself.
 */
export function trendSection(doc: TandemDoc, trend: PrintTrend | undefined, locale: MapLocale): string {
  if (!trend || trend.periods.length < 2) return '';
  const { say, number } = locale;
  const stages = [...doc.stages].sort((a, b) => a.order - b.order);
  const tables = doc.metrics
    .filter((m) => STANDARD.includes(m.kind))
    .flatMap((m) => {
      const kind = m.kind as Standard;
      const rows = stages.flatMap((s) => {
        const cells = trend.periods.map((p) => p.stages.find((x) => x.id === s.id)?.metrics[kind] ?? null);
        if (cells.every((v) => v === null)) return [];
        const tds = cells.map((v) => {
          if (v === null) return '<td class="num"><span style="color:#9aa5b1">—</span></td>';
          const glyph = STATUS_GLYPH[targetStatus(kind, v, m.target)];
          return `<td class="num">${e(figureText(kind, v, number))}${glyph ? ` ${glyph}` : ''}</td>`;
        });
        return [`<tr><td>${e(s.name)}</td>${tds.join('')}</tr>`];
      });
      if (rows.length === 0) return [];
      const target =
        m.target === null ? '' : ` · ${say('metrics.target', { value: figureText(kind, m.target, number) })}`;
      const head = `<tr><th>${e(say('trend.stage'))}</th>${trend.periods.map((p) => `<th class="num">${e(p.period)}</th>`).join('')}</tr>`;
      return [
        `<h3 style="font-size:12px;margin:12px 0 4px">${e(m.name)}${e(target)}</h3>` +
          `<table><thead>${head}</thead><tbody>${rows.join('')}</tbody></table>`,
      ];
    });
  if (tables.length === 0) return '';
  return (
    `<section class="appendix"><h2>${e(say(trend.by === 'month' ? 'trend.headingMonth' : 'trend.headingQuarter'))}</h2>` +
    `<p class="note">${e(say('trend.note'))}</p>${tables.join('')}</section>`
  );
}
