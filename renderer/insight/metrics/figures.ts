import type { MetricFigures, SurveyStats } from '../../../shared/metrics/surveySchemas';
import type { Side } from '../../../shared/schema/common';
import type { TandemDoc } from '../../../shared/schema/document';
import type { MetricDefinition, MetricKind, MetricValue } from '../../../shared/schema/metric';
import { figureText, type TargetStatus, targetStatus } from '../../../shared/metrics/targets';
import { localeFor } from '../../../shared/vocabulary/i18n';
import { sayIn, uiLanguage } from '../../i18n';

/** The parts of a map figures are read from. */
export type FigureDoc = Pick<TandemDoc, 'metrics' | 'metricValues' | 'cards'>;

export { NEAR_MARGIN, type TargetStatus, targetStatus } from '../../../shared/metrics/targets';

/** The words shown beside the colour, so status never rests on colour alone: in the UI language at call time. */
export const statusText = (status: TargetStatus): string => sayIn('evidence')(`status.${status}`);

/** A number rounded to `decimals` in the UI language, with a true minus sign: as an export's `locale.number` writes it. */
const uiNumber = (value: number, decimals: number, fixed: boolean) =>
  localeFor(uiLanguage()).number(value, decimals, fixed);

/**
 * A figure as people read it, in the one format the exports print too (`figureText`): NPS/eNPS in signed points,
 * CSAT and yes-share as percent, CES to two decimals, in the UI language's numbers.
 */
export function formatFigure(kind: MetricKind, value: number | null): string {
  if (value === null) return '–';
  return figureText(kind, value, uiNumber);
}

/** One metric's figure at a stage or card: typed in by hand, computed from survey answers, or missing. */
export interface Figure {
  metric: MetricDefinition;
  value: number | null;
  source: 'entered' | 'survey' | null;
  /** Respondents behind an entered value; interactions that answered, for a survey value. */
  n: number | null;
  /** Period of an entered value. */
  period: string | null;
  /** The entered value's id, to edit or delete it. */
  valueId: string | null;
  /** The survey figure when an entered value stands in front of it. */
  surveyValue: number | null;
  status: TargetStatus;
}

const STANDARD = new Set<MetricKind>(['nps', 'csat', 'ces', 'enps']);

/** The side a metric is read for: eNPS is the employees' whatever its definition says. */
export const metricSide = (m: MetricDefinition): Side => (m.kind === 'enps' ? 'employee' : m.side);

function figure(
  metric: MetricDefinition,
  entered: MetricValue | undefined,
  survey: MetricFigures | null,
  surveyN: number | null,
): Figure {
  const surveyValue = survey && STANDARD.has(metric.kind) ? survey[metric.kind as keyof MetricFigures] : null;
  // A value typed in by hand wins, as in the export: the team chose to state it.
  const value = entered ? entered.value : surveyValue;
  return {
    metric,
    value,
    source: entered ? 'entered' : surveyValue !== null ? 'survey' : null,
    n: entered ? entered.n : surveyValue !== null ? surveyN : null,
    period: entered ? entered.period : null,
    valueId: entered?.id ?? null,
    surveyValue,
    status: targetStatus(metric.kind, value, metric.target),
  };
}

/** The last value typed in for a metric at a stage or card (later entries replace earlier ones). */
function lastEntered(
  values: readonly MetricValue[],
  metricId: string,
  where: { stageId?: string; cardId?: string },
): MetricValue | undefined {
  for (let i = values.length - 1; i >= 0; i--) {
    const v = values[i]!;
    if (v.metricId !== metricId) continue;
    if (where.stageId !== undefined ? v.stageId === where.stageId : v.cardId === where.cardId) return v;
  }
  return undefined;
}

/** Survey interactions per side at the touchpoints whose card is in the stage. */
function stageResponses(doc: FigureDoc, stats: SurveyStats | null, stageId: string): Record<Side, number> {
  const out = { customer: 0, employee: 0 };
  if (!stats) return out;
  const inStage = new Set(doc.cards.filter((c) => c.stageId === stageId).map((c) => c.id));
  for (const t of stats.touchpoints) {
    if (!t.card || !inStage.has(t.card.id)) continue;
    out.customer += t.responses.customer;
    out.employee += t.responses.employee;
  }
  return out;
}

/** Every metric of the map at one stage, in the map's metric order. */
export function stageFigures(doc: FigureDoc, stats: SurveyStats | null, stageId: string): Figure[] {
  const survey = stats?.stages.find((s) => s.id === stageId)?.metrics ?? null;
  const n = stageResponses(doc, stats, stageId);
  return doc.metrics.map((m) =>
    figure(m, lastEntered(doc.metricValues, m.id, { stageId }), survey, n[metricSide(m)] || null),
  );
}

/** Every metric of the map at one card (its touchpoint's survey figures, and values typed in for it). */
export function cardFigures(doc: FigureDoc, stats: SurveyStats | null, cardId: string): Figure[] {
  const t = stats?.touchpoints.find((x) => x.card?.id === cardId) ?? null;
  return doc.metrics.map((m) =>
    figure(
      m,
      lastEntered(doc.metricValues, m.id, { cardId }),
      t?.metrics ?? null,
      t ? t.responses[metricSide(m)] || null : null,
    ),
  );
}

/** "target 30", "target 80%": the target in the metric's own unit. */
export const describeTarget = (m: MetricDefinition): string =>
  m.target === null ? statusText('none') : sayIn('evidence')('target.value', { value: formatFigure(m.kind, m.target) });

/** "≥ 30", "≥ 80%": the target as a scorecard header shows it. */
export const shortTarget = (m: MetricDefinition): string =>
  m.target === null ? statusText('none') : `≥ ${formatFigure(m.kind, m.target).replace(/^\+/, '')}`;

/** Every metric of the map at a touchpoint key no card has (the scorecard's Unassigned group): survey figures only. */
export function keyFigures(doc: FigureDoc, stats: SurveyStats | null, key: string): Figure[] {
  const t = stats?.touchpoints.find((x) => x.key === key) ?? null;
  return doc.metrics.map((m) =>
    figure(m, undefined, t?.metrics ?? null, t ? t.responses[metricSide(m)] || null : null),
  );
}
