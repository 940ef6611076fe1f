import type { PainPoint } from '../schema/painPoint';

/** The formula in words, for the UI to show beside the score. */
export const PRIORITY_FORMULA = 'severity × reach × (1 + votes ÷ 10)';

/**
 * Priority of a pain point: **severity × reach × (1 + votes / 10)**.
 *
 * Severity (1–5) and reach (1–5) give the size of the pain (1…25); each workshop dot vote raises it by a tenth,
 * so ten votes double it. Examples: severity 5, reach 4, 6 votes → 20 × 1.6 = 32; severity 3, reach 2, no
 * votes → 6. Higher means fix it sooner.
 */
export function priorityScore(painPoint: Pick<PainPoint, 'severity' | 'reach' | 'votes'>): number {
  const { severity, reach, votes } = painPoint;
  // Multiplying whole numbers first and dividing once keeps 20 × 1.6 at exactly 32.
  return (severity * reach * (10 + votes)) / 10;
}
