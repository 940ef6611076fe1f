import type { MetricKind } from '../schema/metric';

/** How a figure stands against its metric's target. */
export type TargetStatus = 'met' | 'near' | 'missed' | 'none';

/** A figure may fall this far short of its target and still count as "near" (the unit of the metric). */
export const NEAR_MARGIN: Record<MetricKind, number> = {
  nps: 10,
  enps: 10,
  csat: 5,
  yes_share: 5,
  ces: 0.5,
  custom: 0,
};

/** The mark beside a figure on the canvas, in the scorecard and on paper, so its status never rests on colour alone. */
export const STATUS_GLYPH: Record<TargetStatus, string> = { met: '✓', near: '≈', missed: '✗', none: '' };

/** Met at or above the target (every standard metric is "higher is better"; CES: higher = easier); near within NEAR_MARGIN below. */
export function targetStatus(kind: MetricKind, value: number | null, target: number | null): TargetStatus {
  if (value === null || target === null) return 'none';
  if (value >= target) return 'met';
  // Custom metrics have no natural unit: a tenth of the target's size.
  const margin = kind === 'custom' ? Math.abs(target) * 0.1 : NEAR_MARGIN[kind];
  return target - value <= margin ? 'near' : 'missed';
}

/** The decimals a figure is shown with everywhere: CES two, NPS / eNPS / CSAT / yes-share one, a custom metric two. */
export const FIGURE_DECIMALS: Record<MetricKind, number> = {
  nps: 1,
  enps: 1,
  csat: 1,
  yes_share: 1,
  ces: 2,
  custom: 2,
};

/**
 * A figure as people read it, in one format for the canvas, the scorecard and every export: NPS / eNPS in signed
 * points, CSAT and yes-share as percent, CES to two decimals. `number` writes a rounded number in the reader's
 * locale with a true minus sign (an export's `locale.number`).
 */
export function figureText(
  kind: MetricKind,
  value: number,
  number: (value: number, decimals: number) => string,
): string {
  const text = number(value, FIGURE_DECIMALS[kind]);
  if (kind === 'nps' || kind === 'enps') return value > 0 && text !== '0' ? `+${text}` : text;
  if (kind === 'csat' || kind === 'yes_share') return `${text}%`;
  return text;
}
