import { z } from 'zod';

/**
 * The shapes survey results cross the API in (`survey/import`, `survey/stats`, `tandem stats --json`). The
 * services' types are derived from these, so the contract and the implementation cannot drift apart.
 */

const count = z.number().int().min(0);

/** NPS / CSAT / eNPS in percent points (1 decimal), CES a mean on 1–7 (2 decimals); null where there are no answers. */
export const metricFiguresSchema = z.object({
  nps: z.number().nullable(),
  csat: z.number().nullable(),
  ces: z.number().nullable(),
  enps: z.number().nullable(),
});
export type MetricFigures = z.infer<typeof metricFiguresSchema>;

/** The perception gap of one pairing at one touchpoint. */
export const gapStatsSchema = z.object({
  /** Customer question key. */
  customer: z.string(),
  /** Employee question key. */
  employee: z.string(),
  /** Interactions with both answers. */
  pairs: count,
  /** Pairs whose answers differ. */
  disagree: count,
  /** disagree / pairs, 3 decimals; null without pairs. */
  share: z.number().min(0).max(1).nullable(),
  /** share ≥ the map's threshold and pairs ≥ its minimum. */
  flagged: z.boolean(),
});
export type GapStats = z.infer<typeof gapStatsSchema>;

/** Everything known about one touchpoint key seen in the responses. */
export const touchpointStatsSchema = z.object({
  key: z.string(),
  /** The card with this key (`stage` is its stage's name), or null when no card has it. */
  card: z.object({ id: z.string(), title: z.string(), stage: z.string() }).nullable(),
  /** Distinct interactions answered, per side. */
  responses: z.object({ customer: count, employee: count }),
  metrics: metricFiguresSchema,
  /** One entry per pairing of the map, in the map's order. */
  gaps: z.array(gapStatsSchema),
});
export type TouchpointStats = z.infer<typeof touchpointStatsSchema>;

/** Survey statistics of a map: per touchpoint key (journey order, unmatched keys last) and per stage (map order). */
export const surveyStatsSchema = z.object({
  touchpoints: z.array(touchpointStatsSchema),
  /** Metrics of the responses at the touchpoints whose card is in the stage. */
  stages: z.array(z.object({ id: z.string(), name: z.string(), metrics: metricFiguresSchema })),
});
export type SurveyStats = z.infer<typeof surveyStatsSchema>;

/** What one survey import did. */
export const importSummarySchema = z.object({
  importId: z.number().int(),
  fileName: z.string(),
  /** Answers stored. */
  rows: count,
  /** Distinct interactions in the file, overall and per side. */
  interactions: z.object({ total: count, customer: count, employee: count }),
  /** Touchpoint keys in the file that match no card's key (kept, and reported), sorted. */
  unknownTouchpoints: z.array(z.string()),
  /** Things worth knowing that did not stop the import (unused columns, unreadable dates). */
  warnings: z.array(z.string()),
});
export type ImportSummary = z.infer<typeof importSummarySchema>;

/** One sentence about an import, e.g. "Imported 604 answers from 64 interactions (64 customer, 55 employee); 1 touchpoint key matches no card: unknown_step". */
export function describeImport(s: ImportSummary): string {
  const n = (k: number, word: string): string => `${k} ${word}${k === 1 ? '' : 's'}`;
  const line = `Imported ${n(s.rows, 'answer')} from ${n(s.interactions.total, 'interaction')} (${s.interactions.customer} customer, ${s.interactions.employee} employee)`;
  const unknown = s.unknownTouchpoints;
  if (unknown.length === 0) return line;
  return `${line}; ${n(unknown.length, 'touchpoint key')} ${unknown.length === 1 ? 'matches' : 'match'} no card: ${unknown.join(', ')}`;
}
