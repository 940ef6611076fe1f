import type { SurveyStats } from '../../../shared/metrics/surveySchemas';
import { type PrintTrend, trendGrain } from '../../../shared/render/printTrend';
import type { SurveyTarget } from '../surveyImport';
import { surveyStats } from '../surveyStats';
import type { TandemDoc } from '../../../shared/schema/document';
import type { MetricValue } from '../../../shared/schema/metric';

/**
 * The stage values the metrics lane and scorecard print: every hand-entered value, plus the value computed from
 * imported survey responses for a standard metric (NPS, CSAT, CES, eNPS) at a stage where none was typed in.
 */
export function printedMetricValues(doc: TandemDoc, stats: SurveyStats | null): MetricValue[] {
  const values: MetricValue[] = [...doc.metricValues];
  if (!stats) return values;
  const typed = new Set(doc.metricValues.filter((v) => v.stageId !== null).map((v) => `${v.metricId}|${v.stageId}`));
  // n of a computed stage figure: the interactions answered on that side at the stage's touchpoints, as the app's
  // scorecard counts them.
  const stageOfCard = new Map(doc.cards.map((c) => [c.id, c.stageId]));
  const respondents = (stageId: string, side: 'customer' | 'employee') =>
    stats.touchpoints.reduce(
      (sum, t) => (t.card && stageOfCard.get(t.card.id) === stageId ? sum + t.responses[side] : sum),
      0,
    );
  for (const metric of doc.metrics) {
    if (metric.kind !== 'nps' && metric.kind !== 'csat' && metric.kind !== 'ces' && metric.kind !== 'enps') continue;
    for (const stage of stats.stages) {
      const value = stage.metrics[metric.kind];
      if (value === null || typed.has(`${metric.id}|${stage.id}`)) continue;
      values.push({
        id: `survey-${metric.id}-${stage.id}`.slice(0, 64),
        metricId: metric.id,
        cardId: null,
        stageId: stage.id,
        value,
        n: respondents(stage.id, metric.side),
        period: 'survey',
      });
    }
  }
  return values;
}

/**
 * The trend a PDF appendix prints: the survey figures per UTC month, or per quarter when they span more than a
 * year; undefined when there are no survey answers.
 */
export function printedTrend(target: SurveyTarget): PrintTrend | undefined {
  const months = surveyStats(target, 'month').periods ?? [];
  if (months.length === 0) return undefined;
  const by = trendGrain(months.length);
  return { by, periods: by === 'month' ? months : (surveyStats(target, 'quarter').periods ?? []) };
}
